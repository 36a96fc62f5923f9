/**
 * Structure of a description for the editor: the outline (document symbols), folding ranges and the
 * links of http(s) URLs inside string values.
 */
import { isMap, isScalar, isSeq, visit, type Node, type Scalar } from 'yaml';
import {
  DocumentSymbol,
  FoldingRangeKind,
  Range,
  SymbolKind,
  type DocumentLink,
  type FoldingRange,
} from 'vscode-languageserver-types';
import { linesOf } from './derived';
import type { ServiceDocument } from './types';

const NAME_LENGTH = 60;
const STUDY_LISTS = new Set(['dutchStudies', 'internationalStudies', 'metaAnalyses']);

/** The offset after the last non-whitespace character before `end` (collections end after a newline). */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

function shorten(text: string, max = NAME_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined;
}

function field(node: unknown, key: string): string | undefined {
  return isMap(node) ? scalarText(node.get(key, true)) : undefined;
}

function kindOf(node: unknown, topLevel: boolean): SymbolKind {
  if (isMap(node)) return topLevel ? SymbolKind.Namespace : SymbolKind.Object;
  if (isSeq(node)) return SymbolKind.Array;
  const value = isScalar(node) ? node.value : undefined;
  if (!topLevel && typeof value === 'number') return SymbolKind.Number;
  if (!topLevel && typeof value === 'boolean') return SymbolKind.Boolean;
  return SymbolKind.Property;
}

interface Walk {
  readonly doc: ServiceDocument;
  readonly text: string;
}

function range(walk: Walk, start: number, end: number): Range {
  const e = Math.max(start, trimmedEnd(walk.text, start, end));
  return Range.create(walk.doc.document.positionAt(start), walk.doc.document.positionAt(e));
}

function children(walk: Walk, node: unknown, parentKey: string | undefined, depth: number): DocumentSymbol[] {
  if (depth > 100) return [];
  if (isMap(node)) {
    return node.items.flatMap((pair): DocumentSymbol[] => {
      const key = pair.key as Node | null;
      const name = scalarText(key);
      if (!key?.range || name === undefined) return [];
      const value = pair.value as Node | null;
      const end = value?.range ? value.range[1] : key.range[1];
      const selection = range(walk, key.range[0], key.range[1]);
      const symbol = DocumentSymbol.create(name.length > 0 ? name : '""', undefined, kindOf(value, depth === 0), range(walk, key.range[0], end), selection);
      const detail = isScalar(value) ? scalarText(value) : undefined;
      if (detail !== undefined) symbol.detail = shorten(detail);
      if (isMap(value) || isSeq(value)) symbol.children = children(walk, value, name, depth + 1);
      return [symbol];
    });
  }
  if (isSeq(node)) {
    return node.items.flatMap((item, index): DocumentSymbol[] => {
      const itemNode = item as Node | null;
      if (!itemNode?.range) return [];
      const r = range(walk, itemNode.range[0], itemNode.range[1]);
      let name = `[${index}]`;
      let detail: string | undefined;
      if (STUDY_LISTS.has(parentKey ?? '')) {
        name = shorten(field(itemNode, 'reference') ?? name);
        detail = [field(itemNode, 'year'), field(itemNode, 'design')].filter((part) => part !== undefined).join(' · ') || undefined;
      } else if (parentKey === 'outcomes') {
        name = shorten(field(itemNode, 'measure') ?? name);
        detail = field(itemNode, 'domain');
      } else if (isScalar(itemNode)) {
        name = shorten(scalarText(itemNode) ?? '') || name;
      }
      const kind = isMap(itemNode) ? SymbolKind.Object : isSeq(itemNode) ? SymbolKind.Array : SymbolKind.String;
      const symbol = DocumentSymbol.create(name, detail, kind, r, r);
      if (isMap(itemNode) || isSeq(itemNode)) symbol.children = children(walk, itemNode, undefined, depth + 1);
      return [symbol];
    });
  }
  return [];
}

/** The outline: top-level keys as sections, nested keys as children, studies named by their reference. */
export function documentSymbols(doc: ServiceDocument): DocumentSymbol[] {
  const contents = doc.result.parsed?.doc?.contents;
  if (!contents) return [];
  return children({ doc, text: doc.document.getText() }, contents, undefined, 0);
}

/** Folding of block collections and block scalars over more than one line, and of comment blocks. */
export function foldingRanges(doc: ServiceDocument): FoldingRange[] {
  const text = doc.document.getText();
  const lineOf = (offset: number): number => doc.document.positionAt(offset).line;
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: string): void => {
    if (endLine <= startLine || byStart.has(startLine)) return;
    byStart.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const scalarLines = new Set<number>();
  const parsed = doc.result.parsed?.doc;
  if (parsed) {
    visit(parsed, {
      Pair(_key, pair) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range && foldable(value)) add(lineOf(key.range[0]), lineOf(trimmedEnd(text, value.range[0], value.range[1])));
      },
      Node(key, node) {
        if (!node.range) return;
        const last = lineOf(trimmedEnd(text, node.range[0], node.range[1]));
        if (isScalar(node)) for (let l = lineOf(node.range[0]) + 1; l <= last; l++) scalarLines.add(l);
        if (typeof key === 'number' && foldable(node)) add(lineOf(node.range[0]), last);
      },
    });
  }
  let runStart = -1;
  const lines = linesOf(doc);
  lines.forEach((line, index) => {
    const isComment = line.comment && !scalarLines.has(index);
    if (isComment && runStart < 0) runStart = index;
    if (!isComment || index === lines.length - 1) {
      const end = isComment ? index : index - 1;
      if (runStart >= 0 && end - runStart >= 1) add(runStart, end, FoldingRangeKind.Comment);
      if (!isComment) runStart = -1;
    }
  });
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

function foldable(node: Node): boolean {
  if (isMap(node) || isSeq(node)) return node.flow !== true;
  return isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL');
}

const URL = /\bhttps?:\/\/[^\s"'<>`\\{}|^]+/g;

/** Trailing punctuation is not part of a URL in prose; a closing parenthesis only when unbalanced. */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const before = result;
    result = result.replace(/[.,;:!?*]+$/, '');
    if (result.endsWith(')') && (result.match(/\(/g)?.length ?? 0) < (result.match(/\)/g)?.length ?? 0)) result = result.slice(0, -1);
    if (result.endsWith(']') && (result.match(/\[/g)?.length ?? 0) < (result.match(/\]/g)?.length ?? 0)) result = result.slice(0, -1);
    if (result === before) return result;
  }
}

/** A link for every http(s) URL inside a string value; the range is exactly the URL. */
export function documentLinks(doc: ServiceDocument): DocumentLink[] {
  const parsed = doc.result.parsed?.doc;
  if (!parsed) return [];
  const text = doc.document.getText();
  const links: DocumentLink[] = [];
  visit(parsed, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const start = node.range[0];
      const source = text.slice(start, node.range[1]);
      for (const match of source.matchAll(URL)) {
        const url = trimUrl(match[0]);
        if (url.length <= 'https://'.length) continue;
        const from = start + match.index;
        links.push({
          range: Range.create(doc.document.positionAt(from), doc.document.positionAt(from + url.length)),
          target: url,
        });
      }
    },
  });
  return links;
}

/**
 * Where an offset is in a description: the key path and role of the node under it (from the parsed
 * YAML, for hover), and the completion context at a cursor (from the text, so that it also works
 * while the YAML is incomplete: `  sess`, `category: `, `population: [risk-families, `).
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { OffsetRange } from '../core';
import type { Segment } from './schema-nav';
import { flowContext } from './yaml-flow';
import { commentStart, leftmost, lineIndexAt, readLines, skipSpaces, stripComment, unquote, wordEnd, type LineEntry, type LineInfo } from './yaml-lines';

export type Role = 'key' | 'value' | 'item';

export interface NodeAt {
  /** Path of the hovered key's value, or of the value or list item itself. */
  readonly path: Segment[];
  readonly role: Role;
  /** The key or scalar value under the offset. */
  readonly node: Scalar;
  readonly range: OffsetRange;
}

function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function hit(node: unknown, offset: number): node is Scalar {
  if (!isScalar(node) || !node.range) return false;
  return node.range[0] <= offset && offset < node.range[1];
}

function within(node: Node, offset: number): boolean {
  return node.range !== undefined && node.range !== null && node.range[0] <= offset && offset <= node.range[2];
}

function descend(node: Node, path: Segment[], offset: number, depth: number): NodeAt | undefined {
  if (depth > 200) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = keyName(pair.key);
      if (name === undefined) continue;
      const at = [...path, name];
      if (hit(pair.key, offset)) return { path: at, role: 'key', node: pair.key, range: rangeOf(pair.key) };
      if (hit(pair.value, offset)) return { path: at, role: 'value', node: pair.value, range: rangeOf(pair.value) };
      if ((isMap(pair.value) || isSeq(pair.value)) && within(pair.value, offset)) {
        const found = descend(pair.value, at, offset, depth + 1);
        if (found) return found;
      }
    }
  } else if (isSeq(node)) {
    for (let index = 0; index < node.items.length; index++) {
      const item = node.items[index];
      if (hit(item, offset)) return { path: [...path, index], role: 'item', node: item, range: rangeOf(item) };
      if ((isMap(item) || isSeq(item)) && within(item, offset)) {
        const found = descend(item, [...path, index], offset, depth + 1);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function rangeOf(node: Scalar): OffsetRange {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** The key or scalar under `offset` in the parsed document, with its key path. */
export function nodeAt(doc: Document | undefined, offset: number): NodeAt | undefined {
  const contents = doc?.contents;
  if (!contents || (!isMap(contents) && !isSeq(contents))) return undefined;
  return descend(contents, [], offset, 0);
}

// ---------------------------------------------------------------------------------------------
// Completion context (text-based)

export interface CompletionContext {
  /**
   * key: a key of the mapping at `path`; value: the value of the key at `path`; item: an item of the
   * list at `path`. A `key` context whose path leads to a list schema is an item position too.
   */
  readonly kind: Role;
  readonly path: Segment[];
  /** What was typed of the word at the cursor. */
  readonly prefix: string;
  /** The word to replace (the typed part and the rest of the word after the cursor). */
  readonly replace: OffsetRange;
  /** Keys already in the mapping (key) or values already in the list (item), the word at the cursor excluded. */
  readonly present: readonly string[];
  readonly flow: boolean;
  /** A `- ` precedes the word on its line (block lists): the word starts a new list item. */
  readonly dash: boolean;
  /** With `dash`: the path of the list, its scalar items (for lists of enum values) and the dash's offset. */
  readonly list?: { readonly path: Segment[]; readonly items: readonly string[]; readonly dashStart: number };
  /** Offset where the line's content starts (its first dash or key): where a list-item snippet begins. */
  readonly contentStart: number;
  /** Leading spaces of the line. */
  readonly lineIndent: number;
  /** Column of the word. */
  readonly column: number;
  /** A key context whose word is already followed by `:`: insert the bare key. */
  readonly keyFollows: boolean;
  /** A value context right after the colon: the inserted value needs a leading space. */
  readonly needsSpace: boolean;
}

type Lines = readonly LineInfo[];

/** Index in its list of the item whose dash is at column `col` on line `index`. */
function itemIndex(lines: Lines, index: number, col: number): number {
  let count = 0;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || line.skip) continue;
    const first = leftmost(line);
    if (first.col < col) {
      if (line.entries.some((e) => e.kind === 'dash' && e.col === col)) count++;
      break;
    }
    if (first.col === col) {
      if (first.kind !== 'dash') break;
      count++;
    }
  }
  return count;
}

/**
 * Path of the collection that holds an entry at column `col` of line `index` (a list when `isDash`,
 * where a parent key may sit in the same column). `before` are the entries on that line left of it.
 * Undefined when the position is inside a scalar value.
 */
function containerPath(lines: Lines, index: number, col: number, isDash: boolean, before: readonly LineEntry[], depth = 0): Segment[] | undefined {
  if (depth > 200) return undefined;
  const parentOn = (line: number, entry: LineEntry, left: readonly LineEntry[]): Segment[] | undefined => {
    if (entry.kind === 'dash') {
      const seq = containerPath(lines, line, entry.col, true, left, depth + 1);
      return seq && [...seq, itemIndex(lines, line, entry.col)];
    }
    if (entry.value.length > 0 && !/^[&!]/.test(entry.value)) return undefined;
    const map = containerPath(lines, line, entry.col, false, left, depth + 1);
    return map && [...map, entry.key ?? ''];
  };
  for (let e = before.length - 1; e >= 0; e--) {
    const entry = before[e];
    if (entry && entry.col < col) return parentOn(index, entry, before.slice(0, e));
  }
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || line.skip) continue;
    for (let e = line.entries.length - 1; e >= 0; e--) {
      const entry = line.entries[e];
      if (entry && (entry.col < col || (isDash && entry.kind === 'key' && entry.col === col))) return parentOn(i, entry, line.entries.slice(0, e));
    }
  }
  return [];
}

/** Keys at column `col` in the block around line `index` (that line excluded; `up`: also above it). */
function siblingKeys(lines: Lines, index: number, col: number, up: boolean): string[] {
  const keys: string[] = [];
  const visit = (line: LineInfo): boolean => {
    if (line.skip) return true;
    const key = line.entries.find((e) => e.kind === 'key' && e.col === col);
    if (key?.key !== undefined) keys.push(key.key);
    return leftmost(line).col >= col && !line.entries.some((e) => e.col < col);
  };
  for (let i = index - 1; up && i >= 0; i--) if (!visit(lines[i]!)) break;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.skip && (leftmost(line).col < col || line.entries.some((e) => e.col < col))) break;
    if (!visit(line)) break;
  }
  return keys;
}

/** Scalar items of the block list whose dashes are at column `col`, around line `index`. */
function siblingItems(lines: Lines, index: number, col: number): { items: string[]; dashed: boolean } {
  const items: string[] = [];
  let dashed = false;
  const visit = (line: LineInfo): boolean => {
    if (line.skip) return true;
    const first = leftmost(line);
    const dash = line.entries.find((e) => e.kind === 'dash' && e.col === col);
    if (dash && first.col === col) {
      dashed = true;
      if (line.entries[line.entries.length - 1] === dash && dash.value.length > 0) items.push(unquote(dash.value));
    }
    return first.col > col || (first.col === col && first.kind === 'dash');
  };
  for (let i = index - 1; i >= 0; i--) if (!visit(lines[i]!)) break;
  for (let i = index + 1; i < lines.length; i++) if (!visit(lines[i]!)) break;
  return { items, dashed };
}

/** The completion context at `offset`, or undefined where nothing is completed (comments, prose). */
export function completionContextAt(text: string, offset: number, lines: readonly LineInfo[] = readLines(text)): CompletionContext | undefined {
  const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, text.length));
  const index = lineIndexAt(lines, at);
  const line = lines[index];
  if (!line || at > line.end) return undefined;
  const col = at - line.start;
  const lineText = text.slice(line.start, line.end);
  const blank = lineText.trim().length === 0;
  if (line.scalarParent !== -1 && col > line.scalarParent) return undefined;
  if ((line.skip && !blank) || commentStart(lineText.slice(0, col)) >= 0) return undefined;
  const entries = line.entries.filter((e) => e.col < col);
  const dashes = entries.filter((e) => e.kind === 'dash');
  const base = { contentStart: line.start + Math.min(line.indent, col), lineIndent: Math.min(line.indent, col) };

  const key = entries.find((e) => e.kind === 'key');
  if (key && key.after <= at) {
    const parent = containerPath(lines, index, key.col, false, dashes);
    if (!parent) return undefined;
    const path = [...parent, key.key ?? ''];
    const valueStart = skipSpaces(text, key.after, at);
    if (/^[[{]/.test(text[valueStart] ?? '') && valueStart < at) return flowContext(text, valueStart, at, line.end, path, base);
    return valueContext(text, key.after, valueStart, at, line.end, path, base);
  }

  const lastDash = dashes[dashes.length - 1];
  const wordStart = lastDash ? skipSpaces(text, lastDash.after, at) : line.start + Math.min(line.indent, col);
  const list = lastDash ? containerPath(lines, index, lastDash.col, true, dashes.slice(0, -1)) : undefined;
  const item = lastDash && list ? [...list, itemIndex(lines, index, lastDash.col)] : undefined;
  if (lastDash && !item) return undefined;
  if (item && /^[[{]/.test(text[wordStart] ?? '') && wordStart < at) return flowContext(text, wordStart, at, line.end, item, base);
  const quoted = /^["']/.test(text[wordStart] ?? '') && wordStart < at;
  const start = quoted ? wordStart + 1 : wordStart;
  const typed = text.slice(start, at);
  if (!/^[^\s:#,[\]{}"']*$/.test(typed)) return undefined;
  const end = wordEnd(text, at, line.end);
  const keyFollows = /^\s*:(\s|$)/.test(text.slice(end, line.end));
  const column = start - line.start;
  const common = { ...base, prefix: typed, replace: { start, end }, flow: false, column, keyFollows, needsSpace: false };
  if (lastDash && list && item) {
    const items = siblingItems(lines, index, lastDash.col).items;
    const needsSpace = !quoted && start === lastDash.after;
    return { ...common, kind: 'key', path: item, present: siblingKeys(lines, index, column, false), dash: true, needsSpace, list: { path: list, items, dashStart: line.start + lastDash.col } };
  }
  const siblings = siblingItems(lines, index, column);
  if (siblings.dashed) {
    const path = containerPath(lines, index, column, true, []);
    return path && { ...common, kind: 'item', path, present: siblings.items, dash: false };
  }
  const path = containerPath(lines, index, column, false, []);
  return path && { ...common, kind: 'key', path, present: siblingKeys(lines, index, column, true), dash: false };
}

export type Base = Pick<CompletionContext, 'contentStart' | 'lineIndent'>;

function valueContext(text: string, colonEnd: number, valueStart: number, at: number, lineEnd: number, path: Segment[], base: Base): CompletionContext | undefined {
  const quote = text[valueStart];
  const quoted = (quote === '"' || quote === "'") && valueStart < at;
  const start = quoted ? valueStart + 1 : valueStart;
  const typed = text.slice(start, at);
  if (quoted && typed.includes(quote)) return undefined;
  const rest = stripComment(text.slice(valueStart, lineEnd));
  let end = Math.max(at, valueStart + rest.length);
  if (quoted && end - 1 >= at && text[end - 1] === quote) end--;
  return {
    ...base,
    kind: 'value',
    path,
    prefix: typed,
    replace: { start, end },
    present: [],
    flow: false,
    dash: false,
    column: start - (text.lastIndexOf('\n', start - 1) + 1),
    keyFollows: false,
    needsSpace: colonEnd === at,
  };
}

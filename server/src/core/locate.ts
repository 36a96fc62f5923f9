import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { KeyPath, OffsetRange } from './types';

/** What a key path resolves to in the YAML tree: the value node and, for map entries, its key node. */
export interface Located {
  readonly key: Node | undefined;
  readonly value: Node | undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** Per mapping, its first pair for each key text: a finding per key of a 100,000-key mapping stays linear. */
const pairIndex = new WeakMap<Node, { readonly size: number; readonly byKey: Map<string, Pair> }>();

function findPair(map: Node, name: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  let index = pairIndex.get(map);
  if (index?.size !== map.items.length) {
    const byKey = new Map<string, Pair>();
    for (const item of map.items) {
      const text = isPair(item) ? keyText(item.key) : undefined;
      if (text !== undefined && !byKey.has(text)) byKey.set(text, item);
    }
    index = { size: map.items.length, byKey };
    pairIndex.set(map, index);
  }
  return index.byKey.get(name);
}

/**
 * Walks a key path through the document. Stops at the deepest node that exists, reporting how far
 * it got, so that "a key that is simply missing is reported on the nearest parent key".
 */
export function locate(doc: Document.Parsed, path: KeyPath): { found: Located; depth: number } {
  let current: Located = { key: undefined, value: (doc.contents ?? undefined) };
  let depth = 0;
  for (const segment of path) {
    const parent = current.value;
    if (parent === undefined) break;
    let next: Located | undefined;
    if (typeof segment === 'number') {
      if (isSeq(parent)) {
        const item = parent.items[segment];
        if (item !== undefined && item !== null) next = { key: undefined, value: item as Node };
      }
    } else {
      const pair = findPair(parent, segment);
      if (pair) next = { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
    }
    if (!next) break;
    current = next;
    depth++;
  }
  return { found: current, depth };
}

export function nodeRange(node: Node | undefined): OffsetRange | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}

/** The first key of the root mapping (or the document start): where root-level findings go. */
function rootAnchor(doc: Document.Parsed): OffsetRange {
  const contents = doc.contents;
  if (isMap(contents)) {
    const first = contents.items[0];
    const range = first && isPair(first) ? nodeRange(first.key) : undefined;
    if (range) return range;
  }
  return nodeRange(contents ?? undefined) ?? { start: 0, end: 0 };
}

export type Anchor = 'key' | 'value';

/**
 * The range for a finding on `path`: the value (or key) when the path exists, else the key of the
 * nearest existing ancestor, else the first key of the document.
 */
export function rangeOf(doc: Document.Parsed, text: string, path: KeyPath, anchor: Anchor = 'value'): OffsetRange {
  const { found, depth } = locate(doc, path);
  if (depth === path.length) {
    const preferred = anchor === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
    let range = nodeRange(preferred) ?? nodeRange(found.key);
    // An empty value (`key:` with nothing after it) has no width; show the key instead.
    if (range && range.start === range.end) range = nodeRange(found.key) ?? range;
    if (range) return firstLineOf(text, range);
  }
  if (depth > 0) {
    const range = nodeRange(found.key) ?? nodeRange(found.value);
    if (range) return firstLineOf(text, range);
  }
  return rootAnchor(doc);
}

/**
 * A multi-line collection value would underline half the file; keep such findings on their first
 * line so they stay "the offending key or value, never the whole file".
 */
function firstLineOf(text: string, range: OffsetRange): OffsetRange {
  let end = text.indexOf('\n', range.start);
  if (end < 0 || end >= range.end) return range;
  if (end > range.start && text.charCodeAt(end - 1) === 13) end--;
  return { start: range.start, end: Math.max(end, range.start) };
}

export function isPresent(doc: Document.Parsed, path: KeyPath): boolean {
  return locate(doc, path).depth === path.length;
}

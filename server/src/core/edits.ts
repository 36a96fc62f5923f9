import { CST, isAlias, isCollection, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { locate } from './locate';
import type { Edit, KeyPath } from './types';

/** Anchors that at least one alias refers to, per document. */
const aliasedAnchors = new WeakMap<Document.Parsed, ReadonlySet<string>>();

function aliased(doc: Document.Parsed): ReadonlySet<string> {
  let anchors = aliasedAnchors.get(doc);
  if (!anchors) {
    const found = new Set<string>();
    visit(doc, { Alias: (_, node) => void found.add(node.source) });
    anchors = found;
    aliasedAnchors.set(doc, anchors);
  }
  return anchors;
}

/**
 * Whether editing at `path` would change text that an alias repeats elsewhere: some node on the
 * way (or the target) is an anchor that aliases refer to. `label: &lab large` fixed to `small`
 * would also change every `label: *lab`, making new wrong labels that no second fix can repair;
 * such a fix is not offered (the finding stays, for the author to decide).
 */
export function editsSharedNode(doc: Document.Parsed, path: KeyPath): boolean {
  const anchors = aliased(doc);
  if (anchors.size === 0) return false;
  const shared = (node: unknown): boolean => typeof node === 'object' && node !== null && !isAlias(node) && typeof (node as { anchor?: unknown }).anchor === 'string' && anchors.has((node as { anchor: string }).anchor);
  if (shared(doc.contents)) return true;
  for (let depth = 1; depth <= path.length; depth++) {
    const { found, depth: reached } = locate(doc, path.slice(0, depth));
    if (reached !== depth) return false;
    if (shared(found.value) || shared(found.key)) return true;
  }
  return false;
}

/**
 * An edit that replaces one scalar's source text with `value`, keeping its quoting style where the
 * value allows it, and every byte around it (comments, spacing, line ends) as it was. With `plain`,
 * `value` is written unquoted as given, for values whose type depends on it (`true`, `0.41`).
 */
export function replaceScalar(doc: Document.Parsed, path: KeyPath, value: string, target: 'value' | 'key' = 'value', plain = false): Edit | undefined {
  const { found, depth } = locate(doc, path);
  const node = target === 'key' ? found.key : found.value;
  if (depth !== path.length || !isScalar(node) || editsSharedNode(doc, path)) return undefined;
  const token = node.srcToken;
  if (!token || !('source' in token) || token.type === 'block-scalar') return undefined;
  if (plain) return { start: token.offset, end: token.offset + token.source.length, text: value };
  const copy = { ...token, end: 'end' in token && token.end ? [...token.end] : undefined } as CST.FlowScalar;
  const parent = locate(doc, path.slice(0, -1)).found.value;
  CST.setScalarValue(copy, value, { inFlow: isCollection(parent) && parent.flow === true, implicitKey: target === 'key' });
  return { start: token.offset, end: token.offset + token.source.length, text: copy.source };
}

/** Sorted edits without those that overlap an earlier one (like ESLint's fixer). */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  let cursor = -1;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < cursor) continue;
    kept.push(edit);
    cursor = edit.end;
  }
  return kept;
}

/** Applies edits to a text; overlapping edits after the first are dropped. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const kept = nonOverlapping(edits);
  let result = '';
  let cursor = 0;
  for (const edit of kept) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { text: result + text.slice(cursor), applied: kept.length };
}

/** Every safe fix of the findings, ready to apply together. */
export function safeFixEdits(findings: readonly { readonly fixes: readonly { readonly safe: boolean; readonly edits: readonly Edit[] }[] }[]): Edit[] {
  return nonOverlapping(findings.flatMap((f) => f.fixes.filter((fix) => fix.safe).flatMap((fix) => fix.edits)));
}

/** The line break a file uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/**
 * An edit that adds `key: value` as the last entry of the block mapping at `parentPath`, at the
 * indentation of its existing keys. Returns undefined for flow mappings (`{ … }`) and non-maps,
 * where a textual insertion could not keep the author's layout.
 */
export function insertKey(doc: Document.Parsed, text: string, parentPath: KeyPath, key: string, value: string): Edit | undefined {
  const parent = locate(doc, parentPath);
  if (parent.depth !== parentPath.length || editsSharedNode(doc, parentPath)) return undefined;
  const map = parent.found.value;
  if (!isMap(map) || map.flow === true) return undefined;
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  if (!first || !last || !isNode(first.key) || !first.key.range) return undefined;
  const keyStart = first.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = text.slice(lineStart, keyStart);
  if (!/^ *$/.test(indent)) return undefined;
  const lastNode = isNode(last.value) && last.value.range ? last.value : isNode(last.key) ? last.key : undefined;
  const end = lastNode?.range?.[1];
  if (end === undefined) return undefined;
  // Insert at the end of the line where the last entry ends, before its line break.
  let at = text.indexOf('\n', Math.max(end - 1, 0));
  if (at < 0) at = text.length;
  else if (at > 0 && text[at - 1] === '\r') at--;
  if (at < end) at = end;
  return { start: at, end: at, text: `${lineBreakOf(text)}${indent}${key}: ${value}` };
}

/**
 * An edit that appends `item` (already YAML text) to the block sequence at `path`, at the
 * indentation of its existing items. Undefined for flow or empty sequences.
 */
export function appendToBlockList(doc: Document.Parsed, text: string, path: KeyPath, item: string): Edit | undefined {
  const { found, depth } = locate(doc, path);
  const seq = found.value;
  if (depth !== path.length || editsSharedNode(doc, path) || !isSeq(seq) || seq.flow === true || seq.items.length === 0) return undefined;
  const first = seq.items[0];
  const last = seq.items[seq.items.length - 1];
  if (!isNode(first) || !isNode(last) || !first.range || !last.range) return undefined;
  const dash = text.lastIndexOf('-', first.range[0]);
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  const indent = text.slice(lineStart, dash);
  if (!/^ *$/.test(indent)) return undefined;
  let at = text.indexOf('\n', Math.max(last.range[1] - 1, 0));
  if (at < 0) at = text.length;
  else if (at > 0 && text[at - 1] === '\r') at--;
  if (at < last.range[1]) at = last.range[1];
  return { start: at, end: at, text: `${lineBreakOf(text)}${indent}- ${item}` };
}

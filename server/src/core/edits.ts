import { CST, isCollection, isScalar, type Document, type Node } from 'yaml';
import { locate } from './locate';
import type { Edit, KeyPath } from './types';

/**
 * An edit that replaces one scalar's source text with `value`, keeping its quoting style where the
 * value allows it, and every byte around it (comments, spacing, line ends) as it was.
 */
export function replaceScalar(doc: Document.Parsed, path: KeyPath, value: string): Edit | undefined {
  const { found, depth } = locate(doc, path);
  const node = found.value;
  if (depth !== path.length || !isScalar(node)) return undefined;
  const token = node.srcToken;
  if (!token || !('source' in token) || token.type === 'block-scalar') return undefined;
  const copy = { ...token, end: 'end' in token && token.end ? [...token.end] : undefined } as CST.FlowScalar;
  const parent = locate(doc, path.slice(0, -1)).found.value;
  CST.setScalarValue(copy, value, { inFlow: isCollection(parent) && parent.flow === true });
  return { start: token.offset, end: token.offset + token.source.length, text: copy.source };
}

/** Applies edits to a text; overlapping edits after the first are dropped (like ESLint's fixer). */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  let applied = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { text: result + text.slice(cursor), applied };
}

/** The line break a file uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

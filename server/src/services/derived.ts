/**
 * What the services derive from a document's text, made once per document version and shared by
 * every request on that version (completion, folding) instead of re-reading the text each time.
 */
import type { ServiceDocument } from './types';
import { readLines, type LineInfo } from './yaml-lines';

interface Derived {
  readonly version: number;
  readonly text: string;
  readonly lines: readonly LineInfo[];
}

/** Keyed by the analysis of one version, so the memory goes when the analysis does. */
const derived = new WeakMap<ServiceDocument, Derived>();

/** The line structure of the document (indentation, keys, dashes, comments). */
export function linesOf(doc: ServiceDocument): readonly LineInfo[] {
  const text = doc.document.getText();
  const known = derived.get(doc);
  // The text is compared as well: an editor's document object changes in place with each edit.
  if (known && known.version === doc.document.version && known.text === text) return known.lines;
  const lines = readLines(text);
  derived.set(doc, { version: doc.document.version, text, lines });
  return lines;
}

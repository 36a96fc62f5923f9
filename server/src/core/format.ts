/**
 * Formatting a description: the `yaml` Document round-trip re-indents the structure and keeps
 * comments, key order and quoting, while block scalars (`>-`, `|`) keep their own line breaks, so
 * the prose a writer folded by hand is not re-flowed.
 */
import { parseDocument, Scalar, visit } from 'yaml';
import { lineBreakOf } from './edits';
import type { Localized } from './types';

export interface FormatOptions {
  /** Spaces per level (the editor's tab size); 2 when not given. */
  readonly indent?: number;
}

export type FormatResult = { readonly text: string } | { readonly refused: Localized };

const PLACEHOLDER = (i: number): string => `ilint-block-scalar-${i}-placeholder`;

/** The formatted text, or why the text is left as it is (YAML errors, unusual block headers). */
export function formatText(text: string, options: FormatOptions = {}): FormatResult {
  const indent = Math.min(Math.max(Math.trunc(options.indent ?? 2), 1), 8);
  const doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { refused: { en: 'The file has YAML errors; fix them before formatting.', nl: 'Het bestand heeft YAML-fouten; herstel die eerst voordat je opmaakt.' } };
  }
  const blocks: string[] = [];
  let unusual = false;
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) return undefined;
      const range = node.range;
      if (!range) return undefined;
      const source = text.slice(range[0], range[1]);
      // An indentation indicator (`>2`) ties the content to a column, and keep chomping (`|+`)
      // makes trailing blank lines part of the value: leave such files alone.
      if (/^[|>][-+]?\d|^[|>]\d|^[|>]\d?\+/.test(source)) unusual = true;
      blocks.push(source);
      const stand = new Scalar(PLACEHOLDER(blocks.length - 1));
      stand.comment = node.comment;
      stand.commentBefore = node.commentBefore;
      if (node.anchor !== undefined) stand.anchor = node.anchor;
      if (node.tag !== undefined) stand.tag = node.tag;
      return stand;
    },
  });
  if (unusual) {
    return { refused: { en: 'A block scalar has an indentation indicator or keeps its trailing lines (`|+`); the file is not formatted.', nl: 'Een blokscalar heeft een inspringingsindicator of behoudt zijn lege regels aan het eind (`|+`); het bestand wordt niet opgemaakt.' } };
  }
  const rendered = doc.toString({ indent, lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
  return { text: restoreBlocks(rendered, blocks, indent, lineBreakOf(text)) };
}

/** Puts each block scalar back, its content shifted to one level below the line it now hangs on. */
function restoreBlocks(rendered: string, blocks: readonly string[], indent: number, lineBreak: string): string {
  const lines = rendered.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const match = /ilint-block-scalar-(\d+)-placeholder/.exec(line);
    const block = match ? blocks[Number(match[1])] : undefined;
    if (!match || block === undefined) {
      out.push(line);
      continue;
    }
    const [header = '', ...content] = block.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
    out.push(line.replace(match[0], header));
    const owner = /^[ -]*/.exec(line)?.[0].length ?? 0;
    const target = owner + indent;
    const present = content.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
    const from = present.reduce((least, n) => Math.min(least, n), present[0] ?? target);
    for (const contentLine of content) out.push(contentLine.trim() === '' ? '' : ' '.repeat(target) + contentLine.slice(from));
  }
  return out.join('\n').replace(/\n/g, lineBreak);
}

/**
 * Column widths for a table in the Word export, from its content, as a browser lays out an `auto`
 * table: every column gets at least its longest word (so that no word breaks mid-word), and the
 * room left goes to the columns with the most text. A reference or a list of outcomes ends up wide,
 * a year or an N narrow. Pure; widths are in twips (1/20 pt), what Word's table grid uses.
 */
import { largest } from '../core';

/** Room per character of 9 pt Calibri, with a margin for wide letters and bold headers. */
const TWIPS_PER_CHAR = 115;
/** Left and right cell margins together (Word's default 0.08" each) and the borders. */
const CELL_PADDING = 250;

function longestWord(text: string): number {
  return largest(text.split(/\s+/).map((word) => [...word].length), 0);
}

/**
 * Widths (twips) that add up to `total`: at least the longest word of each column, the rest shared
 * in proportion to how much text each column has beyond that. When even the longest words do not
 * fit, they are scaled down together (then some words must break).
 */
export function columnWidths(headers: readonly string[], rows: readonly (readonly (readonly string[])[])[], total: number): number[] {
  const columns = headers.map((header, i) => {
    const texts = [header, ...rows.map((row) => (row[i] ?? []).join(' '))];
    const min = largest(texts.map(longestWord), 0) * TWIPS_PER_CHAR + CELL_PADDING;
    // The length of the longest cell is what the column would take if it never wrapped.
    const max = largest(texts.map((t) => [...t].length * TWIPS_PER_CHAR + CELL_PADDING), min);
    return { min, max };
  });
  const minimum = columns.reduce((sum, c) => sum + c.min, 0);
  if (minimum >= total) return fit(columns.map((c) => (c.min * total) / minimum), total);
  const spare = total - minimum;
  const wish = columns.reduce((sum, c) => sum + (c.max - c.min), 0);
  if (wish <= spare) {
    // Everything fits on one line per cell: share the rest by width, so the table still fills the page.
    return fit(columns.map((c) => (c.max * total) / columns.reduce((sum, d) => sum + d.max, 0)), total);
  }
  return fit(columns.map((c) => c.min + (spare * (c.max - c.min)) / wish), total);
}

/** Whole twips that add up to `total` exactly (the rounding goes to the widest column). */
function fit(widths: readonly number[], total: number): number[] {
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(largest(rounded));
  rounded[widest] = (rounded[widest] ?? 0) + total - rounded.reduce((sum, w) => sum + w, 0);
  return rounded;
}

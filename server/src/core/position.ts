import type { LineCounter } from 'yaml';
import type { LineColumn, OffsetRange } from './types';

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(lines: LineCounter | undefined, offset: number): LineColumn {
  if (!lines) return { line: 1, column: offset + 1 };
  const pos = lines.linePos(offset);
  return { line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
}

export function rangeLineColumns(lines: LineCounter | undefined, range: OffsetRange): { start: LineColumn; end: LineColumn } {
  return { start: lineColumn(lines, range.start), end: lineColumn(lines, range.end) };
}

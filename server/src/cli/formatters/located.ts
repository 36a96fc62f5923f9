import { rangeLineColumns, type Finding, type LineColumn } from '../../core';
import type { FileReport } from '../check';

export interface LocatedFinding extends Finding {
  readonly file: string;
  readonly start: LineColumn;
  readonly end: LineColumn;
}

/** Every finding with its file and 1-based positions, in file order. */
export function locatedFindings(reports: readonly FileReport[]): LocatedFinding[] {
  return reports.flatMap((report) =>
    report.findings.map((finding) => ({ ...finding, file: report.target.display, ...rangeLineColumns(report.lines, finding.range) })),
  );
}

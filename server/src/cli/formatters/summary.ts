import { CLI_TEXT, plural, PLURALS, t, type Language, type Severity } from '../../core';
import type { FileReport } from '../check';
import type { LocatedFinding } from './located';

/** From most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly LocatedFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

type Noun = Severity | 'problem' | 'file';

/** A severity as a word of the language: `waarschuwing` for `warning` in Dutch. */
export function severityName(language: Language, severity: Severity): string {
  return plural(language, 1, PLURALS[severity]);
}

/** `3 warnings`, `1 fout`. */
export function counted(language: Language, n: number, noun: Noun): string {
  return `${n} ${plural(language, n, PLURALS[noun])}`;
}

/** What the summary line says about a run; kept up report by report by the streamed formats. */
export interface RunTotals {
  files: number;
  unreadable: number;
  filesWithFindings: number;
  findings: number;
  readonly counts: SeverityCounts;
}

export function emptyTotals(): RunTotals {
  return { files: 0, unreadable: 0, filesWithFindings: 0, findings: 0, counts: { error: 0, warning: 0, info: 0, hint: 0 } };
}

/** Counts one report (with its located findings) into the totals. */
export function addReport(totals: RunTotals, report: FileReport, findings: readonly LocatedFinding[]): void {
  totals.files++;
  if (report.error !== undefined) totals.unreadable++;
  if (findings.length > 0) totals.filesWithFindings++;
  totals.findings += findings.length;
  for (const finding of findings) totals.counts[finding.severity]++;
}

/** The one-line summary, like the text format's, in the report's language. */
export function summaryLine(reports: readonly FileReport[], findings: readonly LocatedFinding[], language: Language): string {
  const totals = emptyTotals();
  for (const report of reports) addReport(totals, report, []);
  totals.filesWithFindings = new Set(findings.map((f) => f.file)).size;
  totals.findings = findings.length;
  Object.assign(totals.counts, countSeverities(findings));
  return summaryOf(totals, language);
}

/** The one-line summary from the totals of a run. */
export function summaryOf(totals: RunTotals, language: Language): string {
  const { counts, unreadable } = totals;
  const parts = (['error', 'warning', 'info'] as const).map((s) => counted(language, counts[s], s));
  if (counts.hint > 0) parts.push(counted(language, counts.hint, 'hint'));
  const checked = counted(language, totals.files - unreadable, 'file');
  const unread = { files: counted(language, unreadable, 'file'), could: plural(language, unreadable, PLURALS.could), checked };
  // Nothing to tick off: a run that could not read a file has not shown that file to be fine.
  if (totals.findings === 0 && unreadable > 0) return t(language, CLI_TEXT.unreadableOnly, unread);
  let line: string;
  if (totals.findings === 0) line = t(language, CLI_TEXT.noProblems, { checked });
  else {
    const problems = `${counted(language, totals.findings, 'problem')} (${parts.join(', ')})`;
    line = t(language, CLI_TEXT.problemsIn, {
      problems,
      withFindings: totals.filesWithFindings,
      filesWithFindings: counted(language, totals.filesWithFindings, 'file'),
      total: totals.files,
      totalFiles: counted(language, totals.files, 'file'),
    });
  }
  if (unreadable > 0) line += t(language, CLI_TEXT.alsoUnreadable, unread);
  return line;
}

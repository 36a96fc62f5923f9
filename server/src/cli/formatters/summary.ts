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

/** The one-line summary, like the text format's, in the report's language. */
export function summaryLine(reports: readonly FileReport[], findings: readonly LocatedFinding[], language: Language): string {
  const counts = countSeverities(findings);
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const withFindings = new Set(findings.map((f) => f.file)).size;
  const parts = (['error', 'warning', 'info'] as const).map((s) => counted(language, counts[s], s));
  if (counts.hint > 0) parts.push(counted(language, counts.hint, 'hint'));
  const checked = counted(language, reports.length - unreadable, 'file');
  const unread = { files: counted(language, unreadable, 'file'), could: plural(language, unreadable, PLURALS.could), checked };
  // Nothing to tick off: a run that could not read a file has not shown that file to be fine.
  if (findings.length === 0 && unreadable > 0) return t(language, CLI_TEXT.unreadableOnly, unread);
  let line: string;
  if (findings.length === 0) line = t(language, CLI_TEXT.noProblems, { checked });
  else {
    const problems = `${counted(language, findings.length, 'problem')} (${parts.join(', ')})`;
    line = t(language, CLI_TEXT.problemsIn, {
      problems,
      withFindings,
      filesWithFindings: counted(language, withFindings, 'file'),
      total: reports.length,
      totalFiles: counted(language, reports.length, 'file'),
    });
  }
  if (unreadable > 0) line += t(language, CLI_TEXT.alsoUnreadable, unread);
  return line;
}

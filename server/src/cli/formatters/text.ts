import type { Severity } from '../../core';
import type { Formatter } from './types';
import { locatedFindings } from './located';
import { terminalSafe } from '../../markup/terminal';

const ANSI = { red: 31, yellow: 33, cyan: 36, grey: 90, bold: 1, underline: 4 } as const;

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOUR: Record<Severity, number> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan, hint: ANSI.grey };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** For people: grouped per file, `file:line:col`, severity, message, rule id, and a summary line. */
export const formatText: Formatter = ({ reports, colour }) => {
  const out: string[] = [];
  const findings = locatedFindings(reports);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    const mine = findings.filter((f) => f.file === report.target.display);
    if (mine.length === 0 && report.error === undefined) continue;
    // File names and messages carry text from the workspace: neutralised before any colour is added.
    const file = terminalSafe(report.target.display);
    out.push(paint(colour, ANSI.underline, file));
    if (report.error !== undefined) out.push(`  ${paint(colour, ANSI.red, 'cannot read')}  ${terminalSafe(report.error)}`);
    for (const f of mine) {
      counts[f.severity]++;
      const where = `${file}:${f.start.line}:${f.start.column}`;
      out.push(`  ${where}  ${paint(colour, SEVERITY_COLOUR[f.severity], f.severity.padEnd(7))}  ${terminalSafe(f.message)}  ${paint(colour, ANSI.grey, f.ruleId)}`);
    }
    out.push('');
  }
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const withFindings = new Set(findings.map((f) => f.file)).size;
  const total = findings.length;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')];
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const summary =
    total === 0
      ? `✔ ${plural(reports.length - unreadable, 'file')} checked, no problems`
      : `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(withFindings, 'file')} of ${reports.length} checked`;
  out.push(paint(colour, ANSI.bold, summary + (unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read` : '')));
  return `${out.join('\n')}\n`;
};

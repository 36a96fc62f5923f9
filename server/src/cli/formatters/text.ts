import { CLI_TEXT, largest, t, type Severity } from '../../core';
import type { Formatter } from './types';
import { locatedFindings } from './located';
import { addReport, emptyTotals, SEVERITIES, severityName, summaryOf } from './summary';
import { wholeOutput, type StreamingFormatter } from './stream';
import { terminalSafe } from '../../markup/terminal';

const ANSI = { red: 31, yellow: 33, cyan: 36, grey: 90, bold: 1, underline: 4 } as const;

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

const SEVERITY_COLOUR: Record<Severity, number> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan, hint: ANSI.grey };

/** For people: grouped per file, `file:line:col`, severity, message, rule id, and a summary line. */
export const streamText: StreamingFormatter = ({ colour, language }) => {
  const width = largest(SEVERITIES.map((s) => severityName(language, s).length));
  const totals = emptyTotals();
  return {
    file: (report) => {
      const mine = locatedFindings([report]);
      addReport(totals, report, mine);
      if (mine.length === 0 && report.error === undefined) return '';
      // File names and messages carry text from the workspace: neutralised before any colour is added.
      const file = terminalSafe(report.target.display);
      const out = [paint(colour, ANSI.underline, file)];
      if (report.error !== undefined) out.push(`  ${paint(colour, ANSI.red, t(language, CLI_TEXT.cannotRead))}  ${terminalSafe(report.error)}`);
      for (const f of mine) {
        const where = `${file}:${f.start.line}:${f.start.column}`;
        out.push(`  ${where}  ${paint(colour, SEVERITY_COLOUR[f.severity], severityName(language, f.severity).padEnd(width))}  ${terminalSafe(f.message)}  ${paint(colour, ANSI.grey, f.ruleId)}`);
      }
      return `${out.join('\n')}\n\n`;
    },
    end: () => `${paint(colour, ANSI.bold, summaryOf(totals, language))}\n`,
  };
};

export const formatText: Formatter = wholeOutput(streamText);

import { CLI_TEXT, t, type Severity } from '../../core';
import { terminalSafe } from '../../markup/terminal';
import { locatedFindings } from './located';
import { addReport, emptyTotals, summaryOf } from './summary';
import { wholeOutput, type StreamingFormatter } from './stream';
import type { Formatter } from './types';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * Escapes the message of a workflow command (GitHub's `escapeData`); the other control characters,
 * which GitHub passes to the log as they are (ESC sequences colour or clear it), shown as escapes.
 */
export function escapeGithubData(text: string): string {
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command (GitHub's `escapeProperty`). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,...::message`, with every part escaped. */
export function workflowCommand(command: Command, properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`)
    .join(',');
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeGithubData(message)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding (error, warning, or notice for
 * info and hint), one error per unreadable file, then a plain summary line for the log.
 */
export const streamGithub: StreamingFormatter = ({ language }) => {
  const totals = emptyTotals();
  return {
    file: (report) => {
      const findings = locatedFindings([report]);
      addReport(totals, report, findings);
      if (report.error !== undefined) {
        const message = t(language, CLI_TEXT.cannotReadTheFile, { error: report.error });
        return `${workflowCommand('error', { file: report.target.display, title: 'intervention-lint' }, message)}\n`;
      }
      return findings
        .map((f) => {
          const position = { line: f.start.line, col: f.start.column, endLine: f.end.line, endColumn: f.end.column };
          return `${workflowCommand(COMMAND[f.severity], { file: f.file, ...position, title: f.ruleId }, f.message)}\n`;
        })
        .join('');
    },
    end: () => `${summaryOf(totals, language)}\n`,
  };
};

export const formatGithub: Formatter = wholeOutput(streamGithub);

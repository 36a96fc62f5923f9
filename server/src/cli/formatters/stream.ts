/**
 * Formats as streams: a run's output is written report by report, so that the reports need not be
 * kept for the formatter, and no format builds its whole output as one string. A format whose
 * beginning depends on the whole run (JUnit's totals, the HTML page's summary) keeps the lean
 * reports it is given (findings and line starts, no texts) and writes at the end.
 */
import type { FileReport } from '../check';
import type { FormatContext, Formatter } from './types';

/** What every format gets besides the reports. */
export type RunContext = Omit<FormatContext, 'reports'>;

/** One run's output: `file` gives the text for the next report (in run order), `end` the rest. */
export interface FormatStream {
  file(report: FileReport): string;
  end(): string;
}

export type StreamingFormatter = (context: RunContext) => FormatStream;

/** The whole output at once, from the same stream: the two can never differ. */
export function wholeOutput(open: StreamingFormatter): Formatter {
  return ({ reports, ...context }) => {
    const stream = open(context);
    return reports.map((report) => stream.file(report)).join('') + stream.end();
  };
}

/** For a format that needs the whole run: keeps the (lean) reports and formats them at the end. */
export function collecting(formatter: Formatter): StreamingFormatter {
  return (context) => {
    const reports: FileReport[] = [];
    return {
      file: (report) => {
        reports.push(report);
        return '';
      },
      end: () => formatter({ ...context, reports }),
    };
  };
}

/**
 * A JSON array written item by item, exactly as `JSON.stringify(items, null, 2)` would write it
 * at that depth: `indent` is the indentation of the line that holds the opening bracket.
 */
export function jsonArray(indent = ''): { item(value: unknown): string; close(): string } {
  let count = 0;
  const inner = `${indent}  `;
  return {
    item: (value) => {
      const text = JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`);
      return `${count++ === 0 ? '[\n' : ',\n'}${inner}${text}`;
    },
    close: () => (count === 0 ? '[]' : `\n${indent}]`),
  };
}

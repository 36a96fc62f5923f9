import { stat } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import { fixAll, type Config } from '../core';
import type { FileReport } from './check';
import { WriteRefusedError, writeAtomic } from '../node/atomic-write';

/** The text after every safe fix, applied pass by pass until nothing is left to fix. */
export function fixText(text: string, config: Config, today: Date): { text: string; applied: number } {
  return fixAll(text, { config, today });
}

export interface FixOutcome {
  readonly report: FileReport;
  readonly fixed: string | undefined;
  readonly applied: number;
}

export function planFixes(reports: readonly FileReport[], config: Config, today: Date): FixOutcome[] {
  return reports.map((report) => {
    if (report.text === undefined) return { report, fixed: undefined, applied: 0 };
    const { text, applied } = fixText(report.text, config, today);
    return { report, fixed: text === report.text ? undefined : text, applied };
  });
}

/** A unified diff of every planned fix (`--fix-dry-run`). */
export function fixDiff(outcomes: readonly FixOutcome[]): string {
  return outcomes
    .filter((o) => o.fixed !== undefined)
    .map((o) => createTwoFilesPatch(`a/${o.report.target.display}`, `b/${o.report.target.display}`, o.report.text ?? '', o.fixed ?? '', undefined, undefined, { context: 3 }))
    .join('');
}

export interface WriteOutcome {
  /** Files that could not be written (exit code 2). */
  readonly problems: readonly string[];
  /** Read-only files, left as they are on purpose. */
  readonly skipped: readonly string[];
}

/** Mode bits without any write permission, or a file this process may not write. */
async function isReadOnly(path: string): Promise<boolean> {
  const info = await stat(path);
  return (info.mode & 0o222) === 0;
}

/**
 * Writes the fixed files: BOM kept, atomically, only over exactly the bytes that were checked
 * (compared again right before the rename), never onto a read-only file.
 */
export async function writeFixes(outcomes: readonly FixOutcome[]): Promise<WriteOutcome> {
  const problems: string[] = [];
  const skipped: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.fixed === undefined) continue;
    const { report } = outcome;
    const bom = report.bom ? '\uFEFF' : '';
    try {
      // Someone made it read-only to keep it as it is; root could write it anyway, so ask the mode.
      if (await isReadOnly(report.target.path)) {
        skipped.push(`${report.target.display}: read-only; not fixed`);
        continue;
      }
      const expected = Buffer.from(bom + (report.text ?? ''), 'utf8');
      await writeAtomic(report.target.path, Buffer.from(bom + outcome.fixed, 'utf8'), { expected, links: 'target' });
    } catch (error) {
      problems.push(`${report.target.display}: ${error instanceof WriteRefusedError ? `${error.reason}; not written` : (error as Error).message}`);
    }
  }
  return { problems, skipped };
}

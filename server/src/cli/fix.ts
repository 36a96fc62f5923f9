import { readFile } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import { fixAll, type Config } from '../core';
import type { FileReport } from './check';
import { ChangedOnDiskError, writeIfUnchanged } from './write-atomic';

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

/** Writes the fixed files (BOM kept, atomically, never over a newer edit); returns problems per file. */
export async function writeFixes(outcomes: readonly FixOutcome[]): Promise<string[]> {
  const problems: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.fixed === undefined) continue;
    const { report } = outcome;
    const bom = report.bom ? '\uFEFF' : '';
    try {
      const original = await readFile(report.target.path);
      if (original.toString('utf8') !== bom + (report.text ?? '')) throw new ChangedOnDiskError(report.target.display);
      await writeIfUnchanged(report.target.path, original, Buffer.from(bom + outcome.fixed, 'utf8'));
    } catch (error) {
      problems.push(`${report.target.display}: ${error instanceof ChangedOnDiskError ? 'changed on disk after it was read; not written' : (error as Error).message}`);
    }
  }
  return problems;
}

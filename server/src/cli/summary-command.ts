import { writeAtomic } from '../node/atomic-write';
import { resolve } from 'node:path';
import { validate } from '../core';
import { renderSummary, SUMMARY_FORMATS, summaryRow, type SummaryRow } from '../export';
import { checkAcrossFiles, checkAll } from './check';
import { loadConfig } from './config-loader';
import { pickFormat, type SubmissionOptions } from './export-command';
import { resolveTargets } from './files';
import type { CliIo } from './io';

/**
 * `intervention-lint summary [paths…] [--format text|md|csv|html] [--output FILE]`: one row per
 * description with its claimed and supported level and its findings. The files, the config and the
 * findings are those of `check` (cross-file rules included). An overview, not a gate: exit 0, or 2
 * for a usage error or a file that cannot be read.
 */
export async function summaryCommand(io: CliIo, paths: readonly string[], options: SubmissionOptions): Promise<number> {
  const format = pickFormat('summary', options.format, SUMMARY_FORMATS, 'text');
  const { config } = await loadConfig(io.cwd, options.config, options.overrides);
  const targets = await resolveTargets(io.cwd, paths, config.files);
  if (targets.length === 0) {
    io.error(`intervention-lint: no description files found (looked for ${config.files.join(', ')}).\n`);
    return 2;
  }
  const today = new Date();
  const reports = await checkAcrossFiles(await checkAll(targets, config, today), config, today);
  const rows: SummaryRow[] = reports.map((report) => {
    const file = report.target.display;
    if (report.error !== undefined) {
      io.error(`intervention-lint: cannot read ${file}: ${report.error}\n`);
      return summaryRow(file, [], undefined, report.error);
    }
    // The level comes from the same validation; the findings are those of the run (with duplicate-id).
    const result = report.text === undefined ? undefined : validate(report.text, { config, today });
    return summaryRow(file, report.findings, result);
  });
  const text = renderSummary(rows, format, config.language);
  if (options.output === undefined) io.write(text);
  else await writeAtomic(resolve(io.cwd, options.output), text);
  return reports.some((r) => r.error !== undefined) ? 2 : 0;
}

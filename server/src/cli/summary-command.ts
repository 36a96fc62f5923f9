import { writeAtomic } from '../node/atomic-write';
import { terminalSafe } from '../markup/terminal';
import { resolve } from 'node:path';
import { validate } from '../core';
import { CSV_DELIMITERS, renderSummary, SUMMARY_FORMATS, summaryRow, type CsvOptions, type SummaryRow } from '../export';
import { UsageError } from './errors';
import { checkAcrossFiles, checkAll } from './check';
import { loadConfig } from './config-loader';
import { pickFormat, type SubmissionOptions } from './export-command';
import { resolveTargets } from './files';
import type { CliIo } from './io';

/**
 * `intervention-lint summary [paths…] [--format text|md|csv|html] [--csv-delimiter ;] [--bom] [--output FILE]`: one row per
 * description with its claimed and supported level and its findings. The files, the config and the
 * findings are those of `check` (cross-file rules included). An overview, not a gate: exit 0, or 2
 * for a usage error or a file that cannot be read.
 */
export interface SummaryOptions extends SubmissionOptions {
  readonly csvDelimiter: string | undefined;
  readonly bom: boolean | undefined;
}

/** `--csv-delimiter` and `--bom`, which only CSV has. */
function csvOptions(format: string, options: SummaryOptions): CsvOptions {
  if (format !== 'csv' && (options.csvDelimiter !== undefined || options.bom === true)) {
    throw new UsageError({ en: '--csv-delimiter and --bom go with --format csv.', nl: '--csv-delimiter en --bom horen bij --format csv.' });
  }
  const given = options.csvDelimiter === 'tab' ? '\t' : options.csvDelimiter;
  if (given !== undefined && !CSV_DELIMITERS.includes(given)) {
    throw new UsageError({
      en: `--csv-delimiter must be one of , ; tab |, not "${given}". (Dutch Excel expects ;.)`,
      nl: `--csv-delimiter moet , ; tab of | zijn, niet "${given}". (Nederlandse Excel verwacht ;.)`,
    });
  }
  return { delimiter: given ?? ',', bom: options.bom === true };
}

export async function summaryCommand(io: CliIo, paths: readonly string[], options: SummaryOptions): Promise<number> {
  const format = pickFormat('summary', options.format, SUMMARY_FORMATS, 'text');
  const csv = csvOptions(format, options);
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
      io.error(`intervention-lint: cannot read ${terminalSafe(file)}: ${report.error}\n`);
      return summaryRow(file, [], undefined, report.error);
    }
    // The level comes from the same validation; the findings are those of the run (with duplicate-id).
    const result = report.text === undefined ? undefined : validate(report.text, { config, today });
    return summaryRow(file, report.findings, result);
  });
  const text = renderSummary(rows, format, config.language, csv);
  if (options.output === undefined) io.write(text);
  else await writeAtomic(resolve(io.cwd, options.output), text);
  return reports.some((r) => r.error !== undefined) ? 2 : 0;
}

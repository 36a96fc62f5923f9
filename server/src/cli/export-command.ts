import { basename, isAbsolute, relative, resolve } from 'node:path';
import { validate, worksheetFileName, type ConfigOverrides } from '../core';
import { buildWorksheet, renderWorksheetHtml, renderWorksheetMarkdown } from '../export';
import { loadConfig } from './config-loader';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { readBounded } from '../node/bounded-read';
import { writeAtomic } from '../node/atomic-write';

/** What `export` and `summary` take from the command line. */
export interface SubmissionOptions {
  readonly format: readonly string[] | undefined;
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly overrides: ConfigOverrides | undefined;
  /** Replace an existing output file (`export` keeps a worksheet someone may have edited in Word). */
  readonly force?: boolean | undefined;
}

/** The one `--format` of a subcommand, checked against the formats it knows. */
export function pickFormat<F extends string>(command: string, given: readonly string[] | undefined, known: readonly F[], fallback: F): F {
  if (given !== undefined && given.length > 1) throw new UsageError(`${command} writes one format at a time; give --format once.`);
  const format = given?.[0] ?? fallback;
  if (!(known as readonly string[]).includes(format)) throw new UsageError(`${command} --format must be ${known.join(', ')}, not "${format}".`);
  return format as F;
}

/** `<id>-werkblad.docx`, from the description's id or else the file name. */
export function defaultDocxName(id: string | undefined, file: string): string {
  return worksheetFileName(id, basename(file), 'docx');
}

/**
 * How the draft names its source: the path inside the project (the current folder), or else only the
 * file name. The draft goes to the committee; where the file sits on this machine is no business of theirs.
 */
export function draftFileName(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? basename(path) : inside.split('\\').join('/');
}

const EXAMPLE = 'intervention-lint export samples/complete/voorbeeld-samen-kijken.intervention.yaml --format docx';

/**
 * `intervention-lint export FILE [--format md|html|docx] [--output PATH]`: the draft databank
 * worksheet. Markdown and HTML go to standard output unless `--output` is given; DOCX is written to
 * `--output` or to `<id>-werkblad.docx` in the current folder.
 */
export async function exportCommand(io: CliIo, args: readonly string[], options: SubmissionOptions): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined) throw new UsageError(`export needs a file, e.g. \`${EXAMPLE}\`.`);
  if (extra.length > 0) throw new UsageError(`export takes one file, not ${args.length}.`);
  const format = pickFormat('export', options.format, ['md', 'html', 'docx'], 'md');
  const { config } = await loadConfig(io.cwd, options.config, options.overrides);
  const path = resolve(io.cwd, file);
  const read = await readBounded(path, config.limits.maxFileBytes);
  if (read.kind === 'error') throw new InputError(`Cannot read ${file}: ${read.message}`);
  if (read.kind !== 'text') throw new InputError(`Cannot export ${file}: ${read.kind === 'too-large' ? 'the file is larger than limits.maxFileBytes' : 'the file is not valid UTF-8'}.`);
  const result = validate(read.text, { config, today: new Date() });
  if (result.description === undefined) {
    const reason = result.findings.find((f) => f.severity === 'error')?.message ?? 'it is not a readable description';
    throw new InputError(`Cannot export ${file}: ${reason}\nRun \`intervention-lint check ${file}\` for details.`);
  }
  const sheet = buildWorksheet(draftFileName(io.cwd, path), read.text, result);
  const gaps = `${sheet.missing.length} ${sheet.missing.length === 1 ? 'placeholder' : 'placeholders'} to fill`;
  if (format === 'docx') {
    const { renderWorksheetDocx } = await import('../export/docx.js');
    const target = options.output ?? defaultDocxName(result.description.id, file);
    await writeAtomic(resolve(io.cwd, target), await renderWorksheetDocx(sheet), { overwrite: options.force === true });
    io.error(`intervention-lint: wrote ${target} (${gaps})\n`);
    return 0;
  }
  const text = format === 'html' ? renderWorksheetHtml(sheet) : renderWorksheetMarkdown(sheet);
  if (options.output === undefined) io.write(text);
  else {
    await writeAtomic(resolve(io.cwd, options.output), text, { overwrite: options.force === true });
    io.error(`intervention-lint: wrote ${options.output} (${gaps})\n`);
  }
  return 0;
}

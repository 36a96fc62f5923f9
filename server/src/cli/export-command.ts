import { writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { validate, type ConfigOverrides } from '../core';
import { buildWorksheet, renderWorksheetHtml, renderWorksheetMarkdown } from '../export';
import { loadConfig } from './config-loader';
import { InputError, UsageError } from './errors';
import type { CliIo } from './io';
import { readDescription } from './read-file';

/** What `export` and `summary` take from the command line. */
export interface SubmissionOptions {
  readonly format: readonly string[] | undefined;
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly overrides: ConfigOverrides | undefined;
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
  const stem = id ?? basename(file).replace(/\.intervention\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  const safe = stem.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'interventie';
  return `${safe}-werkblad.docx`;
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
  const read = await readDescription(path, config.limits.maxFileBytes);
  if (read.kind === 'error') throw new InputError(`Cannot read ${file}: ${read.message}`);
  if (read.kind !== 'text') throw new InputError(`Cannot export ${file}: ${read.kind === 'too-large' ? 'the file is larger than limits.maxFileBytes' : 'the file is not valid UTF-8'}.`);
  const result = validate(read.text, { config, today: new Date() });
  if (result.description === undefined) {
    const reason = result.findings.find((f) => f.severity === 'error')?.message ?? 'it is not a readable description';
    throw new InputError(`Cannot export ${file}: ${reason}\nRun \`intervention-lint check ${file}\` for details.`);
  }
  // Named as the user named it, unless that climbs out of the current folder in a roundabout way.
  const fromCwd = relative(io.cwd, path).split('\\').join('/');
  const display = fromCwd.startsWith('..') ? file.split('\\').join('/') : fromCwd;
  const sheet = buildWorksheet(display, read.text, result);
  const gaps = `${sheet.missing.length} ${sheet.missing.length === 1 ? 'placeholder' : 'placeholders'} to fill`;
  if (format === 'docx') {
    const { renderWorksheetDocx } = await import('../export/docx.js');
    const target = options.output ?? defaultDocxName(result.description.id, file);
    await writeFile(resolve(io.cwd, target), await renderWorksheetDocx(sheet));
    io.error(`intervention-lint: wrote ${target} (${gaps})\n`);
    return 0;
  }
  const text = format === 'html' ? renderWorksheetHtml(sheet) : renderWorksheetMarkdown(sheet);
  if (options.output === undefined) io.write(text);
  else {
    await writeFile(resolve(io.cwd, options.output), text);
    io.error(`intervention-lint: wrote ${options.output} (${gaps})\n`);
  }
  return 0;
}

import { basename, resolve } from 'node:path';
import { validate, type Config } from '../core';
import { buildReport, renderHtml, renderMarkdown } from '../report';
import { InputError, UsageError } from './errors';
import { readBounded } from '../node/bounded-read';
import { writeAtomic } from '../node/atomic-write';

/** `intervention-lint report FILE [--format md|html] [--output FILE]`: the evidence report. */
export async function reportCommand(cwd: string, file: string | undefined, format: string | undefined, output: string | undefined, config: Config): Promise<string | undefined> {
  if (file === undefined) throw new UsageError('report needs a file, e.g. `intervention-lint report samples/complete/voorbeeld-samen-kijken.intervention.yaml --format html`.');
  const kind = format ?? 'md';
  if (kind !== 'md' && kind !== 'html') throw new UsageError(`report --format must be md or html, not "${kind}".`);
  const read = await readBounded(resolve(cwd, file), config.limits.maxFileBytes);
  if (read.kind === 'error') throw new InputError(`Cannot read ${file}: ${read.message}`);
  if (read.kind !== 'text') throw new InputError(`Cannot report on ${file}: ${read.kind === 'too-large' ? 'the file is larger than limits.maxFileBytes' : 'the file is not valid UTF-8'}.`);
  const report = buildReport(basename(file), read.text, validate(read.text, { config }), config.language);
  const text = kind === 'html' ? renderHtml(report) : renderMarkdown(report);
  if (output === undefined) return text;
  await writeAtomic(resolve(cwd, output), text);
  return undefined;
}

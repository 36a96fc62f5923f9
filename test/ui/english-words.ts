/**
 * The English-word check of the Dutch UI test. The marker words come from the project's own
 * English tables (manifest texts, runtime strings, rule metadata, the messages for the workspace's
 * samples) minus every word of their Dutch counterparts, so a Dutch string that falls back to its
 * English source shows up, while shared words (RCT, Intervention Lint, ids) never do.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Words of prose: code spans, ids with a hyphen or a dot, placeholders and numbers left out. */
export function proseWords(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\d+\}/g, ' ')
    .replace(/[\p{L}\d]+(?:[-_./][\p{L}\d]+)+/gu, ' ');
  return (prose.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function cli(root: string, args: string[], cwd: string): unknown {
  // check exits 1 when it finds errors; its JSON is on stdout either way.
  try {
    return JSON.parse(execFileSync(process.execPath, [join(root, 'bin', 'intervention-lint.js'), ...args], { cwd, encoding: 'utf8' })) as unknown;
  } catch (error) {
    const stdout = (error as { stdout?: unknown }).stdout;
    if (typeof stdout === 'string' && stdout.trim().startsWith('[')) return JSON.parse(stdout) as unknown;
    throw error;
  }
}

function messages(findings: unknown): string[] {
  return Array.isArray(findings) ? findings.flatMap((f) => strings((f as { message?: unknown }).message)) : [];
}

/** Words only the English tables use, and not the user's own text in `workspace`. */
export function englishOnlyWords(root: string, workspace: string): Set<string> {
  const samples = readdirSync(workspace).filter((f) => f.endsWith('.intervention.yaml'));
  const bundle = readJson(join(root, 'l10n', 'bundle.l10n.nl.json')) as Record<string, string>;
  const en = [
    ...strings(readJson(join(root, 'package.nls.json'))),
    ...Object.keys(bundle),
    ...strings(cli(root, ['rules', '--format', 'json'], workspace)),
    ...messages(cli(root, ['check', ...samples, '--format', 'json'], workspace)),
  ];
  const nl = [
    ...strings(readJson(join(root, 'package.nls.nl.json'))),
    ...Object.values(bundle),
    ...strings(cli(root, ['--language', 'nl', 'rules', '--format', 'json'], workspace)),
    ...messages(cli(root, ['--language', 'nl', 'check', ...samples, '--format', 'json'], workspace)),
    ...samples.map((f) => readFileSync(join(workspace, f), 'utf8')),
  ];
  const dutch = new Set(nl.flatMap(proseWords));
  return new Set(en.flatMap(proseWords).filter((w) => !dutch.has(w)));
}

/** The English words of `text`, for a message naming them. */
export function englishIn(text: string, english: ReadonlySet<string>): string[] {
  return [...new Set(proseWords(text).filter((w) => english.has(w)))];
}

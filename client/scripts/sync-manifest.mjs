#!/usr/bin/env node
/**
 * Writes the per-rule part of the extension manifest from the rule registry: one property per rule id
 * under `interventionLint.rules` in package.json, and its title (English and Dutch) in package.nls.json
 * and package.nls.nl.json. The registry is read through the built CLI (`intervention-lint rules --format
 * json`), so run `node esbuild.mjs` first. `--check` changes nothing and exits 1 when a file is stale.
 *
 *   node client/scripts/sync-manifest.mjs [--check]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];
const PREFIX = 'configuration.rules.';

function rules(language) {
  const json = execFileSync(process.execPath, [join(ROOT, 'bin', 'intervention-lint.js'), 'rules', '--format', 'json', '--language', language], { encoding: 'utf8' });
  return JSON.parse(json);
}

const DEFAULT = { en: 'default', nl: 'standaard' };

function nlsWithRules(path, language) {
  const nls = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  const kept = Object.fromEntries(Object.entries(nls).filter(([key]) => !key.startsWith(PREFIX)));
  for (const rule of rules(language)) kept[`${PREFIX}${rule.id}`] = `${rule.title} (${DEFAULT[language]}: \`${rule.severity}\`)`;
  return `${JSON.stringify(kept, null, 2)}\n`;
}

function manifestWithRules() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const setting = pkg.contributes.configuration.properties['interventionLint.rules'];
  setting.properties = Object.fromEntries(
    rules('en').map((rule) => [rule.id, { type: 'string', enum: SEVERITIES, markdownDescription: `%${PREFIX}${rule.id}%` }]),
  );
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const wanted = new Map([
  ['package.json', manifestWithRules()],
  ['package.nls.json', nlsWithRules('package.nls.json', 'en')],
  ['package.nls.nl.json', nlsWithRules('package.nls.nl.json', 'nl')],
]);
const stale = [...wanted].filter(([path, text]) => readFileSync(join(ROOT, path), 'utf8') !== text).map(([path]) => path);
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    console.error(`Stale extension manifest (run \`node client/scripts/sync-manifest.mjs\`): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  for (const path of stale) writeFileSync(join(ROOT, path), wanted.get(path));
  console.log(stale.length > 0 ? `updated ${stale.join(', ')}` : 'up to date');
}

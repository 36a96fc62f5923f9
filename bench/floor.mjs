#!/usr/bin/env node
/**
 * The floor (issue 9, figure 2a): what any YAML + JSON Schema linter in Node must at least spend.
 * One process: read every file, `yaml` parseDocument + toJS, and the intervention schema's ajv
 * validator (Ajv2020, allErrors, strict, the annotation keywords registered as in
 * server/src/core/schema.ts createAjv()) — precompiled: the validator is ajv's standalone code,
 * generated once by the bench (`bench/lib/floor-validator.mjs`) before any timed run, so the floor
 * pays no schema compilation. No rules, no ranges, no output.
 *
 *   node bench/floor.mjs VALIDATOR.cjs DIR...      (prints one JSON line: counts and in-process ms)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const t0 = performance.now();
const [validatorPath, ...dirs] = process.argv.slice(2);
const validate = createRequire(import.meta.url)(validatorPath);
const tLoaded = performance.now();
let files = 0;
let invalid = 0;
let errors = 0;
let yamlErrors = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.intervention.yaml')) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = parseDocument(text);
    files++;
    if (doc.errors.length > 0) {
      yamlErrors++;
      continue;
    }
    if (!validate(doc.toJS())) {
      invalid++;
      errors += validate.errors.length;
    }
  }
}
const tEnd = performance.now();
process.stdout.write(`${JSON.stringify({ files, invalid, schemaErrors: errors, yamlErrors, loadMs: tLoaded - t0, checkMs: tEnd - tLoaded })}\n`);

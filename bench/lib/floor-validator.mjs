/**
 * Generates the floor's precompiled validator: ajv standalone code of schemas/intervention-v1.schema.json,
 * compiled with the options of server/src/core/schema.ts createAjv() minus `verbose` (the floor does
 * not need the failing data in its errors). The annotation keywords are read from schema.ts itself,
 * so the floor follows the source when keywords are added.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function annotationKeywords(root) {
  const source = readFileSync(join(root, 'server/src/core/ajv.ts'), 'utf8');
  const block = /ANNOTATION_KEYWORDS\s*=\s*\[([\s\S]*?)\]/.exec(source);
  if (!block) throw new Error('ANNOTATION_KEYWORDS not found in server/src/core/ajv.ts');
  return [...block[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

export function writeFloorValidator(root, outFile) {
  const require = createRequire(join(root, 'package.json'));
  const Ajv2020 = require('ajv/dist/2020').default;
  const standalone = require('ajv/dist/standalone').default;
  const schema = JSON.parse(readFileSync(join(root, 'schemas/intervention-v1.schema.json'), 'utf8'));
  const { _ } = require('ajv/dist/2020');
  const addFormats = require('ajv-formats').default;
  // The `date` format as the core adds it (ajv-formats); standalone code requires it by name.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  ajv.addVocabulary(annotationKeywords(root));
  addFormats(ajv, ['date']);
  const t = performance.now();
  const validate = ajv.compile(schema);
  const compileMs = performance.now() - t;
  // The generated CommonJS requires ajv's runtime helpers by package name; pin them to this checkout.
  const code = standalone(ajv, validate).replace(/require\("((?:ajv\/dist\/runtime\/|ajv-formats\/dist\/)[^"]+)"\)/g, (_, id) => `require(${JSON.stringify(require.resolve(id))})`);
  writeFileSync(outFile, code);
  return { compileMs, bytes: code.length };
}

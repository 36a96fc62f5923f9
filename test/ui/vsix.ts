/**
 * Reads the file list of a .vsix (a zip) from its central directory, and checks that the package
 * holds what the extension needs and nothing it should not (source maps, sources, tests, …).
 */
import { readFileSync } from 'node:fs';

/** Entry names of a zip archive (no external tools; stored and deflated entries alike). */
export function zipEntries(path: string): string[] {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Files that must be in the package (paths inside `extension/`). */
export const REQUIRED = [
  'package.json',
  'package.nls.json',
  'package.nls.nl.json',
  'readme.md',
  'changelog.md',
  'LICENSE.txt',
  'dist/cli.js',
  'dist/client/extension.js',
  'dist/client/browser.js',
  'dist/server/browser.js',
  'bin/intervention-lint.js',
  'schemas/intervention-v1.schema.json',
  'schemas/intervention-lint-config.schema.json',
  'docs/rules/missing-rationale.md',
  'l10n/bundle.l10n.nl.json',
  'syntaxes/intervention-yaml.tmLanguage.json',
  'walkthrough/en/create.md',
  'walkthrough/nl/create.md',
  'images/icon.png',
  'images/activity.svg',
  'language-configuration.json',
];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\.map$/, 'source map'],
  [/\.ts$/, 'TypeScript source'],
  [/(^|\/)test\//, 'tests'],
  [/(^|\/)node_modules\//, 'dependencies'],
  [/(^|\/)out\//, 'tsc output'],
  [/(^|\/)samples\//, 'samples'],
  [/(^|\/)(client|server)\/src\//, 'sources'],
  [/\.vsix$/, 'a package inside the package'],
];

/** Problems with the package's contents; empty when it is fine. */
export function vsixProblems(entries: readonly string[]): string[] {
  const files = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
  const problems: string[] = [];
  for (const required of REQUIRED) if (!files.includes(required)) problems.push(`missing: ${required}`);
  for (const file of files) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`must not ship ${what}: ${file}`);
  }
  return problems;
}

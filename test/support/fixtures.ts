/**
 * The rule fixtures as the tests see them: full files (`*.intervention.yaml`) and patches
 * (`*.patch.yaml`, applied to a base in test/fixtures/_base/) give the same thing, a named text.
 * Tests that need the fixtures on disk (the CLI, the language server) write them with `writeFixtures`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixturePatch, FixturePatchError, type LineOrigin } from './fixture-patch';
import { FIXTURES } from './paths';

export const BASES = join(FIXTURES, '_base');
const FULL = /\.intervention\.ya?ml$/;
const PATCH = /\.patch\.yaml$/;

export interface Fixture {
  /** The rule folder, e.g. `schema`. */
  readonly folder: string;
  /** The description's file name, e.g. `fires-unknown-key.intervention.yaml`, also for a patch. */
  readonly name: string;
  /** The file on disk, relative to test/fixtures (the patch for a patch). */
  readonly source: string;
  readonly text: string;
  /** Where line `n` (1-based) of `text` was written: the patch, the base or the full file. */
  readonly origin: (line: number) => LineOrigin;
  /** The text of `<name>.fixed.yaml` beside it, when there is one. */
  readonly fixed?: string;
  /** Why the patch could not be applied (`file:line: …`); `text` is empty then. */
  readonly problem?: string;
}

export function readBase(name: string, root = FIXTURES): string | undefined {
  const path = join(root, '_base', `${name}.yaml`);
  return /^[a-z0-9-]+$/.test(name) && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The base names, e.g. `samen-kijken`. */
export function baseNames(): string[] {
  return readdirSync(BASES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The rule folders (every folder of test/fixtures but `_base`). */
export function fixtureFolders(): string[] {
  return existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f !== '_base').sort() : [];
}

/** The fixtures of one folder; `root` is test/fixtures but for the tests of this loader. */
export function loadFolder(folder: string, root = FIXTURES): Fixture[] {
  const dir = join(root, folder);
  const fixtures: Fixture[] = [];
  for (const file of readdirSync(dir).sort()) {
    const full = FULL.test(file);
    if (!full && !PATCH.test(file)) continue;
    const source = `${folder}/${file}`;
    const raw = readFileSync(join(dir, file), 'utf8');
    const name = full ? file : file.replace(PATCH, '.intervention.yaml');
    const fixedPath = join(dir, name.replace(FULL, '.fixed.yaml'));
    const fixed = existsSync(fixedPath) ? readFileSync(fixedPath, 'utf8') : undefined;
    if (full) {
      fixtures.push({ folder, name, source, text: raw, origin: (line) => ({ file: source, line }), fixed });
    } else {
      let produced;
      try {
        produced = applyFixturePatch(source, raw, (base) => readBase(base, root));
      } catch (error) {
        // One broken patch fails its own test (see test/unit/fixtures.test.ts), not the loading of all.
        if (!(error instanceof FixturePatchError)) throw error;
        fixtures.push({ folder, name, source, text: '', origin: () => ({ file: source, line: error.line }), fixed, problem: error.message });
        continue;
      }
      const origins = produced.origins;
      const origin = (line: number): LineOrigin => origins[line - 1] ?? { file: source, line: 0 };
      fixtures.push({ folder, name, source, text: produced.text, origin, fixed });
    }
  }
  return fixtures;
}

/** One fixture by folder and description name (`fires-x.intervention.yaml`), full file or patch alike. */
export function fixture(folder: string, name: string): Fixture {
  const found = loadFolder(folder).find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${folder}/${name} (neither a full file nor a .patch.yaml)`);
  if (found.problem !== undefined) throw new Error(found.problem);
  return found;
}

/** Every fixture; throws on a patch that cannot be applied (the fixture test names it). */
export function loadFixtures(): Fixture[] {
  const fixtures = fixtureFolders().flatMap((folder) => loadFolder(folder));
  const broken = fixtures.find((f) => f.problem !== undefined);
  if (broken) throw new Error(broken.problem);
  return fixtures;
}

/**
 * Every file the fixtures stand for, as full texts: `<folder>/<name>` for each fixture and its
 * `.fixed.yaml`, in the order of a sorted walk of the folders (the order the fuzz corpus had
 * when every fixture was a full file, so recorded seeds replay the same cases).
 */
export function fixtureFiles(): { readonly path: string; readonly text: string }[] {
  const files = loadFixtures().flatMap((f) => [
    { path: `${f.folder}/${f.name}`, text: f.text },
    ...(f.fixed === undefined ? [] : [{ path: `${f.folder}/${f.name.replace(FULL, '.fixed.yaml')}`, text: f.fixed }]),
  ]);
  const key = (path: string): [string, string] => path.split('/') as [string, string];
  return files.sort((a, b) => {
    const [fa, na] = key(a.path);
    const [fb, nb] = key(b.path);
    return fa < fb ? -1 : fa > fb ? 1 : na < nb ? -1 : na > nb ? 1 : 0;
  });
}

/** Writes every fixture (and its `.fixed.yaml`) under `dir` as full files, for tools that read files. */
export function writeFixtures(dir: string): void {
  for (const file of fixtureFiles()) {
    mkdirSync(join(dir, file.path, '..'), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}

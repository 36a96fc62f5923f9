/**
 * The description files of a project: the configured globs resolved inside the root, as the CLI
 * and the language server both search it. Links are not followed into new folders, but a pattern
 * that names a linked folder (`link/*.yaml`) would be: every match is checked to lie inside the
 * root after resolving links, and the ones that do not are returned apart, never as files to read.
 */
import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';

export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Escape {
  /** The match as the glob returned it (absolute). */
  readonly path: string;
  /** Where it really is. */
  readonly target: string;
}

export interface ProjectFiles {
  readonly files: readonly string[];
  readonly escapes: readonly Escape[];
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** Absolute paths under `root` matching `patterns`, with the matches that resolve outside it set apart. */
export async function findProjectFiles(root: string, patterns: readonly string[]): Promise<ProjectFiles> {
  const matches = await glob([...patterns], { cwd: root, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
  const realRoot = await realpath(root);
  const realDirs = new Map<string, string | undefined>();
  const files: string[] = [];
  const escapes: Escape[] = [];
  for (const path of matches) {
    const dir = dirname(path);
    if (!realDirs.has(dir)) realDirs.set(dir, await realpath(dir).catch(() => undefined));
    const realDir = realDirs.get(dir);
    if (realDir !== undefined && inside(realRoot, realDir)) files.push(path);
    else escapes.push({ path, target: realDir ?? dir });
  }
  return { files, escapes };
}

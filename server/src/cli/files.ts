import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ALWAYS_IGNORED, findProjectFiles } from '../node/project-files';
import { InputError } from './errors';

export interface Target {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the working directory, with forward slashes: what reports show. */
  readonly display: string;
}

function toTarget(cwd: string, path: string): Target {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  const display = relative(cwd, absolute).split('\\').join('/') || absolute;
  return { path: absolute, display };
}

/** The configured globs inside a folder; a match that a link takes outside it is a config error (spec §6). */
async function expandDirectory(directory: string, patterns: readonly string[]): Promise<readonly string[]> {
  const { files, escapes } = await findProjectFiles(directory, patterns);
  const first = escapes[0];
  if (first) {
    const shown = relative(directory, first.path).split('\\').join('/');
    throw new InputError(`invalid config: the \`files\` patterns reach ${shown}${escapes.length > 1 ? ` and ${escapes.length - 1} more` : ''} through a symbolic link to ${first.target}, outside the project folder; nothing outside it is read or fixed (spec §6).`);
  }
  return files;
}

/**
 * Files, folders and globs → the description files to check. Folders are searched with the
 * configured `files` globs; a file named explicitly is checked whatever its name; a path that does
 * not exist is kept, so that it is reported as unreadable rather than silently skipped.
 */
export async function resolveTargets(cwd: string, inputs: readonly string[], patterns: readonly string[]): Promise<Target[]> {
  const found = new Set<string>();
  const add = (path: string): void => void found.add(resolve(cwd, path));
  if (inputs.length === 0) {
    for (const path of await expandDirectory(cwd, patterns)) add(path);
    return sorted(cwd, found);
  }
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob([input], { cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
      if (matches.length === 0) throw new InputError(`No files match the pattern "${input}".`);
      for (const path of matches) add(path);
      continue;
    }
    const info = await stat(resolve(cwd, input)).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const path of await expandDirectory(resolve(cwd, input), patterns)) add(path);
    } else {
      add(input);
    }
  }
  return sorted(cwd, found);
}

function sorted(cwd: string, paths: ReadonlySet<string>): Target[] {
  return [...paths].map((path) => toTarget(cwd, path)).sort((a, b) => a.display.localeCompare(b.display));
}

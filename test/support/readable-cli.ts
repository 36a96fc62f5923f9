import { chmodSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';
import { tempDir } from './workspace';

let copy: string | undefined;

/**
 * The CLI (launcher, bundle, and the package.json and rule docs it reads at run time) copied into a
 * folder every user can read. Tests that run it as `nobody` must not depend on where the checkout
 * lives: below a private (0700) home or temp folder, `nobody` cannot reach it.
 */
export function cliReadableByAll(): string {
  if (copy !== undefined) return copy;
  const dir = tempDir('il-cli-copy-');
  for (const part of ['bin/intervention-lint.js', 'dist/cli.js', 'package.json', 'docs/rules']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  for (const folder of ['', 'bin', 'dist', 'docs', 'docs/rules']) chmodSync(join(dir, folder), 0o755);
  copy = join(dir, 'bin', 'intervention-lint.js');
  return copy;
}

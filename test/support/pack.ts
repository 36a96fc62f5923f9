import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** What `npm pack` needs of the checkout: the package's files and what builds the bundle (prepack). */
const PACK_SOURCES = ['package.json', '.npmrc', 'bin', 'schemas', 'docs', 'README.md', 'LICENSE', 'CHANGELOG.md', '.pre-commit-hooks.yaml', 'esbuild.mjs', 'tsconfig.base.json', 'server'];

/** What `npm start` needs: the sources it builds, the samples it checks and the repository's config. */
const START_SOURCES = ['package.json', '.npmrc', '.intervention-lint.yaml', 'bin', 'schemas', 'docs', 'l10n', 'esbuild.mjs', 'tsconfig.base.json', 'server', 'client', 'samples'];

/**
 * A copy of the checkout's `names` with the checkout's node_modules linked in: for npm scripts that
 * rebuild dist/, which must not replace the checkout's build while other tests run its CLI.
 */
export function checkoutCopy(names: readonly string[] = START_SOURCES, prefix = 'il-checkout-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    for (const name of names) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    // esbuild and the bundled libraries come from the checkout's install.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export interface Packed {
  /** The tarball, in a folder of its own. */
  readonly tarball: string;
  /** What `npm pack` printed on standard output (pre-commit reads the tarball name from it). */
  readonly stdout: string;
  /** Removes the copy and the tarball. */
  readonly remove: () => void;
}

/**
 * `npm pack` as a publisher would run it, but in a copy of the checkout: prepack rebuilds the bundle
 * for production, and that must not replace the checkout's development build in dist/.
 */
export function packIntoCopy(): Packed {
  const { dir: copy, remove: removeCopy } = checkoutCopy(PACK_SOURCES, 'il-pack-src-');
  const out = mkdtempSync(join(tmpdir(), 'il-pack-'));
  const remove = (): void => {
    removeCopy();
    rmSync(out, { recursive: true, force: true });
  };
  try {
    const stdout = execFileSync('npm', ['pack', '--pack-destination', out], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const name = readdirSync(out).find((f) => f.endsWith('.tgz'));
    if (name === undefined) throw new Error(`npm pack wrote no tarball; it printed: ${stdout}`);
    return { tarball: join(out, name), stdout, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

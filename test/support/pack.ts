import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** What `npm pack` needs of the checkout: the package's files and what builds the bundle (prepack). */
const PACK_SOURCES = ['package.json', '.npmrc', 'bin', 'schemas', 'docs', 'README.md', 'LICENSE', 'CHANGELOG.md', '.pre-commit-hooks.yaml', 'esbuild.mjs', 'tsconfig.base.json', 'server'];

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
  const copy = mkdtempSync(join(tmpdir(), 'il-pack-src-'));
  const out = mkdtempSync(join(tmpdir(), 'il-pack-'));
  const remove = (): void => {
    rmSync(copy, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  };
  try {
    for (const name of PACK_SOURCES) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
    // esbuild and the bundled libraries come from the checkout's install.
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const stdout = execFileSync('npm', ['pack', '--pack-destination', out], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const name = readdirSync(out).find((f) => f.endsWith('.tgz'));
    if (name === undefined) throw new Error(`npm pack wrote no tarball; it printed: ${stdout}`);
    return { tarball: join(out, name), stdout, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

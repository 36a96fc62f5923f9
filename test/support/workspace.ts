import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made = new Set<string>();
// A targeted run (`mocha --no-config file.js`) skips the root hook in temp-root.ts; this still
// leaves the temp dir as it was when the process ends.
process.once('exit', () => removeTempDirs());

/**
 * A fresh temp folder, removed at the end of the run at the latest (test/support/temp-root.ts, or
 * when the process exits);
 * tests that remove it earlier themselves lose nothing.
 */
export function tempDir(prefix = 'il-tmp-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** A fresh folder with the given files, for a test's workspace. */
export function makeWorkspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir('il-ws-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Removes every folder made by `tempDir` and `makeWorkspace`; returns how many there were. */
export function removeTempDirs(): number {
  const count = made.size;
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
  return count;
}

// Packages the VS Code extension (intervention-lint.vsix) from a staging copy of the checkout.
// The npm package is described by "files" in package.json, the extension by .vscodeignore, and vsce
// refuses a package.json with both. So vsce runs on a copy whose package.json has no "files"; the
// checkout itself is left as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const root = process.cwd();
const output = 'intervention-lint.vsix';
// What vsce never ships (.vscodeignore drops the rest); skipping them keeps the copy small and quick.
const skipped = new Set(['node_modules', '.git', 'out', 'test', 'bench', '.vscode-test', 'test-results', output]);

const stage = mkdtempSync(join(tmpdir(), 'il-vsix-'));
try {
  cpSync(root, stage, {
    recursive: true,
    filter: (source) => {
      const top = relative(root, source).split(sep)[0];
      return top === '' || !skipped.has(top);
    },
  });
  const manifest = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8'));
  delete manifest.files;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--readme-path', 'client/README.md', '-o', output];
  const run = spawnSync(process.execPath, [vsce, ...args], { cwd: stage, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // A rename across file systems (tmpfs → disk) fails; copy then.
  try {
    renameSync(join(stage, output), join(root, output));
  } catch {
    copyFileSync(join(stage, output), join(root, output));
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}

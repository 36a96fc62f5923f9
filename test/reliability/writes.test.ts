/**
 * Cases 3 and 12 of the hardening issue: every output goes through one atomic writer that never
 * writes through a symbolic link or onto a special file and keeps mode, owner and group; `export`
 * keeps an existing worksheet unless `--force`; `--fix` skips read-only files.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WriteRefusedError, writeAtomic } from '../../server/src/node/atomic-write';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

const VICTIM = 'do not overwrite me\n';
/** A description with an error (a schema finding) and a safe fix (the label). */
const fixable = (): string => completeSample().replace('label: small', 'label: groot');

describe('one atomic writer for every output: no write through a link, onto a special file, or over a kept file', function () {
  this.timeout(60_000);
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = tempDir('il-writes-');
    outside = tempDir('il-writes-victim-');
    writeFileSync(join(outside, 'victim'), VICTIM);
    writeFileSync(join(dir, 'a.intervention.yaml'), completeSample());
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const victimUntouched = (): void => assert.equal(readFileSync(join(outside, 'victim'), 'utf8'), VICTIM, 'the link target was overwritten');

  for (const [name, args, linkName] of [
    ['--output', ['--format', 'json', '--output', 'out.json'], 'out.json'],
    ['--format x:path', ['--format', 'sarif:out.sarif'], 'out.sarif'],
    ['--update-baseline', ['--update-baseline', 'baseline.json'], 'baseline.json'],
    ['report --output', ['report', 'a.intervention.yaml', '--output', 'report.md'], 'report.md'],
    ['export --output', ['export', 'a.intervention.yaml', '--output', 'sheet.md'], 'sheet.md'],
    ['export docx (default name)', ['export', 'a.intervention.yaml', '--format', 'docx', '--force'], 'voorbeeld-samen-kijken-werkblad.docx'],
    ['summary --output', ['summary', '.', '--output', 'summary.txt'], 'summary.txt'],
  ] as const) {
    it(`${name}: refuses a symbolic link at the target (exit 2, a message, the target untouched)`, async () => {
      symlinkSync(join(outside, 'victim'), join(dir, linkName));
      const run = await runCli([...args], { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /is a symbolic link .*; not written/);
      assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
      victimUntouched();
      assert.ok(lstatSync(join(dir, linkName)).isSymbolicLink());
    });
  }

  it('--cache: a committed cache link is neither read nor written; the run still reports (exit by findings)', async () => {
    writeFileSync(join(dir, 'a.intervention.yaml'), completeSample().replace('category: sensitivity', 'category: wrong'));
    symlinkSync(join(outside, 'victim'), join(dir, '.intervention-lint-cache'));
    const run = await runCli(['--cache'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cache not saved: .*is a symbolic link/);
    victimUntouched();
  });

  it('refuses a FIFO or a folder as an output without blocking', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const fifo = await runCli(['--format', 'json', '--output', 'pipe.json'], { cwd: dir });
    assert.equal(fifo.code, 2);
    assert.match(fifo.stderr, /pipe\.json: is not a regular file; not written/);
  });

  it('export keeps an existing worksheet unless --force', async () => {
    writeFileSync(join(dir, 'sheet.md'), 'edited by hand\n');
    const kept = await runCli(['export', 'a.intervention.yaml', '--output', 'sheet.md'], { cwd: dir });
    assert.equal(kept.code, 2);
    assert.match(kept.stderr, /sheet\.md: already exists \(use --force to replace it\); not written/);
    assert.equal(readFileSync(join(dir, 'sheet.md'), 'utf8'), 'edited by hand\n');
    const forced = await runCli(['export', 'a.intervention.yaml', '--output', 'sheet.md', '--force'], { cwd: dir });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(join(dir, 'sheet.md'), 'utf8'), /^# /m);
  });

  it('replacing an output keeps its mode, owner and group and leaves no temporary file', async () => {
    const out = join(dir, 'out.json');
    writeFileSync(out, '[]');
    chmodSync(out, 0o640);
    if (process.getuid?.() === 0) chownSync(out, 4321, 4322);
    const before = statSync(out);
    const run = await runCli(['--format', 'json', '--output', 'out.json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const after = statSync(out);
    assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place');
    assert.equal(after.mode & 0o7777, 0o640);
    assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
    assert.deepEqual(readdirSync(dir).sort(), ['a.intervention.yaml', 'out.json']);
  });

  it('writeAtomic refuses a link, a special file and (when told) an existing file, and leaves nothing behind', async () => {
    symlinkSync(join(outside, 'victim'), join(dir, 'link'));
    await assert.rejects(writeAtomic(join(dir, 'link'), 'x'), WriteRefusedError);
    await assert.rejects(writeAtomic(dir, 'x'), WriteRefusedError);
    await assert.rejects(writeAtomic(join(dir, 'a.intervention.yaml'), 'x', { overwrite: false }), /already exists/);
    victimUntouched();
    assert.deepEqual(readdirSync(dir).sort(), ['a.intervention.yaml', 'link']);
  });
});

describe('--fix: read-only files are skipped and reported, owner and group are kept', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('il-fix-owner-')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('skips a 0444 file, says so, and leaves its bytes and mode alone', async () => {
    const file = join(dir, 'a.intervention.yaml');
    writeFileSync(file, fixable());
    chmodSync(file, 0o444);
    const run = await runCli(['--fix', 'a.intervention.yaml'], { cwd: dir });
    assert.match(run.stderr, /a\.intervention\.yaml: read-only; not fixed/);
    assert.equal(readFileSync(file, 'utf8'), fixable());
    assert.equal(statSync(file).mode & 0o777, 0o444);
  });

  it('keeps the owner and group of a fixed file', async () => {
    const file = join(dir, 'a.intervention.yaml');
    writeFileSync(file, fixable());
    // As root the file gets a stranger's owner, so that keeping it is visible; otherwise our own.
    const [uid, gid] = process.getuid?.() === 0 ? [4321, 4322] : [statSync(file).uid, statSync(file).gid];
    chownSync(file, uid, gid);
    const run = await runCli(['--fix', 'a.intervention.yaml'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.notEqual(readFileSync(file, 'utf8'), fixable(), 'the fix was applied');
    const info = statSync(file);
    assert.deepEqual([info.uid, info.gid], [uid, gid]);
  });
});

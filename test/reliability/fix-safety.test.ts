import { strict as assert } from 'node:assert';
import { chmodSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAll } from '../../server/src/cli/check';
import { planFixes, writeFixes } from '../../server/src/cli/fix';
import { ChangedOnDiskError, writeAtomic } from '../../server/src/node/atomic-write';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

/** A complete sample with two safe fixes to make (format, one label), comments, CRLF and a BOM. */
function fixable(): { before: string; after: string } {
  const base = completeSample();
  const label = base.indexOf('label: small');
  assert.ok(label > 0 && base.startsWith('format: intervention/v1\n'));
  const broken = `${base.slice(0, label)}label: groot   # stond eerst verkeerd${base.slice(label + 'label: small'.length)}`.replace('format: intervention/v1', "format: 'intervention/v2' # oud");
  const fixed = `${base.slice(0, label)}label: klein   # stond eerst verkeerd${base.slice(label + 'label: small'.length)}`.replace('format: intervention/v1', "format: 'intervention/v1' # oud");
  const crlf = (text: string): string => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
  return { before: crlf(broken), after: crlf(fixed) };
}

describe('--fix is safe: exact bytes, line ends, BOM, atomic replacement, never over a newer edit', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('il-fix-safety-')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes exactly the fixed values: every other byte, the CRLF line ends, the BOM and the comments stay', async () => {
    const { before, after } = fixable();
    writeFileSync(join(dir, 'a.intervention.yaml'), before);
    const run = await runCli(['--fix', 'a.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(readFileSync(join(dir, 'a.intervention.yaml')).equals(Buffer.from(after)), 'the file differs from the expected bytes');
  });

  it('replaces the file atomically: a new inode, no temporary file left, permissions kept', async () => {
    const { before } = fixable();
    const file = join(dir, 'a.intervention.yaml');
    writeFileSync(file, before);
    chmodSync(file, 0o664);
    const inode = statSync(file).ino;
    const run = await runCli(['--fix', 'a.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.notEqual(statSync(file).ino, inode, 'the file was rewritten in place instead of replaced');
    assert.equal(statSync(file).mode & 0o777, 0o664, 'permissions changed');
    assert.deepEqual(readdirSync(dir), ['a.intervention.yaml']);
  });

  it('never lets a reader see a partial file, while the directory shows a temporary file renamed into place', async () => {
    // 1.5 MB, so that a non-atomic write would be caught half-way.
    const padding = Array.from({ length: 24_000 }, (_, i) => `# opvulregel ${i} ${'x'.repeat(48)}`).join('\r\n');
    const { before, after } = fixable();
    const big = { before: `${before}${padding}\r\n`, after: `${after}${padding}\r\n` };
    const file = join(dir, 'big.intervention.yaml');
    writeFileSync(file, big.before);
    const events: string[] = [];
    const watcher = watch(dir, (event, name) => events.push(`${event}:${String(name)}`));
    const seen = new Set<string>();
    let running = true;
    const reader = (async () => {
      while (running) {
        try {
          seen.add(readFileSync(file, 'utf8'));
        } catch {
          seen.add('<missing>');
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const run = await runCli(['--fix', 'big.intervention.yaml'], { cwd: dir });
    running = false;
    await reader;
    seen.add(readFileSync(file, 'utf8'));
    watcher.close();
    assert.equal(run.code, 0, run.stderr);
    for (const content of seen) assert.ok(content === big.before || content === big.after, `a reader saw ${content === '<missing>' ? 'no file' : `${content.length} partial characters`}`);
    assert.ok(seen.has(big.after));
    assert.ok(events.some((e) => /\.big\.intervention\.yaml\.[0-9a-f]+\.tmp$/.test(e)), `no temporary file seen: ${events.join(', ')}`);
  });

  it('fixes the file behind a symbolic link and keeps the link', async () => {
    const { before, after } = fixable();
    writeFileSync(join(dir, 'real.intervention.yaml'), before);
    symlinkSync('real.intervention.yaml', join(dir, 'link.intervention.yaml'));
    const run = await runCli(['--fix', 'link.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(dir, 'link.intervention.yaml')).isSymbolicLink(), 'the link was replaced by a copy');
    assert.equal(readFileSync(join(dir, 'real.intervention.yaml'), 'utf8'), after);
  });

  it('does not write when the file changed on disk after it was read (writeFixes)', async () => {
    const { before } = fixable();
    const file = join(dir, 'a.intervention.yaml');
    writeFileSync(file, before);
    const reports = await checkAll([{ path: file, display: 'a.intervention.yaml' }], DEFAULT_CONFIG, TODAY);
    const outcomes = planFixes(reports, DEFAULT_CONFIG, TODAY);
    assert.ok(outcomes[0]!.fixed !== undefined, 'there is something to fix');
    const newer = `${before}# the author's newer edit\r\n`;
    writeFileSync(file, newer);
    const problems = await writeFixes(outcomes);
    assert.deepEqual(problems, { problems: ['a.intervention.yaml: changed on disk after it was read; not written'], skipped: [] });
    assert.equal(readFileSync(file, 'utf8'), newer);
    assert.deepEqual(readdirSync(dir), ['a.intervention.yaml']);
  });

  it('does not write when the file differs from what was read (writeAtomic), and leaves no temporary file', async () => {
    const file = join(dir, 'a.intervention.yaml');
    writeFileSync(file, 'on disk');
    await assert.rejects(writeAtomic(file, Buffer.from('fixed'), { expected: Buffer.from('what was read') }), ChangedOnDiskError);
    assert.equal(readFileSync(file, 'utf8'), 'on disk');
    assert.deepEqual(readdirSync(dir), ['a.intervention.yaml']);
  });
});

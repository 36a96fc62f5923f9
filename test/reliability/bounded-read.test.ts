/**
 * Case 8 of the hardening issue (the CLI side; the server side is in lsp-bounded-read.test.ts):
 * one bounded, regular-files-only reader for descriptions and configs. A FIFO never blocks, a
 * device is never read, a sparse giant is refused by its size.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { readBounded } from '../../server/src/node/bounded-read';
import { fileUri, messageText, startServer } from '../support/lsp-client';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

describe('the bounded reader: regular files only, never past the limit', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir('il-read-');
    writeFileSync(join(dir, 'a.intervention.yaml'), completeSample());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO without waiting for a writer, a device and a folder', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    assert.deepEqual(await readBounded(join(dir, 'pipe'), 1000), { kind: 'error', message: 'a named pipe (FIFO), not a regular file', code: 'ENOTREG' });
    assert.deepEqual(await readBounded('/dev/urandom', 1000), { kind: 'error', message: 'a device, not a regular file', code: 'ENOTREG' });
    assert.equal((await readBounded(dir, 1000)).kind, 'error');
  });

  it('refuses a sparse 300 MB file by its size, reading nothing', async () => {
    const fd = openSync(join(dir, 'sparse'), 'w');
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    assert.deepEqual(await readBounded(join(dir, 'sparse'), 2 * 1024 * 1024), { kind: 'too-large', bytes: 300 * 1024 * 1024 });
    assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024);
  });

  it('the CLI with a FIFO as its config exits 2 with a message instead of hanging', async () => {
    execFileSync('mkfifo', [join(dir, '.intervention-lint.yaml')]);
    const run = await runCli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Cannot read config .*\.intervention-lint\.yaml: a named pipe \(FIFO\), not a regular file/);
  });

  it('the CLI with a config linked to /dev/urandom exits 2 at once', async () => {
    symlinkSync('/dev/urandom', join(dir, '.intervention-lint.yaml'));
    const started = performance.now();
    const run = await runCli([], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /a device, not a regular file/);
    assert.ok(performance.now() - started < 5000);
  });

  it('the CLI with a FIFO named explicitly reports it and checks the other file', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.intervention.yaml')]);
    const run = await runCli(['--format', 'json', 'pipe.intervention.yaml', 'a.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read pipe\.intervention\.yaml: a named pipe \(FIFO\), not a regular file/);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  for (const [name, make] of [
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a link to /dev/urandom', (path: string) => symlinkSync('/dev/urandom', path)],
  ] as const) {
    it(`the language server with ${name} as its config: a config diagnostic at once, the files still checked`, async () => {
      make(join(dir, '.intervention-lint.yaml'));
      writeFileSync(join(dir, 'b.intervention.yaml'), completeSample().replace('category: sensitivity', 'category: wrong'));
      const started = performance.now();
      const session = await startServer({ root: dir });
      try {
        const config = await session.waitForDiagnostics(fileUri(join(dir, '.intervention-lint.yaml')), (p) => p.diagnostics.length > 0);
        assert.match(messageText(config.diagnostics[0]), /Cannot read \.intervention-lint\.yaml: a (named pipe \(FIFO\)|device), not a regular file/);
        const file = await session.waitForDiagnostics(fileUri(join(dir, 'b.intervention.yaml')), (p) => p.diagnostics.length > 0);
        assert.ok(file.diagnostics.some((d) => d.code === 'schema'));
        assert.ok(performance.now() - started < 10_000);
      } finally {
        await session.close();
      }
    });
  }
});

/**
 * The suites run without mocha's `exit: true`, so a leaked handle would keep the process (and CI)
 * waiting. The root hook in support/temp-root.ts turns that into a failure that names the handle;
 * here a real mocha process runs a test that leaks a server, and one that does not.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';
import { makeWorkspace } from '../support/workspace';

const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const HOOK = join(ROOT, 'out', 'test', 'support', 'temp-root.js');

function runMocha(cwd: string, file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A run folder of its own: the inner run removes its folder at the end.
    const env: NodeJS.ProcessEnv = { ...process.env, IL_TEST_EXIT_GRACE_MS: '300', NO_COLOR: '1' };
    delete env['IL_TEST_RUN_DIR'];
    const child = spawn(process.execPath, [MOCHA, '--no-config', '--require', HOOK, file], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the test process exits on its own, or names what kept it alive', () => {
  let dir = '';
  before(() => {
    dir = makeWorkspace({
      'leak.test.js': "it('leaves a server listening', (done) => { require('node:net').createServer().listen(0, '127.0.0.1', done); });\n",
      'clean.test.js': "it('closes its server', (done) => { const s = require('node:net').createServer().listen(0, '127.0.0.1', () => s.close(done)); });\n",
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a leaked server fails the run with its name, after the tests passed', async () => {
    const run = await runMocha(dir, 'leak.test.js');
    assert.match(run.stdout, /1 passing/);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /still alive .* a test left open .*Server/);
  });

  it('a run that closes what it opened exits 0 at once', async () => {
    const run = await runMocha(dir, 'clean.test.js');
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /still alive/);
  });
});

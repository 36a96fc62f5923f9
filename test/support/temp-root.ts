/**
 * Loaded by mocha before the tests (.mocharc `require`): the whole run gets a temp folder of its own
 * as TMPDIR (inherited by every CLI, server and tool process the tests start, and by mocha's
 * workers in `--parallel` mode, which load this file again and find the folder in the environment).
 * After the tests (per file in a parallel worker) the folders they made are removed; at the very
 * end (global teardown, in the main process) the run's folder must be empty of `il-` folders: any
 * left is a test that creates temp folders without `tempDir`/`makeWorkspace`. Then the run's folder
 * goes too, so the machine's temp dir is as it was. Readable by all (0755): the hostile tests run
 * the CLI as `nobody` in folders below it.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTempDirs } from './workspace';

const RUN_DIR = process.env['IL_TEST_RUN_DIR'] ?? mkdtempSync(join(tmpdir(), 'il-test-run-'));
chmodSync(RUN_DIR, 0o755);
process.env['IL_TEST_RUN_DIR'] = RUN_DIR;
process.env['TMPDIR'] = RUN_DIR;

/** How long after the last test the process may take to exit on its own (a test of this hook shortens it). */
const EXIT_GRACE_MS = Number(process.env['IL_TEST_EXIT_GRACE_MS'] ?? 15_000);

/**
 * Mocha runs without `exit: true`, so a handle a test leaves open (a child process, a socket, a
 * watcher, a timer) keeps the process alive after the summary. Rather than hang CI until its
 * timeout, this names what is still open and fails the run. The timer is unref'd: it fires only
 * when something else keeps the process alive.
 */
function failIfStillAlive(): void {
  setTimeout(() => {
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    const stdio: unknown[] = [process.stdin, process.stdout, process.stderr];
    const described = handles.filter((handle) => !stdio.includes(handle)).map(describeHandle);
    process.stderr.write(
      `\nThe test process is still alive ${EXIT_GRACE_MS / 1000} s after the last test: a test left open ${described.join('; ') || process.getActiveResourcesInfo().join(', ')}\n`,
    );
    // Mocha's own 'exit' listener sets the exit code to the failure count; this one runs after it.
    process.on('exit', () => (process.exitCode = 1));
    process.exit(1);
  }, EXIT_GRACE_MS).unref();
}

function describeHandle(handle: unknown): string {
  if (typeof handle !== 'object' || handle === null) return String(handle);
  const name = handle.constructor.name;
  const record = handle as Record<string, unknown>;
  if (Array.isArray(record['spawnargs'])) return `${name}(${(record['spawnargs'] as unknown[]).join(' ')}, pid ${String(record['pid'])})`;
  if (typeof record['remotePort'] === 'number') return `${name}(${String(record['remoteAddress'])}:${record['remotePort']})`;
  if (typeof record['_idleTimeout'] === 'number') return `${name}(${record['_idleTimeout']} ms)`;
  return name;
}

export const mochaHooks = {
  afterAll(): void {
    removeTempDirs();
  },
};

/**
 * Runs once, in the main process. In `--parallel` mode mocha's pool ends its workers itself, so
 * the still-alive check covers the main process only; the serial full suite covers the rest.
 */
export function mochaGlobalTeardown(): void {
  failIfStillAlive();
  // The folders made through tempDir/makeWorkspace went in the root afterAll (per file in a worker).
  const left = readdirSync(RUN_DIR).filter((name) => name.startsWith('il-'));
  rmSync(RUN_DIR, { recursive: true, force: true });
  assert.deepEqual(left, [], `temp folders the tests left behind in ${RUN_DIR}`);
}

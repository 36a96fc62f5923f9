/**
 * Loaded by mocha before the tests (.mocharc `require`): the whole run gets a temp folder of its own
 * as TMPDIR (inherited by every CLI, server and tool process the tests start), and at the end the
 * folders the tests made are removed and the run's folder must be empty of `il-` folders: any left
 * is a test that creates temp folders without `tempDir`/`makeWorkspace`. Then the run's folder goes
 * too, so the machine's temp dir is as it was. Readable by all (0755): the hostile tests run the CLI
 * as `nobody` in folders below it.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTempDirs } from './workspace';

const RUN_DIR = mkdtempSync(join(tmpdir(), 'il-test-run-'));
chmodSync(RUN_DIR, 0o755);
process.env['TMPDIR'] = RUN_DIR;

export const mochaHooks = {
  afterAll(): void {
    removeTempDirs();
    const left = readdirSync(RUN_DIR).filter((name) => name.startsWith('il-'));
    rmSync(RUN_DIR, { recursive: true, force: true });
    assert.deepEqual(left, [], `temp folders the tests left behind in ${RUN_DIR}`);
  },
};

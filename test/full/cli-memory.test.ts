/**
 * A large run does not hold the texts: the CLI's peak RSS over a generated corpus (the bench's
 * generator, 5,000 descriptions, ~40 MiB of YAML) stays within the issue-16 bound, in one process
 * (and, with a worker thread, by one thread's heap more). A figure with a bound, not a time: part of
 * `npm run test:full`.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT } from '../support/paths';
import { tempDir } from '../support/workspace';

const FILES = 5000;
const LIMIT_MIB = 200;
/** What one more checking thread may add (its V8 heap and compiled code). */
const PER_THREAD_MIB = 100;

/** Runs the CLI with a preload that reports the process's peak RSS (KiB) when it exits. */
function peakRss(cwd: string, args: readonly string[], preload: string): Promise<{ code: number | null; peakMiB: number; outBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (outBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const match = /peak-rss-kib=(\d+)/.exec(stderr);
      if (!match) return reject(new Error(`no peak RSS reported (exit ${code}): ${stderr.slice(-500)}`));
      resolve({ code, peakMiB: Number(match[1]) / 1024, outBytes });
    });
  });
}

describe(`a check of ${FILES.toLocaleString('en-US')} files keeps findings, not texts`, function () {
  this.timeout(900_000);
  const dir = tempDir('il-memory-');
  const preload = join(dir, 'peak-rss.js');

  before(() => {
    writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `peak-rss-kib=${process.resourceUsage().maxRSS}\\n`));\n");
    const corpus = join(ROOT, 'bench', 'lib', 'corpus.mjs');
    execFileSync(process.execPath, ['--input-type=module', '-e', `import { writeCorpus } from ${JSON.stringify(corpus)}; writeCorpus(${JSON.stringify(join(dir, 'corpus'))}, { count: ${FILES}, seed: 42 });`]);
    assert.equal(readdirSync(join(dir, 'corpus', 'files')).length, FILES);
  });

  // One process: the issue-16 bound (before the reports were made lean: ~400 MiB here). With a
  // worker thread, that thread's own heap and copy of the code come on top (~90 MiB measured).
  for (const [workers, limit] of [['0', LIMIT_MIB], ['2', LIMIT_MIB + PER_THREAD_MIB]] as const) {
    it(`--workers ${workers}: peak RSS ≤ ${limit} MiB with JSON output of every finding`, async () => {
      const run = await peakRss(join(dir, 'corpus'), ['check', 'files', '--workers', workers, '--format', 'json'], preload);
      assert.equal(run.code, 1, 'the seeded defects are found');
      assert.ok(run.outBytes > 500_000, `the findings are written (${run.outBytes} bytes)`);
      assert.ok(run.peakMiB <= limit, `peak RSS ${run.peakMiB.toFixed(0)} MiB`);
    });
  }
});

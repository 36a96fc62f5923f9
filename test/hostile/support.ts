/**
 * Budgets and measurements for the hostile-input corpus: time and memory of in-process checks and
 * of real CLI processes (peak RSS from /proc), and the figures for `npm run fuzz`
 * (HOSTILE_REPORT=file writes them as JSON).
 */
import { strict as assert } from 'node:assert';
import { spawn, type SpawnOptions } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CLI } from '../support/paths';
import { cliReadableByAll } from '../support/readable-cli';

/** Generous bounds: every hostile case must finish within these, with a clear finding or error. */
export const BUDGET = { ms: 10_000, rssGrowthMiB: 1024 } as const;

export interface HostileFigure {
  readonly name: string;
  readonly ms: number;
  readonly rssGrowthMiB: number | undefined;
  readonly outcome: string;
  /** For a measurement that covers several hostile cases at once (a whole folder): a larger time budget. */
  readonly budgetMs?: number;
}

const FIGURES: HostileFigure[] = [];

export function record(figure: HostileFigure): void {
  FIGURES.push(figure);
  const budget = figure.budgetMs ?? BUDGET.ms;
  assert.ok(figure.ms < budget, `${figure.name} took ${Math.round(figure.ms)} ms (budget ${budget} ms)`);
  if (figure.rssGrowthMiB !== undefined) {
    assert.ok(figure.rssGrowthMiB < BUDGET.rssGrowthMiB, `${figure.name} grew RSS by ${Math.round(figure.rssGrowthMiB)} MiB (budget ${BUDGET.rssGrowthMiB} MiB)`);
  }
}

const MiB = 1024 * 1024;

/** Runs `work` in this process; the memory figure is the growth of the peak RSS over the RSS before. */
export function measure<T>(work: () => T): { result: T; ms: number; rssGrowthMiB: number } {
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  const peak = peakAfter > peakBefore ? peakAfter : process.memoryUsage().rss;
  return { result, ms, rssGrowthMiB: Math.max(0, peak - rssBefore) / MiB };
}

/** The peak RSS of a process so far (VmHWM), or undefined where /proc is not available. */
function peakRssMiB(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kB) ? kB / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface MeasuredRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** The CLI process's peak RSS, sampled from /proc while it ran. */
  readonly peakMiB: number | undefined;
}

/** Runs the real CLI, optionally as another user (to make chmod 000 effective when the tests run as root). */
export function runCliMeasured(args: readonly string[], options: { cwd: string; env?: Record<string, string>; uid?: number; gid?: number }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const spawnOptions: SpawnOptions = {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    };
    const started = performance.now();
    const child = spawn(process.execPath, [options.uid !== undefined ? cliReadableByAll() : CLI, ...args], spawnOptions);
    let stdout = '';
    let stderr = '';
    let peakMiB: number | undefined;
    const sample = (): void => {
      const now = peakRssMiB(child.pid);
      if (now !== undefined) peakMiB = Math.max(peakMiB ?? 0, now);
    };
    const sampler = setInterval(sample, 20);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakMiB });
    });
  });
}

/** When the tests run as root, chmod 000 does not stop reads: such cases run the CLI as `nobody`. */
export const AS_OTHER_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Lets `nobody` into a test folder created by root (mkdtemp makes it 0700). */
export function openUp(...dirs: string[]): void {
  if (process.getuid?.() === 0) for (const dir of dirs) chmodSync(dir, 0o755);
}

/** Writes the figures for `npm run fuzz`. */
after(function () {
  const report = process.env['HOSTILE_REPORT'];
  if (report === undefined || report === '' || FIGURES.length === 0) return;
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, `${JSON.stringify(FIGURES, null, 2)}\n`);
});

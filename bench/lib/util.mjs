/** Small helpers shared by the bench scripts: timed child processes, statistics, formatting. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** VmHWM (peak resident set, KiB) and thread count of a live process, or undefined. */
export function procStatus(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    const threads = /Threads:\s+(\d+)/.exec(status);
    return { rssKb: hwm ? Number(hwm[1]) : undefined, threads: threads ? Number(threads[1]) : undefined };
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` and resolves with wall time (spawn → exit), exit code, captured stdout and the
 * peak RSS sampled from /proc every 25 ms (the last sample before exit; Linux only).
 */
export function timed(command, args, { cwd, env, capture = true, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    let stderr = '';
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let rss;
    let maxThreads = 0;
    let timedOut = false;
    const poll = setInterval(() => {
      const s = procStatus(child.pid);
      rss = s?.rssKb ?? rss;
      maxThreads = Math.max(maxThreads, s?.threads ?? 0);
    }, 25);
    const killer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (c) => {
      if (capture) chunks.push(c);
    });
    child.stderr.on('data', (c) => {
      if (stderr.length < 20_000) stderr += c.toString();
    });
    child.on('error', (error) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ ms: performance.now() - t0, code: null, error: error.message, stdout: '', stderr, rssKb: rss, maxThreads, timedOut });
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ ms, code, signal, stdout: Buffer.concat(chunks).toString('utf8'), stderr, rssKb: rss, maxThreads, timedOut });
    });
  });
}

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function percentile(values, p) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

export const round = (x, digits = 0) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function fmt(x, digits = 0) {
  if (x == null || !Number.isFinite(x)) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    availableParallelism: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const loadavg = () => os.loadavg().map((x) => round(x, 2));

/**
 * `npm run fuzz`: the long fuzz run (every property × FUZZ_RUNS, default 10, ≥ 200,000 cases) and
 * the hostile-input corpus, then their figures into docs/reliability.md between the
 * `<!-- figures:begin -->` and `<!-- figures:end -->` markers. Exits with mocha's exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const RESULTS = join(ROOT, 'test-results');
const FUZZ_REPORT = join(RESULTS, 'fuzz-figures.json');
const HOSTILE_REPORT = join(RESULTS, 'hostile-figures.json');
const DOC = join(ROOT, 'docs', 'reliability.md');
const BEGIN = '<!-- figures:begin (written by `npm run fuzz`) -->';
const END = '<!-- figures:end -->';

interface Figure {
  name: string;
  cases: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  totalMs: number;
  seed: number | undefined;
}
interface FuzzReport {
  runsMultiplier: number;
  hangMs: number;
  unhandledRejections: number;
  properties: Figure[];
  node: string;
  finished: string;
}
interface HostileFigure {
  name: string;
  ms: number;
  rssGrowthMiB: number | undefined;
  outcome: string;
}

function mocha(files: string, env: Record<string, string>): number {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', '0', files], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout: Number(process.env['FUZZ_MAX_MINUTES'] ?? 180) * 60_000,
  });
  console.log(`${files}: exit ${result.status ?? result.signal} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result.status ?? 1;
}

const ms = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);

function fuzzTable(report: FuzzReport): string {
  const rows = report.properties.map((p) => `| ${p.name} | ${p.cases.toLocaleString('en')} | ${p.crashes} | ${p.hangs} | ${ms(p.slowestMs)} | ${ms(p.totalMs)} | ${p.seed ?? ''} |`);
  const total = report.properties.reduce((sum, p) => ({ cases: sum.cases + p.cases, crashes: sum.crashes + p.crashes, hangs: sum.hangs + p.hangs, ms: sum.ms + p.totalMs }), { cases: 0, crashes: 0, hangs: 0, ms: 0 });
  return [
    `Long run of ${report.finished.slice(0, 10)} (Node ${report.node}, FUZZ_RUNS=${report.runsMultiplier}, a case over ${report.hangMs} ms counts as a hang):`,
    '',
    '| property | cases | crashes | hangs | slowest case | time | seed |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows,
    `| **total** | **${total.cases.toLocaleString('en')}** | **${total.crashes}** | **${total.hangs}** | | ${ms(total.ms)} | |`,
    '',
    `Unhandled rejections: **${report.unhandledRejections}**.`,
  ].join('\n');
}

function hostileTable(figures: readonly HostileFigure[]): string {
  return [
    'Hostile inputs (same run):',
    '',
    '| case | outcome | time | memory¹ |',
    '|---|---|---:|---:|',
    ...figures.map((f) => `| ${f.name} | ${f.outcome} | ${ms(f.ms)} | ${f.rssGrowthMiB === undefined ? '—' : `${Math.round(f.rssGrowthMiB)} MiB`} |`),
    '',
    '¹ In-process cases (core, fixAll, language features): growth of the peak RSS of the test process. CLI and LSP cases: the peak RSS of the whole CLI or server process.',
  ].join('\n');
}

function main(): number {
  mkdirSync(RESULTS, { recursive: true });
  const runs = process.env['FUZZ_RUNS'] ?? '10';
  // FUZZ_FIGURES_ONLY=1: write the figures of the last run again without running anything.
  const rerun = process.env['FUZZ_FIGURES_ONLY'] !== '1';
  if (rerun) {
    rmSync(FUZZ_REPORT, { force: true });
    rmSync(HOSTILE_REPORT, { force: true });
  }
  const fuzzCode = rerun ? mocha('out/test/fuzz/*.test.js', { FUZZ_RUNS: runs, FUZZ_REPORT }) : 0;
  const hostileCode = rerun ? mocha('out/test/hostile/*.test.js', { HOSTILE_REPORT }) : 0;
  const parts: string[] = [];
  let enough = true;
  if (existsSync(FUZZ_REPORT)) {
    const report = JSON.parse(readFileSync(FUZZ_REPORT, 'utf8')) as FuzzReport;
    parts.push(fuzzTable(report));
    const total = report.properties.reduce((sum, p) => sum + p.cases, 0);
    enough = report.runsMultiplier < 10 || total >= 200_000;
    if (!enough) console.error(`only ${total} cases: the long run must try at least 200,000`);
  }
  if (existsSync(HOSTILE_REPORT)) parts.push(hostileTable(JSON.parse(readFileSync(HOSTILE_REPORT, 'utf8')) as HostileFigure[]));
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} lacks the ${BEGIN} … ${END} markers`);
  writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n${parts.join('\n\n')}\n${doc.slice(end)}`);
  console.log(`figures written to ${DOC}`);
  return fuzzCode || hostileCode || (enough ? 0 : 1);
}

process.exitCode = main();

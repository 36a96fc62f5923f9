/**
 * Shared machinery of the fuzz suites: run sizes and replay from the environment, per-property
 * figures (cases, crashes, hangs, slowest case), the finding invariants, and a root hook that writes
 * the figures for `npm run fuzz` and fails on any unhandled rejection.
 *
 *   FUZZ_RUNS=10        multiplies every property's number of cases (the long run uses 10; default
 *                       1 in `npm run test:full`, 0.2 in the quicker default suite)
 *   FUZZ_SEED=-123      replays a run with that seed (printed on failure, with the path)
 *   FUZZ_PATH="4:1:0"   together with FUZZ_SEED, replays just the shrunk counterexample
 *   FUZZ_HANG_MS=2000   a single case slower than this fails as a hang
 *   FUZZ_REPORT=file    writes the figures as JSON (used by `npm run fuzz`)
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as fc from 'fast-check';
import { RULE_IDS, type Finding } from '../../server/src/core';
import { FULL } from '../support/scale';

export const RUNS_MULTIPLIER = positive(process.env['FUZZ_RUNS'], FULL ? 1 : 0.2);
export const HANG_MS = positive(process.env['FUZZ_HANG_MS'], 2000);

function positive(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(number) && number > 0 ? number : fallback;
}

export interface PropertyFigures {
  readonly name: string;
  cases: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  totalMs: number;
  seed: number | undefined;
}

export const FIGURES: PropertyFigures[] = [];
let unhandledRejections = 0;
const unhandledReasons: string[] = [];
process.on('unhandledRejection', (reason) => {
  unhandledRejections++;
  unhandledReasons.push(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
});

/** Thrown by `measure` for a case slower than HANG_MS, so that it is counted as a hang. */
export class HangError extends Error {
  constructor(ms: number) {
    super(`one case took ${Math.round(ms)} ms (hang limit ${HANG_MS} ms)`);
    this.name = 'HangError';
  }
}

/** Runs one case, keeping the figures; a case slower than HANG_MS fails as a hang. */
export type Measure = <T>(work: () => T) => T;
export type MeasureAsync = <T>(work: () => Promise<T>) => Promise<T>;

/** fast-check parameters: the number of runs scaled by FUZZ_RUNS, and FUZZ_SEED/FUZZ_PATH for replay. */
export function parameters(baseRuns: number): fc.Parameters<unknown> {
  const seed = process.env['FUZZ_SEED'];
  const path = process.env['FUZZ_PATH'];
  return {
    numRuns: Math.max(1, Math.round(baseRuns * RUNS_MULTIPLIER)),
    includeErrorInReport: true,
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...(seed !== undefined && seed !== '' && path !== undefined && path !== '' ? { path } : {}),
  };
}

function failure(name: string, details: fc.RunDetails<unknown>): Error {
  // fast-check's report names the seed and the path; the last line says how to replay it.
  const message = fc.defaultReportMessage(details) ?? 'failed';
  return new Error(`${name}: ${message}\nReplay: FUZZ_SEED=${details.seed} FUZZ_PATH="${details.counterexamplePath ?? ''}"`);
}

function record(figure: PropertyFigures, details: fc.RunDetails<unknown>, started: number): void {
  figure.totalMs = performance.now() - started;
  figure.cases = details.numRuns;
  figure.seed = details.seed;
  if (details.failed) {
    if (details.errorInstance instanceof HangError) figure.hangs++;
    else figure.crashes++;
  }
}

function newFigure(name: string): PropertyFigures {
  const figure: PropertyFigures = { name, cases: 0, crashes: 0, hangs: 0, slowestMs: 0, totalMs: 0, seed: undefined };
  FIGURES.push(figure);
  return figure;
}

/** Checks a synchronous property built with `measure` around each case; throws fast-check's report on failure. */
export function fuzz<Ts>(name: string, baseRuns: number, build: (measure: Measure) => fc.IProperty<Ts>): void {
  const figure = newFigure(name);
  const measure: Measure = (work) => {
    const started = performance.now();
    const result = work();
    const ms = performance.now() - started;
    figure.slowestMs = Math.max(figure.slowestMs, ms);
    if (ms > HANG_MS) throw new HangError(ms);
    return result;
  };
  const started = performance.now();
  const details = fc.check(build(measure), parameters(baseRuns));
  record(figure, details, started);
  if (details.failed) throw failure(name, details);
}

/** The same for an asynchronous property (real processes). */
export async function fuzzAsync<Ts>(name: string, baseRuns: number, build: (measure: MeasureAsync) => fc.IAsyncProperty<Ts>, hangMs = HANG_MS): Promise<void> {
  const figure = newFigure(name);
  const measure: MeasureAsync = async (work) => {
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    figure.slowestMs = Math.max(figure.slowestMs, ms);
    if (ms > hangMs) throw new HangError(ms);
    return result;
  };
  const started = performance.now();
  const details = await fc.check(build(measure), parameters(baseRuns));
  record(figure, details, started);
  if (details.failed) throw failure(name, details);
}

const KNOWN = new Set(RULE_IDS);
const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

/**
 * What every finding of every input must satisfy: a range inside the text, a known rule id, a
 * message, in-bounds non-overlapping fix edits; and no rule may have thrown (`internal-error`).
 */
export function assertWellFormed(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.range.start}-${f.range.end} of ${text.length}`;
    assert.ok(KNOWN.has(f.ruleId), `unknown rule id: ${where}`);
    assert.notEqual(f.ruleId, 'internal-error', `a rule threw: ${f.message}`);
    assert.ok(Number.isInteger(f.range.start) && Number.isInteger(f.range.end), `non-integer range: ${where}`);
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `range out of bounds: ${where}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `empty message: ${where}`);
    assert.ok(SEVERITIES.has(f.severity), `bad severity ${f.severity}: ${where}`);
    for (const fix of f.fixes) {
      let cursor = -1;
      for (const edit of [...fix.edits].sort((a, b) => a.start - b.start)) {
        assert.ok(Number.isInteger(edit.start) && Number.isInteger(edit.end) && 0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, `fix edit out of bounds: ${where}`);
        assert.ok(edit.start >= cursor, `overlapping edits in one fix: ${where}`);
        assert.equal(typeof edit.text, 'string');
        cursor = edit.end;
      }
    }
  }
}

/** Writes the figures for `npm run fuzz` and fails the run on any unhandled rejection. */
after(function () {
  const report = process.env['FUZZ_REPORT'];
  if (report !== undefined && report !== '') {
    mkdirSync(dirname(report), { recursive: true });
    const data = { runsMultiplier: RUNS_MULTIPLIER, hangMs: HANG_MS, unhandledRejections, properties: FIGURES, node: process.version, finished: new Date().toISOString() };
    writeFileSync(report, `${JSON.stringify(data, null, 2)}\n`);
  }
  assert.equal(unhandledRejections, 0, `unhandled rejections during fuzzing:\n${unhandledReasons.join('\n')}`);
});

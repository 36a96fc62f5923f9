import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { FIGURES, fuzz } from './support';

/** Runs a property that fails on purpose and returns its report, leaving no trace in the figures. */
function failingReport(): string {
  const before = FIGURES.length;
  try {
    // Common enough to be found within the few runs of the default suite's smaller fuzz counts (0.2×).
    fuzz('meta: fails on purpose', 500, (measure) =>
      fc.property(fc.string(), fc.integer(), (text, n) => {
        measure(() => assert.ok(!(text.length > 0 && n > 10), 'found the planted failure'));
      }),
    );
  } catch (error) {
    return (error as Error).message;
  } finally {
    FIGURES.splice(before);
  }
  throw new Error('the planted failure was not found');
}

function withEnv<T>(env: Record<string, string>, work: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return work();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('fuzz: a failure can be reproduced from its report', () => {
  it('names the seed and the path in the failure message, with the error and the counterexample', () => {
    const report = withEnv({ FUZZ_SEED: '', FUZZ_PATH: '' }, failingReport);
    assert.match(report, /\{ seed: -?\d+, path: "[\d:]+"/);
    assert.match(report, /Counterexample: /);
    assert.match(report, /found the planted failure/);
    assert.match(report, /Replay: FUZZ_SEED=-?\d+ FUZZ_PATH="[\d:]+"/);
  });

  it('replays the same counterexample from FUZZ_SEED and FUZZ_PATH', () => {
    const first = withEnv({ FUZZ_SEED: '', FUZZ_PATH: '' }, failingReport);
    const [, seed, path] = /Replay: FUZZ_SEED=(-?\d+) FUZZ_PATH="([\d:]+)"/.exec(first)!;
    const counterexample = (report: string): string => /Counterexample: (.*)/.exec(report)![1]!;
    const replayed = withEnv({ FUZZ_SEED: seed!, FUZZ_PATH: path! }, failingReport);
    assert.equal(counterexample(replayed), counterexample(first));
    const fromSeedOnly = withEnv({ FUZZ_SEED: seed!, FUZZ_PATH: '' }, failingReport);
    assert.equal(counterexample(fromSeedOnly), counterexample(first));
  });
});

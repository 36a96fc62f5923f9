import { strict as assert } from 'node:assert';

function fastest(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Asserts that the work grows about linearly between `small` and ten times `small` items: a
 * quadratic step makes the larger run ~100 times slower, a linear one ~10 times. A ratio within one
 * test, rather than a time limit, so that a loaded machine slows both sides alike. The smaller size
 * should take tens of milliseconds, so that the clock's noise does not dominate it.
 */
export function assertNotQuadratic(work: (items: number) => () => void, small: number, what: string): void {
  // The small run twice (the first may pay for warming up); the large one once, as it dominates.
  const base = fastest(work(small), 2);
  const large = fastest(work(small * 10), 1);
  const ratio = large / Math.max(base, 1);
  assert.ok(ratio < 35, `${what}: ${(small * 10).toLocaleString('en-US')} items took ${ratio.toFixed(1)}× the time of ${small.toLocaleString('en-US')} (${Math.round(large)} vs ${Math.round(base)} ms; linear is ~10×)`);
}

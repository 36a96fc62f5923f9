/**
 * How big the long runs are. `npm test` runs the fuzz, hostile-input and at-every-offset suites at a
 * fraction of their size, so that the default suite stays quick; `npm run test:full` (and `.ci/run`)
 * sets IL_TEST_FULL=1 and runs them in full.
 */
export const FULL = process.env['IL_TEST_FULL'] === '1';

/** `full` in the full run, else `quick` (both whole numbers of cases, items or bytes). */
export function scaled(full: number, quick: number): number {
  return FULL ? full : quick;
}

/** `1,000,000`: sizes in test names, so that a name says what the run really used. */
export function figure(n: number): string {
  return n.toLocaleString('en-US');
}

import { join, resolve } from 'node:path';

/** The repository root, from the compiled test location `out/test/...`. */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const CLI = join(ROOT, 'bin', 'intervention-lint.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SAMPLES = join(ROOT, 'samples');
/** A fixed "today" so that date rules give the same result on every day the tests run. */
export const TODAY = new Date('2026-11-23T12:00:00Z');

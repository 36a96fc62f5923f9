/**
 * The part of `node:assert/strict` the shared extension tests use, for the web worker extension
 * host, which has no node built-ins (test/web/bundle.mjs maps `node:assert/strict` here).
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${String(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) fail(message, `${JSON.stringify(text.slice(0, 200))} does not match ${String(pattern)}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string): void {
  if (pattern.test(text)) fail(message, `${JSON.stringify(text.slice(0, 200))} matches ${String(pattern)}`);
}

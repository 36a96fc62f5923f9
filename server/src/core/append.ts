/**
 * `target.push(...items)` passes every item as an argument, and V8 throws "Maximum call stack size
 * exceeded" past about 10⁵ of them; this appends any number. The lint config forbids the spread.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` for none: `Math.max(...values)` has the same limit. */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

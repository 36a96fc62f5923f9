import { diffLines } from 'diff';
import { applyEdits, safeFixEdits } from './edits';
import type { Edit } from './types';
import { validate, type ValidateOptions } from './validate';

/** One safe fix can make another possible (a wrong `format` hides every other finding). */
const MAX_PASSES = 10;

/** Every safe fix, applied pass by pass until nothing is left to fix (as ESLint does). */
export function fixAll(text: string, options: ValidateOptions = {}): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeFixEdits(validate(current, options).findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next.text === current) break;
    current = next.text;
    applied += next.applied;
  }
  return { text: current, applied };
}

/** The edits that turn `before` into `after`, one per changed run of lines, in original offsets. */
export function editsBetween(before: string, after: string): Edit[] {
  if (before === after) return [];
  const edits: Edit[] = [];
  let offset = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  for (const part of diffLines(before, after)) {
    if (part.added) {
      pending = pending ? { ...pending, text: pending.text + part.value } : { start: offset, end: offset, text: part.value };
    } else if (part.removed) {
      pending = pending ? { ...pending, end: pending.end + part.value.length } : { start: offset, end: offset + part.value.length, text: '' };
      offset += part.value.length;
    } else {
      if (pending) edits.push(pending);
      pending = undefined;
      offset += part.value.length;
    }
  }
  if (pending) edits.push(pending);
  return edits;
}

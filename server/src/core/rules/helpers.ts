import type { KeyPath, Localized, Severity } from '../types';
import { isFilled, present, type Description, type Population } from '../model';
import type { Report, RuleContext } from './api';

export function isEffectiveClaim(description: Description): boolean {
  return description.level?.claimed?.startsWith('effective-') === true;
}

export function populations(description: Description): Population[] {
  return present(description.targetGroup?.population);
}

/**
 * Reports a text key that is missing or blank: on the key itself when it is there but empty, else
 * on its nearest existing parent. Skips values the schema rejected.
 */
export function reportIfBlank(
  context: RuleContext,
  path: KeyPath,
  value: string | undefined,
  message: Localized,
  severity?: Severity,
): boolean {
  if (isFilled(value) || isRejected(context, path)) return false;
  context.report({ path, anchor: 'key', message, ...(severity ? { severity } : {}) });
  return true;
}

/** Like `reportIfBlank` for lists: missing, or with no entries. */
export function reportIfEmptyList(
  context: RuleContext,
  path: KeyPath,
  items: readonly unknown[] | undefined,
  message: Localized,
  extra: Partial<Report> = {},
): boolean {
  if ((items?.length ?? 0) > 0 || isRejected(context, path)) return false;
  context.report({ path, anchor: 'key', message, ...extra });
  return true;
}

/**
 * A path is rejected when the YAML has it (or an ancestor) but the schema removed it from the
 * description: then the schema finding already covers it.
 */
export function isRejected(context: RuleContext, path: KeyPath): boolean {
  for (let depth = 1; depth <= path.length; depth++) {
    const prefix = path.slice(0, depth);
    if (context.has(prefix) && valueAt(context.description, prefix) === undefined) return true;
  }
  return false;
}

export function valueAt(root: unknown, path: KeyPath): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export { decimal } from '../text';

export function code(text: string): string {
  return `\`${text}\``;
}

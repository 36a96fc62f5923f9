import type { AnySchema, ValidateFunction } from 'ajv/dist/2020';
import interventionSchema from '../../../schemas/intervention-v1.schema.json';
import { compileInterventionValidator } from './intervention-validator';
import { explainSchemaErrors, type SchemaProblem } from './schema-errors';
import type { SynonymTable } from './synonyms';
import type { KeyPath } from './types';

export { ANNOTATION_KEYWORDS, createAjv } from './ajv';

export const INTERVENTION_SCHEMA: AnySchema = interventionSchema;

let compiled: ValidateFunction | undefined;

/** The intervention schema, compiled once per process (in the bundles: generated at build time). */
export function interventionValidator(): ValidateFunction {
  compiled ??= compileInterventionValidator();
  return compiled;
}

/** Schema problems of `data`; with `synonyms`, values and keys written in Dutch are recognised. */
export function validateAgainst(validate: ValidateFunction, data: unknown, synonyms?: SynonymTable): SchemaProblem[] {
  if (validate(data)) return [];
  return explainSchemaErrors(validate.errors ?? [], synonyms);
}

/**
 * A copy of `data` without the values the schema rejected, so that domain rules never report on a
 * value that already has a schema finding. Rejected list items become holes (`undefined`) to keep
 * the indices of their siblings, which ranges depend on.
 */
export function withoutRejected(data: unknown, rejected: readonly KeyPath[]): unknown {
  if (rejected.length === 0) return data;
  if (rejected.some((path) => path.length === 0)) return undefined;
  const copy = structuredClone(data);
  // Deepest first, so removing a parent never hides a child removal that is still pending.
  const ordered = [...rejected].sort((a, b) => b.length - a.length);
  for (const path of ordered) {
    let parent: unknown = copy;
    for (const segment of path.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[segment] : undefined;
    }
    const last = path[path.length - 1];
    if (last === undefined || parent === null || typeof parent !== 'object') continue;
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
    else delete (parent as Record<string | number, unknown>)[last];
  }
  return copy;
}

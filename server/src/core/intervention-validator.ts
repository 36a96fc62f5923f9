import type { ValidateFunction } from 'ajv/dist/2020';
import interventionSchema from '../../../schemas/intervention-v1.schema.json';
import { createAjv } from './ajv';

/**
 * Compiles the intervention schema at run time (the tsc output the tests run). The bundles replace
 * this module by ajv's standalone code generated at build time (esbuild.mjs), so that no process
 * and no CLI worker thread compiles the schema.
 */
export function compileInterventionValidator(): ValidateFunction {
  return createAjv().compile(interventionSchema);
}

/** The one ajv set-up of the core: run-time compilation and the build's standalone code use the same options. */
import Ajv2020, { _ } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Annotation keywords our schemas carry for editors; ajv must know them to stay in strict mode. */
export const ANNOTATION_KEYWORDS = [
  'x-nl-term',
  'x-description-nl',
  'x-title-nl',
  'enumDescriptions',
  'x-enumDescriptions-nl',
  'defaultSnippets',
  'markdownDescription',
  'x-enum-nl',
  'x-synonyms-nl',
] as const;

/** `standalone`: keep the generated code, as ES module source, for `ajv/dist/standalone` (esbuild.mjs). */
export function createAjv(options: { readonly standalone?: boolean } = {}): Ajv2020 {
  // Standalone code refers to the formats by module name; the bundler then includes just those.
  const code = options.standalone ? { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } : {};
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code });
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  // `date` checks the calendar (2010-02-30 is rejected), which a pattern cannot do.
  addFormats(ajv, ['date']);
  return ajv;
}

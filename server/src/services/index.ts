/**
 * The schema-driven language features. Pure: a `ServiceDocument` (text, validation result, config)
 * in, LSP data out; no connection, no I/O, so the browser build uses them too.
 */
export { complete } from './completion';
export { hover } from './hover';
export { documentLinks, documentSymbols, foldingRanges } from './symbols';
export { completionContextAt, nodeAt, type CompletionContext, type NodeAt, type Role } from './path-at';
export {
  childSchema,
  deref,
  docsMarkdown,
  docsOf,
  enumOf,
  propertiesOf,
  requiredOf,
  rootSchema,
  schemaAt,
  schemaType,
  snippetsOf,
  type Bilingual,
  type EnumValue,
  type SchemaDocs,
  type SchemaNode,
  type Segment,
} from './schema-nav';
export { listItemSnippet, skeletonSnippet, snippetScalar, toYamlLines } from './snippets';
export type { ServiceDocument } from './types';

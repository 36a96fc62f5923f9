/**
 * Navigation in the intervention schema (the single source for completion and hover): resolve a key
 * path to its sub-schema and read the bilingual documentation that every node carries.
 */
import { INTERVENTION_SCHEMA, localize, otherLanguage, type Language } from '../core';
import { escapeMarkdown } from '../markup/markdown';

/** A JSON Schema node, read loosely: every keyword is checked before it is used. */
export type SchemaNode = Readonly<Record<string, unknown>>;
export type Segment = string | number;

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export interface Bilingual {
  readonly en: string | undefined;
  readonly nl: string | undefined;
}

export interface SchemaDocs {
  readonly title: string | undefined;
  /** The Dutch title (`x-title-nl`), shown instead of `title` in Dutch. */
  readonly titleNl: string | undefined;
  /** The databank's Dutch term (`x-nl-term`). */
  readonly nlTerm: string | undefined;
  readonly description: Bilingual;
}

export interface EnumValue {
  readonly value: string | number | boolean;
  readonly description: Bilingual;
}

export interface JsonSnippet {
  readonly label: string;
  readonly description: string | undefined;
  readonly body: unknown;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

const ROOT: SchemaNode = isRecord(INTERVENTION_SCHEMA) ? INTERVENTION_SCHEMA : {};

/** The root of the intervention schema. */
export function rootSchema(): SchemaNode {
  return ROOT;
}

/** Follows a local `#/...` JSON pointer from the root. */
function pointer(ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = ROOT;
  for (const raw of ref.slice(1).split('/').filter((part) => part.length > 0)) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[part] : undefined;
  }
  return isRecord(node) ? node : undefined;
}

/**
 * Resolves `$ref` (repeatedly, at most a few hops). Keywords next to the `$ref` win over the target's,
 * so a property's own title and description are kept while its structure comes from the definition.
 */
export function deref(schema: SchemaNode): SchemaNode {
  let current = schema;
  for (let hop = 0; hop < 8; hop++) {
    const ref = asString(current['$ref']);
    if (ref === undefined) return current;
    const target = pointer(ref);
    if (!target) return current;
    const { $ref: _ignored, ...local } = current;
    current = { ...target, ...local };
  }
  return current;
}

/** The declared type (the first one when several are listed). */
export function schemaType(schema: SchemaNode | undefined): SchemaType | undefined {
  if (!schema) return undefined;
  const resolved = deref(schema);
  const type = resolved['type'];
  const first = Array.isArray(type) ? (type as unknown[])[0] : type;
  if (typeof first === 'string') return first as SchemaType;
  if (isRecord(resolved['properties'])) return 'object';
  if (resolved['items'] !== undefined) return 'array';
  return undefined;
}

/** The branches of a `oneOf`/`anyOf`, resolved. */
function branches(schema: SchemaNode): SchemaNode[] {
  return [...asArray(schema['oneOf']), ...asArray(schema['anyOf'])].filter(isRecord).map(deref);
}

/** For a `oneOf`, the branch of the wanted type; the schema itself otherwise. */
export function branchOfType(schema: SchemaNode, type: SchemaType): SchemaNode {
  const resolved = deref(schema);
  if (schemaType(resolved) === type) return resolved;
  return branches(resolved).find((branch) => schemaType(branch) === type) ?? resolved;
}

/** The sub-schema one step down: a property for a key, the items for an index. */
export function childSchema(schema: SchemaNode, segment: Segment): SchemaNode | undefined {
  if (typeof segment === 'number') {
    const items = branchOfType(schema, 'array')['items'];
    return isRecord(items) ? deref(items) : undefined;
  }
  const object = branchOfType(schema, 'object');
  const properties = object['properties'];
  if (isRecord(properties) && Object.prototype.hasOwnProperty.call(properties, segment)) {
    const property = properties[segment];
    if (isRecord(property)) return deref(property);
  }
  const patterns = object['patternProperties'];
  if (isRecord(patterns)) {
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (isRecord(sub) && safeTest(pattern, segment)) return deref(sub);
    }
  }
  return undefined;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/** The sub-schema at a key path, or undefined when the path leaves the schema. */
export function schemaAt(path: readonly Segment[], root: SchemaNode = ROOT): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(root);
  for (const segment of path) {
    if (!node) return undefined;
    node = childSchema(node, segment);
  }
  return node;
}

/** The documented properties of an object schema (the object branch of a `oneOf`), in schema order. */
export function propertiesOf(schema: SchemaNode): [string, SchemaNode][] {
  const properties = branchOfType(schema, 'object')['properties'];
  if (!isRecord(properties)) return [];
  return Object.entries(properties).flatMap(([key, sub]): [string, SchemaNode][] => (isRecord(sub) ? [[key, deref(sub)]] : []));
}

export function requiredOf(schema: SchemaNode): string[] {
  return asArray(branchOfType(schema, 'object')['required']).filter((key): key is string => typeof key === 'string');
}

/** The schema of the items of an array schema. */
export function itemsOf(schema: SchemaNode): SchemaNode | undefined {
  return childSchema(schema, 0);
}

export function docsOf(schema: SchemaNode): SchemaDocs {
  return {
    title: asString(schema['title']),
    titleNl: asString(schema['x-title-nl']),
    nlTerm: asString(schema['x-nl-term']),
    description: { en: asString(schema['description']), nl: asString(schema['x-description-nl']) },
  };
}

/** Enum values (or the `const`) with their descriptions from the parallel arrays. */
export function enumOf(schema: SchemaNode): EnumValue[] {
  const resolved = deref(schema);
  const values = Array.isArray(resolved['enum']) ? (resolved['enum'] as unknown[]) : 'const' in resolved ? [resolved['const']] : [];
  const en = asArray(resolved['enumDescriptions']);
  const nl = asArray(resolved['x-enumDescriptions-nl']);
  const single = values.length === 1 && 'const' in resolved;
  const result: EnumValue[] = [];
  values.forEach((value, index) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
    const description: Bilingual = single
      ? { en: asString(resolved['description']), nl: asString(resolved['x-description-nl']) }
      : { en: asString(en[index]), nl: asString(nl[index]) };
    result.push({ value, description });
  });
  return result;
}

export function examplesOf(schema: SchemaNode): unknown[] {
  return [...asArray(deref(schema)['examples'])];
}

export function snippetsOf(schema: SchemaNode): JsonSnippet[] {
  return asArray(deref(schema)['defaultSnippets']).flatMap((raw): JsonSnippet[] => {
    if (!isRecord(raw) || typeof raw['label'] !== 'string' || !('body' in raw)) return [];
    return [{ label: raw['label'], description: asString(raw['description']), body: raw['body'] }];
  });
}

/** The text in the configured language; the other language only when it is missing (no mixed-language popups). */
export function inLanguage(texts: Bilingual, language: Language): string[] {
  const first = texts[language];
  const second = texts[otherLanguage(language)];
  const text = first !== undefined && first.length > 0 ? first : second;
  return text !== undefined && text.length > 0 ? [text] : [];
}

/** `**Title** — *Dutch term*` followed by the description in the configured language, as Markdown. */
export function docsMarkdown(schema: SchemaNode, language: Language): string {
  const docs = docsOf(schema);
  const title = localize({ en: docs.title, nl: docs.titleNl ?? docs.title }, language);
  const head = [title ? `**${escapeMarkdown(title)}**` : undefined, docs.nlTerm ? `*${escapeMarkdown(docs.nlTerm)}*` : undefined]
    .filter((part): part is string => part !== undefined)
    .join(' — ');
  const parts = [head, ...inLanguage(docs.description, language).map(escapeMarkdown)].filter((part) => part.length > 0);
  return parts.join('\n\n');
}

export { escapeMarkdown };

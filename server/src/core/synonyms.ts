/**
 * The one table of other spellings: Dutch key terms, Dutch names of enum values, values in another
 * case, `ja`/`nee` for booleans and Dutch country names. It is derived from the schema's own
 * annotations (`x-nl-term`, `x-title-nl`, `x-enum-nl`, `x-synonyms-nl`), so a term added to the
 * schema is understood without touching code.
 */
import interventionSchema from '../../../schemas/intervention-v1.schema.json';
import { append } from './append';

type SchemaNode = Record<string, unknown>;

/** What a spelling stands for; `plain` values (booleans) must be written unquoted to keep their type. */
export interface Canonical {
  readonly value: string;
  readonly plain: boolean;
  /** True when the spelling is a Dutch name of the value rather than the value in another case. */
  readonly dutch: boolean;
}

/**
 * Keyed by what a schema node says (`signature`), as ajv reports the node (`parentSchema`). Not by
 * the node object: the bundles run ajv's standalone code, whose schema objects are copies. Not by
 * path either: ajv gives paths inside a `$ref` relative to the referenced definition.
 */
export interface SynonymTable {
  /** An object schema's signature → normalised spelling → key. */
  readonly keys: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** A value schema's signature → normalised spelling → its canonical form. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, Canonical>>;
}

/** What the spellings of a value schema are made of; nodes that agree on it have the same spellings. */
function valueSignature(node: SchemaNode): string {
  return JSON.stringify([node['type'], node['enum'], node['x-enum-nl'], node['x-synonyms-nl']]);
}

/** The keys of an object schema with their Dutch terms. */
function keySignature(node: SchemaNode): string | undefined {
  const properties = asNode(node['properties']);
  if (!properties) return undefined;
  return JSON.stringify(Object.entries(properties).map(([key, child]) => [key, asNode(child)?.['x-nl-term'], asNode(child)?.['x-title-nl']]));
}

/** Case, accents, separators and surrounding space do not tell spellings apart. */
export function normaliseSpelling(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const BOOLEAN_WORDS: Readonly<Record<string, 'true' | 'false'>> = {
  ja: 'true',
  nee: 'false',
  waar: 'true',
  onwaar: 'false',
  yes: 'true',
  no: 'false',
  true: 'true',
  false: 'false',
};

function asNode(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A term such as `aantal bijeenkomsten / contacten` or `looptijd (weken)`, as the keys a writer may type. */
function keySpellings(schema: SchemaNode): string[] {
  const terms = [schema['x-nl-term'], schema['x-title-nl']].filter((t): t is string => typeof t === 'string');
  const spellings = new Set<string>();
  for (const term of terms) {
    for (const part of term.split('/')) {
      spellings.add(normaliseSpelling(part));
      spellings.add(normaliseSpelling(part.replace(/\(.*?\)/g, '')));
    }
  }
  spellings.delete('');
  return [...spellings];
}

function valueSpellings(schema: SchemaNode): Map<string, Canonical> | undefined {
  const table = new Map<string, Canonical>();
  const add = (spelling: string, canonical: Canonical): void => {
    const key = normaliseSpelling(spelling);
    // The first meaning wins: a canonical value is never re-pointed by a Dutch name that shares it.
    if (key !== '' && !table.has(key)) table.set(key, canonical);
  };
  const values = strings(schema['enum']);
  values.forEach((value) => add(value, { value, plain: false, dutch: false }));
  strings(schema['x-enum-nl']).forEach((name, i) => {
    const value = values[i];
    if (value !== undefined) add(name, { value, plain: false, dutch: true });
  });
  const extra = asNode(schema['x-synonyms-nl']);
  if (extra) {
    for (const [name, value] of Object.entries(extra)) {
      if (typeof value !== 'string') continue;
      add(name, { value, plain: false, dutch: true });
      add(value, { value, plain: false, dutch: false });
    }
  }
  if (schema['type'] === 'boolean') {
    for (const [word, value] of Object.entries(BOOLEAN_WORDS)) add(word, { value, plain: true, dutch: word !== value });
  }
  return table.size > 0 ? table : undefined;
}

function build(root: SchemaNode): SynonymTable {
  const keys = new Map<string, Map<string, string>>();
  const values = new Map<string, Map<string, Canonical>>();
  const walk = (node: SchemaNode): void => {
    const spellings = valueSpellings(node);
    if (spellings) values.set(valueSignature(node), spellings);
    const properties = asNode(node['properties']);
    if (properties) {
      const table = new Map<string, string>();
      for (const [key, child] of Object.entries(properties)) {
        const childNode = asNode(child);
        if (!childNode) continue;
        for (const spelling of keySpellings(childNode)) if (!table.has(spelling)) table.set(spelling, key);
        walk(childNode);
      }
      keys.set(keySignature(node)!, table);
    }
    const children = [node['items'], node['additionalProperties'], ...Object.values(asNode(node['$defs']) ?? {})];
    for (const keyword of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(node[keyword])) append(children, node[keyword] as unknown[]);
    for (const child of children) {
      const childNode = asNode(child);
      if (childNode) walk(childNode);
    }
  };
  walk(root);
  return { keys, values };
}

let table: SynonymTable | undefined;

/** The synonym table of the intervention schema, built once per process. */
export function synonymTable(): SynonymTable {
  table ??= build(interventionSchema);
  return table;
}

/** The canonical value `written` stands for under the value schema `schema`, if the table knows it. */
export function canonicalValue(synonyms: SynonymTable, schema: unknown, written: string): Canonical | undefined {
  const node = asNode(schema);
  const found = node ? synonyms.values.get(valueSignature(node))?.get(normaliseSpelling(written)) : undefined;
  return found !== undefined && found.value !== written ? found : undefined;
}

/** Every Dutch key spelling (normalised) of the object schema `schema` → the key it stands for. */
export function keySpellingsAt(synonyms: SynonymTable, schema: unknown): ReadonlyMap<string, string> {
  const signature = asNode(schema) ? keySignature(asNode(schema)!) : undefined;
  return (signature !== undefined ? synonyms.keys.get(signature) : undefined) ?? new Map<string, string>();
}

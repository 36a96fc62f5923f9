/**
 * What the schema's enum values are called. The Dutch names are the schema's `x-enum-nl` (the same
 * words completion and hover show); the schema writes no English names, and its ids are English
 * words, so in English a value is called by its id. Read from the schema once, on first use.
 */
import interventionSchema from '../../../../schemas/intervention-v1.schema.json';
import type { Language } from '../types';

/** Property name → value → Dutch name, for every enum in the schema that has `x-enum-nl`. */
let names: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;

function collect(node: unknown, key: string, into: Map<string, Map<string, string>>): void {
  if (Array.isArray(node)) {
    // A list's items have the list's property name (`components: [video-feedback]`).
    for (const item of node) collect(item, key, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const values = record['enum'];
  const dutch = record['x-enum-nl'];
  if (Array.isArray(values) && Array.isArray(dutch)) {
    const table = into.get(key) ?? new Map<string, string>();
    values.forEach((value, i) => {
      const name: unknown = dutch[i];
      if (typeof value === 'string' && typeof name === 'string' && !table.has(value)) table.set(value, name);
    });
    into.set(key, table);
  }
  for (const [child, value] of Object.entries(record)) {
    // Under `properties` and `$defs` each schema is named by its key; elsewhere (items, oneOf) it keeps the name it had.
    if ((child === 'properties' || child === '$defs') && typeof value === 'object' && value !== null) {
      for (const [name, schema] of Object.entries(value as Record<string, unknown>)) collect(schema, name, into);
    } else collect(value, key, into);
  }
}

function enumNames(): ReadonlyMap<string, ReadonlyMap<string, string>> {
  if (!names) {
    const into = new Map<string, Map<string, string>>();
    collect(interventionSchema, '', into);
    names = into;
  }
  return names;
}

/**
 * The display name of `value` of the property `property` (its last key, e.g. `design`,
 * `claimed`) in `language`; the value itself where the schema has no name for it.
 */
export function enumName(property: string, value: string, language: Language): string {
  const dutch = enumNames().get(property)?.get(value);
  const name: Readonly<Record<Language, string | undefined>> = { en: value, nl: dutch };
  return name[language] ?? value;
}

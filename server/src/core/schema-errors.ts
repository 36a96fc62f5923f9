import type { ErrorObject } from 'ajv';
import { closest } from './didyoumean';
import type { Anchor } from './locate';
import { canonicalValue, keySpellingsAt, normaliseSpelling, type Canonical, type SynonymTable } from './synonyms';
import type { KeyPath, Localized } from './types';

/** One readable schema mistake, tied to the key path it concerns. */
export interface SchemaProblem {
  readonly path: KeyPath;
  readonly anchor: Anchor;
  readonly message: Localized;
  /** The value the schema rejected; removed before the domain rules run. Absent for missing keys. */
  readonly rejected: KeyPath | undefined;
  /** What an editor quick fix could do about it. */
  readonly repair?: SchemaRepair;
}

export type SchemaRepair =
  | { readonly kind: 'rename-key'; readonly to: string }
  /** `safe` when the value is only spelled differently (Dutch, case, decimal comma); `plain` writes it unquoted. */
  | { readonly kind: 'replace-value'; readonly to: string; readonly safe?: boolean; readonly plain?: boolean }
  | { readonly kind: 'insert-key'; readonly key: string; readonly schema: Readonly<Record<string, unknown>> | undefined };

type SchemaNode = Record<string, unknown>;

function asNode(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

/** `/a/0/b~1c` → `['a', 0, 'b/c']`; all-digit segments become indices (keys are camelCase words). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function isWithin(path: KeyPath, prefix: KeyPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** A key path as a writer reads it: `research.dutchStudies[0].year`. */
export function describeKey(path: KeyPath): string {
  const names = path.filter((segment) => typeof segment === 'string');
  return names.length === 0 ? 'the description' : `\`${path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[')}\``;
}

function describeKeyNl(path: KeyPath): string {
  return path.length === 0 ? 'de beschrijving' : describeKey(path);
}

function show(value: unknown): string {
  // Quote strings that would read as another type, so `"7"` is not shown as the number 7.
  if (typeof value === 'string') return /^(-?\d+(\.\d+)?|true|false|null|~)?$/.test(value) ? `\`"${value}"\`` : `\`${value}\``;
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' ? `\`${String(value)}\`` : typeof value;
}

function showNl(value: unknown): string {
  if (value === null || value === undefined) return 'een lege waarde';
  if (typeof value === 'object') return Array.isArray(value) ? 'een lijst' : 'een mapping';
  return show(value);
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { en: 'text', nl: 'tekst' },
  integer: { en: 'a whole number', nl: 'een geheel getal' },
  number: { en: 'a number', nl: 'een getal' },
  boolean: { en: '`true` or `false`', nl: '`true` of `false`' },
  object: { en: 'a mapping of keys', nl: 'een mapping met sleutels' },
  array: { en: 'a list', nl: 'een lijst' },
  null: { en: 'an empty value', nl: 'een lege waarde' },
};

function typeName(type: unknown): Localized {
  const types = Array.isArray(type) ? type : [type];
  const names = types.map((t) => TYPE_NAMES[String(t)] ?? { en: String(t), nl: String(t) });
  return { en: names.map((n) => n.en).join(' or '), nl: names.map((n) => n.nl).join(' of ') };
}

function nlTerm(schema: SchemaNode | undefined): string {
  const term = schema?.['x-nl-term'];
  return typeof term === 'string' ? ` (${term})` : '';
}

function withSuggestion(base: Localized, suggestion: string | undefined): Localized {
  if (suggestion === undefined) return base;
  return { en: `${base.en} Did you mean \`${suggestion}\`?`, nl: `${base.nl} Bedoelde je \`${suggestion}\`?` };
}

function listOf(values: readonly unknown[]): string {
  return values.map((v) => `\`${String(v)}\``).join(', ');
}

/** Above this many unknown keys in one file, no "did you mean" is looked for. */
export const MAX_KEYS_TO_SUGGEST_FOR = 500;

/** A number written with a decimal comma (`0,41`), as a Dutch writer would. */
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

function acceptsNumber(type: unknown): boolean {
  return (Array.isArray(type) ? type : [type]).includes('number');
}

/** The same value written differently: the message names the canonical value, the fix writes it. */
function respelled(path: KeyPath, data: unknown, canonical: Canonical): SchemaProblem {
  const here = describeKey(path);
  const message: Localized = canonical.dutch
    ? {
        en: `${show(data)} is the Dutch name of \`${canonical.value}\`; ${here} takes the canonical value \`${canonical.value}\`.`,
        nl: `${showNl(data)} is de Nederlandse naam van \`${canonical.value}\`; ${describeKeyNl(path)} verwacht de vaste waarde \`${canonical.value}\`.`,
      }
    : {
        en: `${show(data)} is not written as ${here} expects; the canonical value is \`${canonical.value}\`.`,
        nl: `${showNl(data)} is anders geschreven dan ${describeKeyNl(path)} verwacht; de vaste waarde is \`${canonical.value}\`.`,
      };
  return { path, anchor: 'value', rejected: path, message, repair: { kind: 'replace-value', to: canonical.value, safe: true, plain: canonical.plain } };
}

function decimalComma(path: KeyPath, written: string): SchemaProblem {
  const point = written.replace(',', '.');
  return {
    path,
    anchor: 'value',
    rejected: path,
    message: {
      en: `\`${written}\` has a decimal comma, so it is read as text, not as a number; write \`${point}\` for ${describeKey(path)}.`,
      nl: `\`${written}\` heeft een decimale komma en wordt daardoor als tekst gelezen, niet als getal; schrijf \`${point}\` (met een punt) bij ${describeKeyNl(path)}.`,
    },
    repair: { kind: 'replace-value', to: point, safe: true, plain: true },
  };
}

/** The key a Dutch or near-miss key stands for: an exact Dutch term first, then English, then Dutch typos. */
function suggestKey(unknown: string, known: readonly string[], dutch: ReadonlyMap<string, string>): { key: string | undefined; dutch: boolean } {
  const exact = dutch.get(normaliseSpelling(unknown));
  if (exact !== undefined) return { key: exact, dutch: true };
  const english = closest(unknown, known);
  if (english !== undefined) return { key: english, dutch: false };
  const term = closest(normaliseSpelling(unknown), [...dutch.keys()]);
  return { key: term === undefined ? undefined : dutch.get(term), dutch: term !== undefined };
}

/** Explains one ajv error; `data` is the value at the error's instance path. */
function explain(error: ErrorObject, path: KeyPath, synonyms: SynonymTable | undefined, suggestKeys: boolean): SchemaProblem | undefined {
  const canonical = synonyms && typeof error.data === 'string' ? canonicalValue(synonyms, error.parentSchema, error.data) : undefined;
  const parent = asNode(error.parentSchema);
  const params = error.params as Record<string, unknown>;
  const here = describeKey(path);
  const hereNl = describeKeyNl(path);
  if (error.keyword === 'propertyNames') return undefined;
  if (error.propertyName !== undefined) {
    // A key rejected by `propertyNames` (e.g. an unknown rule id in the config): an unknown key.
    const allowed = ((params['allowedValues'] as unknown[] | undefined) ?? []).map(String);
    const base: Localized = {
      en: `Unknown key \`${error.propertyName}\` in ${here}.`,
      nl: `Onbekende sleutel \`${error.propertyName}\` in ${hereNl}.`,
    };
    const key = [...path, error.propertyName];
    return { path: key, anchor: 'key', rejected: key, message: withSuggestion(base, closest(error.propertyName, allowed)) };
  }
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const childSchema = asNode(asNode(parent?.['properties'])?.[missing]);
      return {
        path: [...path, missing],
        anchor: 'key',
        rejected: undefined,
        repair: { kind: 'insert-key', key: missing, schema: childSchema },
        message: {
          en: `Missing required key \`${missing}\`${nlTerm(childSchema)} in ${here}.`,
          nl: `Verplichte sleutel \`${missing}\`${nlTerm(childSchema)} ontbreekt in ${hereNl}.`,
        },
      };
    }
    case 'additionalProperties': {
      const unknown = String(params['additionalProperty']);
      const known = Object.keys(asNode(parent?.['properties']) ?? {});
      const found = suggestKeys ? suggestKey(unknown, known, synonyms ? keySpellingsAt(synonyms, error.parentSchema) : new Map<string, string>()) : { key: undefined, dutch: false };
      const suggestion = found.key;
      const allowed = suggestion === undefined && known.length > 0 && known.length <= 12 ? known : undefined;
      const english = found.dutch ? { en: ' Keys are written in English.', nl: ' Sleutels worden in het Engels geschreven.' } : { en: '', nl: '' };
      const base: Localized = {
        en: `Unknown key \`${unknown}\` in ${here}.${english.en}${allowed ? ` Allowed keys: ${listOf(allowed)}.` : ''}`,
        nl: `Onbekende sleutel \`${unknown}\` in ${hereNl}.${english.nl}${allowed ? ` Toegestane sleutels: ${listOf(allowed)}.` : ''}`,
      };
      // Renaming onto a key that is already there would only trade this finding for a duplicate key.
      const present = suggestion !== undefined && asNode(error.data)?.[suggestion] !== undefined;
      return {
        path: [...path, unknown],
        anchor: 'key',
        rejected: [...path, unknown],
        message: withSuggestion(base, suggestion),
        ...(suggestion !== undefined && !present ? { repair: { kind: 'rename-key', to: suggestion } as const } : {}),
      };
    }
    case 'enum': {
      if (canonical) return respelled(path, error.data, canonical);
      const allowed = (params['allowedValues'] as unknown[] | undefined) ?? [];
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed.map(String)) : undefined;
      const base: Localized = {
        en: `${show(error.data)} is not an allowed value for ${here}. Expected one of: ${listOf(allowed)}.`,
        nl: `${showNl(error.data)} is geen toegestane waarde voor ${hereNl}. Verwacht een van: ${listOf(allowed)}.`,
      };
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: withSuggestion(base, suggestion),
        ...(suggestion !== undefined ? { repair: { kind: 'replace-value', to: suggestion } as const } : {}),
      };
    }
    case 'type': {
      if (canonical) return respelled(path, error.data, canonical);
      if (typeof error.data === 'string' && acceptsNumber(params['type']) && DECIMAL_COMMA.test(error.data.trim())) return decimalComma(path, error.data.trim());
      const expected = typeName(params['type']);
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: {
          en: `${here} must be ${expected.en}, not ${show(error.data)}.`,
          nl: `${hereNl} moet ${expected.nl} zijn, niet ${showNl(error.data)}.`,
        },
      };
    }
    case 'const':
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: {
          en: `${here} must be \`${String(params['allowedValue'])}\`.`,
          nl: `${hereNl} moet \`${String(params['allowedValue'])}\` zijn.`,
        },
      };
    case 'pattern': {
      if (canonical) return respelled(path, error.data, canonical);
      const examples = parent?.['examples'];
      const example = Array.isArray(examples) && examples.length > 0 ? String(examples[0]) : undefined;
      const hint = error.schemaPath.endsWith('/pattern') && path[path.length - 1] === 'id'
        ? { en: ' Use lowercase letters, digits and hyphens.', nl: ' Gebruik kleine letters, cijfers en koppeltekens.' }
        : { en: '', nl: '' };
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: {
          en: `${show(error.data)} does not have the expected form for ${here}.${hint.en}${example ? ` Example: \`${example}\`.` : ''}`,
          nl: `${showNl(error.data)} heeft niet de verwachte vorm voor ${hereNl}.${hint.nl}${example ? ` Voorbeeld: \`${example}\`.` : ''}`,
        },
      };
    }
    case 'format': {
      // Only `date` is used: a well-formed but impossible date such as 2010-02-30.
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: {
          en: `${show(error.data)} is not a real date (${here}): check the day and the month, written as YYYY-MM-DD.`,
          nl: `${showNl(error.data)} is geen bestaande datum (${hereNl}): controleer dag en maand, geschreven als JJJJ-MM-DD.`,
        },
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = String(params['comparison']);
      const limit = String(params['limit']);
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: {
          en: `${here} must be ${comparison} ${limit}; it is ${String(error.data)}.`,
          nl: `${hereNl} moet ${comparison} ${limit} zijn; het is ${String(error.data)}.`,
        },
      };
    }
    case 'minLength':
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: { en: `${here} must not be empty.`, nl: `${hereNl} mag niet leeg zijn.` },
      };
    case 'minProperties':
    case 'maxProperties': {
      const keys = Object.keys(asNode(parent?.['properties']) ?? {});
      return {
        path,
        anchor: 'key',
        rejected: path,
        message: {
          en: `${here} must give exactly one of ${listOf(keys)}.`,
          nl: `${hereNl} moet precies één van ${listOf(keys)} bevatten.`,
        },
      };
    }
    case 'uniqueItems': {
      const j = Number(params['j']);
      const duplicate = [...path, Number(params['i'])];
      const at = Number.isInteger(j) ? [...path, Math.max(j, Number(params['i']))] : path;
      return {
        path: at,
        anchor: 'value',
        rejected: duplicate,
        message: { en: `${here} lists the same value twice.`, nl: `${hereNl} noemt dezelfde waarde twee keer.` },
      };
    }
    default:
      return {
        path,
        anchor: 'value',
        rejected: path,
        message: { en: `${here} ${error.message ?? 'is not valid'}.`, nl: `${hereNl} is niet geldig (${error.message ?? ''}).` },
      };
  }
}

function oneOfProblem(error: ErrorObject, path: KeyPath): SchemaProblem {
  const branches = Array.isArray(error.schema) ? error.schema : [];
  const names = branches.map((branch: unknown) => {
    const node = asNode(branch);
    const title = node?.['title'];
    if (typeof title === 'string') return { en: title, nl: typeof node?.['x-title-nl'] === 'string' ? String(node['x-title-nl']) : title };
    return typeName(node?.['type'] ?? 'object');
  });
  const here = describeKey(path);
  return {
    path,
    anchor: 'value',
    rejected: path,
    message: {
      en: `${here} must be ${names.map((n) => n.en).join(' or ')}, not ${show(error.data)}.`,
      nl: `${describeKeyNl(path)} moet ${names.map((n) => n.nl).join(' of ')} zijn, niet ${showNl(error.data)}.`,
    },
  };
}

/**
 * Turns ajv's raw errors (allErrors, verbose) into one problem per mistake: branch noise of `oneOf`
 * is folded into the branch that fits the value's shape, and consequences of a wrong type are dropped.
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], synonyms?: SynonymTable): SchemaProblem[] {
  // Hundreds of unknown keys are not typos (a pasted table, a generated file): looking for the
  // closest key for each would cost seconds and suggest nothing useful.
  const suggestKeys = errors.filter((e) => e.keyword === 'additionalProperties').length <= MAX_KEYS_TO_SUGGEST_FOR;
  const entries = errors.map((error) => ({ error, path: pointerToPath(error.instancePath) }));
  const dropped = new Set<ErrorObject>();
  for (const { error, path } of entries) {
    if (error.keyword !== 'oneOf') continue;
    const isObject = asNode(error.data) !== undefined;
    const inside = entries.filter((e) => e.error !== error && isWithin(e.path, path));
    const objectErrors = inside.filter((e) => e.path.length > path.length || (e.error.keyword !== 'type' && e.error.keyword !== 'minimum'));
    if (isObject && objectErrors.length > 0) {
      dropped.add(error);
      for (const e of inside) if (!objectErrors.includes(e)) dropped.add(e.error);
    } else {
      for (const e of inside) dropped.add(e.error);
    }
  }
  const typeErrorPaths = entries.filter((e) => e.error.keyword === 'type' && !dropped.has(e.error)).map((e) => e.path);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const { error, path } of entries) {
    if (dropped.has(error)) continue;
    const shadowed = typeErrorPaths.some((p) => isWithin(path, p) && (path.length > p.length || error.keyword !== 'type'));
    if (shadowed) continue;
    const problem = error.keyword === 'oneOf' ? oneOfProblem(error, path) : explain(error, path, synonyms, suggestKeys);
    if (!problem) continue;
    const key = `${JSON.stringify(problem.path)}|${problem.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Inputs for the fuzz suites: the corpus (samples and rule fixtures), line-level mutations of it
 * (delete, duplicate, swap, re-indent, inject hostile tokens, replace values, truncate), random
 * YAML-ish text, and structured descriptions whose data was mutated and written back as YAML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';
import { fixtureFiles } from '../support/fixtures';
import { ROOT, SAMPLES } from '../support/paths';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** Every sample and rule fixture: the starting points of the mutations. */
export const CORPUS: readonly { readonly name: string; readonly text: string }[] = [
  ...yamlFiles(SAMPLES).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') })),
  ...fixtureFiles().map(({ path, text }) => ({ name: `test/fixtures/${path}`, text })),
];

/** Tokens that stress the YAML reader, the schema mapping and the rules. */
export const INJECTIONS = [
  '\t', '"', "'", ':', ': ', ' #', '#', '- ', '? ', '{', '}', '[', ']', ',', '&a ', '*a', ' *b', '<<: *a',
  '!!js/function ', '!!python/object/apply:os.system ', '!<tag:x.org:y> ', '!!binary ', '!!str ', '!!int ', '!!map ', '!custom ',
  '|', '|-', '>', '>+', '%YAML 1.1\n', '%TAG ! tag:x:\n', '\u0000', '\uFEFF', '\uD800', '\uDFFF', '\u00E9', '\u00DF', '\u{1F600}', '\u202E',
  '\u2028', '\u0085', '\u00A0', '\r', '\n', '\r\n', '\n\n', '---\n', '...\n', '\\', '`', '@', '~', 'null', '.nan', '-.inf', '0x1F', '1e400',
  '# intervention-lint-disable-next-line schema -- reden\n', '# intervention-lint-disable missing-contra-indications -- r\n',
  '# intervention-lint-disable-next-line\n', '# intervention-lint-disable nope --\n', 'x-extra: 1\n', 'format: intervention/v1\n',
  'format: intervention/v2', 'label: groot', 'label: very large', 'effect: { d: 0.3 }', 'effect: { r: -0.6 }', 'effect: { or: 0 }',
  'sessions: { min: 30, max: 2 }', 'population: [universal, maltreatment]', 'design: rct', 'direction: negative', 'significant: true',
  '  - ', '    ', 'é: ü', '"\\u0000"', '"\\uD800"', "'it''s'", '&anchor', '*missing', '? [a, b]\n: c\n',
] as const;

/** Values a mutation may put after a key. */
export const VALUES = [
  '0', '-1', '-10', '-9', '-10', '288', '300', '1e309', '-.inf', '.nan', '2.5', '2.51', '0.19', '0.2', '0.49', '0.5', '0.8', '1.19', '1.2', '3',
  '-0.3', '0.0', '1', '7', '16', '99999999999999999999', 'true', 'false', 'null', '~', '""', "''", '[]', '{}', '[1, 2]', '[null]', '{ min: 20, max: 5 }',
  '{ min: 6, max: 8 }', '{ min: -20, max: 400 }', '{ d: 0.45 }', '{ d: 9 }', '{ r: 0.5 }', '{ r: 1 }', '{ or: -1 }', '{ d: 0.3, r: 0.1 }', '2016-05-01',
  '1999-01-01', '"2099-12-31"', '"2021-02-30"', 'effective-strong', 'effective-first', 'well-founded', 'sensitivity', 'maltreatment-prevention',
  'parenting-support', 'other', 'universal', 'maltreatment', 'risk-families', 'rct', 'quasi-experimental', 'meta-analysis', 'pre-post-norm',
  'klein', 'groot', 'very large', 'zeer groot', 'small', 'negligible', 'negative', 'positive', 'none', 'nl', 'en', 'video-feedback',
  'x', '"quoted: value"', '|\n  block\n  text', '>-\n  folded', '&v value', '*v', '!!str 5', '!!int "5"', '!!float x', '!!timestamp 2020-01-01',
] as const;

export type Mutation =
  | { readonly kind: 'delete'; readonly line: number }
  | { readonly kind: 'duplicate'; readonly line: number }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number }
  | { readonly kind: 'indent'; readonly line: number; readonly by: number }
  | { readonly kind: 'inject'; readonly at: number; readonly text: string }
  | { readonly kind: 'value'; readonly line: number; readonly value: string }
  | { readonly kind: 'truncate'; readonly at: number };

const injected = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), text: injected }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), text: injected }),
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), value: fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number): number => n % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(at(m.line), 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(at(m.line), 0, lines[at(m.line)]!);
      return lines.join('\n');
    case 'swap': {
      const [a, b] = [at(m.a), at(m.b)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'indent': {
      const i = at(m.line);
      const line = lines[i]!;
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'inject': {
      const offset = m.at % (text.length + 1);
      return text.slice(0, offset) + m.text + text.slice(offset);
    }
    case 'value': {
      const i = at(m.line);
      const line = lines[i]!;
      const colon = line.indexOf(': ');
      lines[i] = colon >= 0 ? `${line.slice(0, colon)}: ${m.value}` : `${line}: ${m.value}`;
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

export interface MutatedCase {
  readonly base: number;
  readonly crlf: boolean;
  readonly mutations: readonly Mutation[];
}

/** A corpus file (optionally with CRLF line ends) after 1–6 mutations. */
export const mutatedCase: fc.Arbitrary<MutatedCase> = fc.record({
  base: fc.nat({ max: CORPUS.length - 1 }),
  crlf: fc.boolean(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
});

export function mutatedText(c: MutatedCase): string {
  const base = CORPUS[c.base]!.text;
  return c.mutations.reduce(mutate, c.crlf ? base.replace(/\r?\n/g, '\r\n') : base);
}

const TYPICAL_LINES = [
  'format: intervention/v1\n', 'id: fuzz\n', 'name: Fuzz\n', 'summary: >-\n  tekst\n', 'category: sensitivity\n', 'level:\n', '  claimed: effective-good\n',
  'targetGroup:\n', '  child:\n', '    ageMonths: { min: 3, max: 400 }\n', '  population: [universal]\n', 'approach:\n', '  sessions: 40\n',
  'research:\n', '  dutchStudies:\n', '    - reference: x\n', '      outcomes:\n', '        - measure: m\n', '          effect: { d: 0.9 }\n',
  '          label: klein\n', 'rationale: {}\n', 'references: []\n', '- a\n', '  - b\n', '? k\n', ': v\n', '[', '{', '"', "'",
];

/** Random text built from YAML-ish lines, hostile tokens and arbitrary strings. */
export const randomText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TYPICAL_LINES) },
      { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
      { weight: 1, arbitrary: fc.constantFrom(...VALUES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Structured descriptions: valid YAML whose data has random types and values in random places.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PARSED: readonly Record<string, unknown>[] = CORPUS.flatMap(({ text }) => {
  try {
    const data: unknown = parseYaml(text, { logLevel: 'error' });
    return isRecord(data) ? [data] : [];
  } catch {
    return [];
  }
});

const WORDS = VALUES.filter((v) => /^[a-z-]+$/.test(v));
const KEYS = [
  'format', 'id', 'name', 'summary', 'owner', 'category', 'level', 'claimed', 'assessed', 'assessedOn', 'targetGroup', 'child', 'ageMonths', 'min', 'max',
  'population', 'contraIndications', 'goals', 'main', 'targetedOutcomes', 'approach', 'sessions', 'components', 'rationale', 'problem', 'causes', 'theory',
  'implementation', 'manual', 'available', 'language', 'qualityAssurance', 'safetyAssessment', 'needsAssessment', 'research', 'dutchStudies',
  'internationalStudies', 'metaAnalyses', 'reference', 'year', 'design', 'n', 'followUpMonths', 'outcomes', 'measure', 'domain', 'instrumentValidated',
  'effect', 'd', 'r', 'or', 'label', 'significant', 'direction', 'references', 'x-note', 'targetGroop',
];

const leaf = fc.oneof(
  fc.integer({ min: -400, max: 400 }),
  fc.double(),
  fc.constantFrom(0.19, 0.2, 0.49, 0.5, 0.79, 0.8, 1.19, 1.2, 2.5, 2.51, -0.3, 0.1, 0.29, 0.3, 1, -1, 6, 5, 15, 16, 30, 288, -9, -10),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...WORDS),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 4 }), { maxLength: 3 }) },
);

export type DataMutation =
  | { readonly kind: 'replace'; readonly path: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly path: number }
  | { readonly kind: 'add'; readonly path: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'share'; readonly path: number; readonly from: number };

export const dataMutation: fc.Arbitrary<DataMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), path: fc.nat(), key: fc.constantFrom(...KEYS), value }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('share' as const), path: fc.nat(), from: fc.nat() }) },
);

type Container = Record<string, unknown> | unknown[];
interface Slot {
  readonly parent: Container;
  readonly key: string | number;
}

function slots(root: Container): Slot[] {
  const found: Slot[] = [];
  const walk = (node: Container): void => {
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      found.push({ parent: node, key });
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) walk(child as Container);
    }
  };
  walk(root);
  return found;
}

function applyData(root: Record<string, unknown>, m: DataMutation): void {
  const all = slots(root);
  if (all.length === 0) return;
  const slot = all[m.path % all.length]!;
  const parent = slot.parent as Record<string | number, unknown>;
  switch (m.kind) {
    case 'replace':
      parent[slot.key] = structuredClone(m.value);
      return;
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete parent[slot.key];
      return;
    case 'add': {
      const target = parent[slot.key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[m.key] = structuredClone(m.value);
      else if (Array.isArray(target)) target.push(structuredClone(m.value));
      return;
    }
    case 'share': {
      // The same object in two places: YAML output gets an anchor and an alias.
      const source = all[m.from % all.length]!;
      const shared = (source.parent as Record<string | number, unknown>)[source.key];
      if (typeof shared === 'object' && shared !== null && shared !== slot.parent && !slots(shared as Container).some((s) => s.parent === slot.parent)) parent[slot.key] = shared;
      return;
    }
  }
}

export interface StructuredCase {
  readonly base: number;
  readonly mutations: readonly DataMutation[];
}

export const structuredCase: fc.Arbitrary<StructuredCase> = fc.record({
  base: fc.nat({ max: PARSED.length - 1 }),
  mutations: fc.array(dataMutation, { minLength: 1, maxLength: 8 }),
});

export function structuredText(c: StructuredCase): string {
  const data = structuredClone(PARSED[c.base]!);
  for (const m of c.mutations) applyData(data, m);
  try {
    return stringify(data, { lineWidth: 0 });
  } catch {
    return stringify(JSON.parse(JSON.stringify(data)) as unknown, { lineWidth: 0 });
  }
}

// ---------------------------------------------------------------------------------------------
// Hardening generators: many findings, alias reuse, control characters.

/** Sizes of a description that reuses one list of outcomes through aliases (see manyFindingsText). */
export const manyFindingsCase: fc.Arbitrary<{ readonly outcomes: number; readonly studies: number }> = fc.record({
  outcomes: fc.integer({ min: 1, max: 60 }),
  studies: fc.integer({ min: 1, max: 40 }),
});

const COMPLETE = yamlFiles(join(SAMPLES, 'complete')).map((path) => readFileSync(path, 'utf8'));
/** `key: value` lines with a plain or quoted scalar value: places to anchor and to alias. */
const SCALAR_LINE = /^( *(?:- )?)([A-Za-z][\w-]*): ([^&*|>[{#\s][^#]*?)\s*$/;

export interface AliasReuseCase {
  readonly sample: number;
  readonly anchor: number;
  readonly uses: readonly number[];
  /** Anchor a whole block (the study's outcome list) instead of a scalar. */
  readonly block: boolean;
  /** Anchor a `label:` made wrong, so that a safe fix wants to change the shared value. */
  readonly wrongLabel: boolean;
}

export const aliasReuseCase: fc.Arbitrary<AliasReuseCase> = fc.record({
  sample: fc.nat({ max: COMPLETE.length - 1 }),
  anchor: fc.nat(),
  uses: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  block: fc.boolean(),
  wrongLabel: fc.boolean(),
});

/**
 * A complete sample where one value is anchored (`&shared`) and repeated through aliases
 * (`*shared`) in later lines with the same key, or where an outcome list is reused by a study.
 */
export function aliasReuseText(c: AliasReuseCase): string {
  const lines = COMPLETE[c.sample]!.split('\n');
  if (c.block) {
    const at = lines.findIndex((l) => /^ {6}outcomes:\s*$/.test(l));
    if (at >= 0) {
      lines[at] = `${lines[at]!.trimEnd()} &shared`;
      if (c.wrongLabel) for (let i = at + 1; i < lines.length && /^ {8}/.test(lines[i]!); i++) lines[i] = lines[i]!.replace(/label: \w+/, 'label: very large');
      const study = `    - { reference: "Herhaling", year: 2020, country: NL, design: rct, n: 40, outcomes: *shared }`;
      const end = lines.findIndex((l, i) => i > at && /^ {2}\w/.test(l));
      for (let i = 0; i < c.uses.length; i++) lines.splice(end < 0 ? lines.length : end, 0, study);
      return lines.join('\n');
    }
  }
  const candidates = lines.flatMap((line, index) => (SCALAR_LINE.test(line) && (!c.wrongLabel || /^ *label: /.test(line)) ? [index] : []));
  if (candidates.length < 2) return lines.join('\n');
  const anchorLine = candidates[c.anchor % candidates.length]!;
  const [, indent, key, found] = SCALAR_LINE.exec(lines[anchorLine]!)!;
  const value = c.wrongLabel ? 'very large' : found;
  lines[anchorLine] = `${indent!}${key!}: &shared ${value!}`;
  const sameKey = candidates.filter((i) => i > anchorLine && SCALAR_LINE.exec(lines[i]!)?.[2] === key);
  const later = sameKey.length > 0 ? sameKey : candidates.filter((i) => i > anchorLine);
  for (const use of c.uses) {
    if (later.length === 0) break;
    const line = later[use % later.length]!;
    const [, useIndent, useKey] = SCALAR_LINE.exec(lines[line]!) ?? [];
    if (useKey !== undefined) lines[line] = `${useIndent!}${useKey}: *shared`;
  }
  return lines.join('\n');
}

/** Characters that must never reach a terminal raw: C0, DEL, C1, separators, bidi overrides, ESC sequences. */
const CONTROL = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u001b[2J', '\u001b]0;title\u0007', '\r\n::stop-commands::x\n', '\n::error file=a::b'),
);

export interface ControlCase {
  readonly sample: number;
  readonly line: number;
  readonly inject: readonly string[];
  /** In a double-quoted scalar as `\u` escapes (the value then holds the characters) or raw in the text. */
  readonly quoted: boolean;
}

export const controlCase: fc.Arbitrary<ControlCase> = fc.record({
  sample: fc.nat({ max: COMPLETE.length - 1 }),
  line: fc.nat(),
  inject: fc.array(CONTROL, { minLength: 1, maxLength: 4 }),
  quoted: fc.boolean(),
});

/** A complete sample with control characters in one value (an unknown value, so a message quotes it). */
export function controlText(c: ControlCase): string {
  const lines = COMPLETE[c.sample]!.split('\n');
  const candidates = lines.flatMap((line, index) => (SCALAR_LINE.test(line) ? [index] : []));
  const at = candidates[c.line % candidates.length]!;
  const [, indent, key, value] = SCALAR_LINE.exec(lines[at]!)!;
  const hostile = `${value!}${c.inject.join('')}x`;
  lines[at] = c.quoted ? `${indent!}${key!}: ${JSON.stringify(hostile)}` : `${indent!}${key!}: ${hostile}`;
  return lines.join('\n');
}

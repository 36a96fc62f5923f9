/**
 * The project configuration (`.intervention-lint.yaml`, spec §6): model, defaults, schema and
 * validation. A malformed config is reported with a location; it never silently falls back.
 */
import type { ValidateFunction } from 'ajv';
import { DEFAULT_LEVEL_REQUIREMENTS, type LevelRequirement, type LevelRequirements } from './evidence';
import { CATEGORIES, DESIGNS, LEVELS, type EffectiveLevel } from './model';
import { parse } from './parse';
import { rangeOf } from './locate';
import { createAjv, validateAgainst } from './schema';
import type { Language, OffsetRange, RuleSetting } from './types';
import { CORE_TEXT, t } from './text';

export const CONFIG_FILE_NAMES = ['.intervention-lint.yaml', '.intervention-lint.yml'] as const;
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];
/** A config is a few hundred bytes; a larger text is refused before parsing (40 MB exhausted memory). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface SessionBounds {
  readonly min: number;
  readonly max: number;
}

export interface Limits {
  /** Larger documents get one `document-too-large` finding instead of a check. */
  readonly maxFileBytes: number;
  /** A check that runs longer than this is reported (`check-time-exceeded`). */
  readonly timeBudgetMs: number;
}

export interface Config {
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly sessionRanges: Readonly<Record<string, SessionBounds>>;
  readonly levels: LevelRequirements;
  readonly language: Language;
  readonly limits: Limits;
  /** Where the rule pages `<id>.md` are published, for links in SARIF and HTML; none by default. */
  readonly docsUrl?: string;
}

/** What a config file or an editor setting may set; everything optional. */
export interface ConfigOverrides {
  readonly files?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly sessionRanges?: Readonly<Record<string, SessionBounds>>;
  readonly levels?: Readonly<Partial<Record<EffectiveLevel, Partial<LevelRequirement>>>>;
  readonly language?: Language;
  readonly limits?: Partial<Limits>;
  readonly docsUrl?: string;
}

export const DEFAULT_CONFIG: Config = {
  files: ['**/*.intervention.yaml', '**/*.intervention.yml'],
  rules: {},
  sessionRanges: {
    sensitivity: { min: 5, max: 15 },
    'maltreatment-prevention': { min: 16, max: 30 },
  },
  levels: DEFAULT_LEVEL_REQUIREMENTS,
  language: 'en',
  limits: { maxFileBytes: 2 * 1024 * 1024, timeBudgetMs: 2000 },
};

export function mergeConfig(base: Config, overrides: ConfigOverrides | undefined): Config {
  if (!overrides) return base;
  const levels = { ...base.levels };
  for (const [level, partial] of Object.entries(overrides.levels ?? {}) as [EffectiveLevel, Partial<LevelRequirement>][]) {
    levels[level] = { ...levels[level], ...partial };
  }
  return {
    files: overrides.files ?? base.files,
    rules: { ...base.rules, ...overrides.rules },
    sessionRanges: { ...base.sessionRanges, ...overrides.sessionRanges },
    levels,
    language: overrides.language ?? base.language,
    limits: { ...base.limits, ...overrides.limits },
    ...(overrides.docsUrl !== undefined ? { docsUrl: overrides.docsUrl } : base.docsUrl !== undefined ? { docsUrl: base.docsUrl } : {}),
  };
}

/** The JSON Schema of the config file; generated into `schemas/` for editors. */
export function configSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const bounds = {
    type: 'object',
    description: 'An inclusive range of sessions. / Een inclusief bereik van sessies.',
    required: ['min', 'max'],
    additionalProperties: false,
    properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
  };
  // Every count, design list and follow-up here is a tool default, not a rule of the advice (spec §5).
  const requirement = {
    type: 'object',
    additionalProperties: false,
    description: 'What this effective level needs. The advice (GR Table 1 note a) only says that it rests on Dutch effect research; the designs, counts and follow-up are defaults of this tool. / Wat dit effectieve niveau vraagt. Het advies (GR tabel 1, noot a) zegt alleen dat het steunt op Nederlands effectonderzoek; designs, aantallen en follow-up zijn standaarden van dit hulpmiddel.',
    properties: {
      effectStudies: { type: 'integer', minimum: 0, description: 'Supporting effect studies (Dutch or international, of the designs that count) needed, e.g. 2 as some recognition partners require. / Benodigde ondersteunende effectstudies (Nederlands of buitenlands, van de designs die meetellen), bijvoorbeeld 2 zoals sommige erkenningspartners vragen.' },
      designs: { type: 'array', items: { enum: [...DESIGNS] }, minItems: 1, uniqueItems: true, description: 'Designs that count. / Designs die meetellen.' },
      dutchStudies: { type: 'integer', minimum: 0, description: 'Supporting Dutch studies needed. / Benodigde ondersteunende Nederlandse studies.' },
      controlledStudies: { type: 'integer', minimum: 0, description: 'Supporting controlled studies (rct, quasi-experimental) needed. / Benodigde ondersteunende gecontroleerde studies (rct, quasi-experimenteel).' },
      followUpMonths: { type: 'number', minimum: 0, description: 'Minimum follow-up in months of one counted study. / Minimale follow-up in maanden van één meetellende studie.' },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://intervention-lint.dev/schemas/intervention-lint-config.schema.json',
    title: 'intervention-lint configuration',
    description: 'Project configuration of intervention-lint (.intervention-lint.yaml). / Projectconfiguratie van intervention-lint.',
    type: 'object',
    additionalProperties: false,
    properties: {
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Globs of the description files. / Globs van de beschrijvingsbestanden.',
      },
      rules: {
        type: 'object',
        description: 'Severity per rule id. / Ernst per regel-id.',
        propertyNames: { enum: [...ruleIds] },
        additionalProperties: { enum: [...RULE_SETTINGS] },
      },
      sessionRanges: {
        type: 'object',
        description: 'Session range found most effective per category (GR §4.2, §4.3). / Aantal sessies dat per categorie het meest effectief bleek (GR §4.2, §4.3).',
        propertyNames: { enum: [...CATEGORIES] },
        additionalProperties: bounds,
      },
      levels: {
        type: 'object',
        description: 'What each effective level needs: tool defaults, except that every effective level rests on Dutch effect research (GR Table 1 note a; spec §5). / Wat elk effectief niveau vraagt: standaarden van dit hulpmiddel, behalve dat elk effectief niveau steunt op Nederlands effectonderzoek (GR tabel 1, noot a; spec §5).',
        additionalProperties: false,
        properties: Object.fromEntries(LEVELS.filter((l) => l !== 'well-founded').map((l) => [l, requirement])),
      },
      language: { enum: ['nl', 'en'], description: 'Language of messages. / Taal van de meldingen.' },
      docsUrl: {
        type: 'string',
        pattern: '^https?://\\S+$',
        description: 'Base URL of the published rule pages (<id>.md), for links in SARIF and HTML reports. / Basis-URL van de gepubliceerde regelpagina\'s, voor links in SARIF- en HTML-rapporten.',
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxFileBytes: { type: 'integer', minimum: 1, description: 'Largest document that is checked. / Grootste document dat wordt gecontroleerd.' },
          timeBudgetMs: { type: 'integer', minimum: 1, description: 'Time budget per document. / Tijdsbudget per document.' },
        },
      },
    },
  };
}

export interface ConfigProblem {
  readonly range: OffsetRange;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly { readonly line: number; readonly column: number; readonly message: string }[],
  ) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

const validators = new Map<string, ValidateFunction>();

function configValidator(ruleIds: readonly string[]): ValidateFunction {
  const key = ruleIds.join(',');
  let validate = validators.get(key);
  if (!validate) {
    validate = createAjv().compile(configSchema(ruleIds));
    validators.set(key, validate);
  }
  return validate;
}

/** Reads a config text; on any problem, `overrides` is undefined and `problems` say where and why. */
export function parseConfig(
  text: string,
  ruleIds: readonly string[],
  language: Language = 'en',
): { overrides: ConfigOverrides | undefined; problems: ConfigProblem[] } {
  if (text.length > MAX_CONFIG_BYTES) {
    const message = t(language, CORE_TEXT.configTooLarge, { length: text.length, max: MAX_CONFIG_BYTES });
    return { overrides: undefined, problems: [{ range: { start: 0, end: 0 }, message }] };
  }
  const parsed = parse(text);
  // A config is read by a program, not a reviewer: a tag or directive it cannot honour is an error.
  const unreadable = [...parsed.problems, ...parsed.warnings];
  if (unreadable.length > 0 || !parsed.doc) {
    return { overrides: undefined, problems: unreadable.map((p) => ({ range: p.range, message: p.message[language] })) };
  }
  const data = parsed.data ?? {};
  const problems = validateAgainst(configValidator(ruleIds), data).map((p) => ({
    range: rangeOf(parsed.doc!, text, p.path, p.anchor),
    message: p.message[language],
  }));
  for (const [category, bounds] of Object.entries((data as ConfigOverrides).sessionRanges ?? {})) {
    if (problems.length === 0 && bounds.min > bounds.max) {
      problems.push({
        range: rangeOf(parsed.doc, text, ['sessionRanges', category], 'key'),
        message: t(language, CORE_TEXT.minAboveMax, { category }),
      });
    }
  }
  if (problems.length === 0) {
    (data as ConfigOverrides).files?.forEach((pattern, index) => {
      if (!leavesRoot(pattern)) return;
      problems.push({
        range: rangeOf(parsed.doc!, text, ['files', index]),
        message: t(language, CORE_TEXT.patternOutside, { pattern: JSON.stringify(pattern) }),
      });
    });
  }
  return problems.length > 0 ? { overrides: undefined, problems } : { overrides: data, problems };
}

/**
 * Whether a `files` pattern can match outside the folder it is resolved in: absolute (`/etc/*`,
 * `C:\x`, `\\server\share`, `~/x`) or with a `..` segment. Links out of the root are caught
 * where the file system is (the shells), as only they can resolve them.
 */
export function leavesRoot(pattern: string): boolean {
  if (/^(?:[/\\~]|[A-Za-z]:[/\\])/.test(pattern)) return true;
  return pattern.split(/[/\\]/).some((segment) => segment === '..');
}

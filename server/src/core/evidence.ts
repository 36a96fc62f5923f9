/**
 * The evidence model of the contract: effect-size classes (spec §4, from the GR box "Maten voor de
 * grootte van effecten en verbanden") and the level a description's studies support (spec §5).
 */
import {
  isFilled,
  LEVELS,
  present,
  studies,
  type Description,
  type Design,
  type Effect,
  type EffectiveLevel,
  type Level,
  type PlacedStudy,
  type Study,
} from './model';
import { isPlaceholder } from './placeholder';
import type { KeyPath, Localized } from './types';
import { append } from './append';
import { enumName, localize } from './text';

export const EFFECT_CLASSES = ['negligible', 'small', 'medium', 'large', 'very large'] as const;
export type EffectClass = (typeof EFFECT_CLASSES)[number];

export const EFFECT_CLASS_NL: Readonly<Record<EffectClass, string>> = {
  negligible: 'verwaarloosbaar',
  small: 'klein',
  medium: 'middelmatig',
  large: 'groot',
  'very large': 'zeer groot',
};

/** Lower bounds per class; a value belongs to the highest class whose bound it reaches. */
const D_BOUNDS: readonly [number, EffectClass][] = [
  [1.2, 'very large'],
  [0.8, 'large'],
  [0.5, 'medium'],
  [0.2, 'small'],
  [0, 'negligible'],
];
const R_BOUNDS: readonly [number, EffectClass][] = [
  [0.5, 'large'],
  [0.3, 'medium'],
  [0.1, 'small'],
  [0, 'negligible'],
];

/** Compares with a tolerance so that 0.2 written in YAML is not 0.19999 after arithmetic. */
function classify(value: number, bounds: readonly [number, EffectClass][]): EffectClass {
  const magnitude = Math.abs(value);
  for (const [bound, name] of bounds) if (magnitude >= bound - 1e-9) return name;
  return 'negligible';
}

export function effectClassOfD(d: number): EffectClass {
  return classify(d, D_BOUNDS);
}

export function effectClassOfR(r: number): EffectClass {
  return classify(r, R_BOUNDS);
}

/** The class of an effect, or undefined for odds ratios, which the advice gives no classes. */
export function effectClass(effect: Effect | undefined): EffectClass | undefined {
  if (effect?.d !== undefined) return effectClassOfD(effect.d);
  if (effect?.r !== undefined) return effectClassOfR(effect.r);
  return undefined;
}

export type LabelLanguage = 'en' | 'nl';

/** Reads a label in either language; undefined for words that are not a class. */
export function parseLabel(label: string): { cls: EffectClass; language: LabelLanguage } | undefined {
  const normalised = label.trim().toLowerCase();
  for (const cls of EFFECT_CLASSES) {
    if (cls === normalised) return { cls, language: 'en' };
    if (EFFECT_CLASS_NL[cls] === normalised) return { cls, language: 'nl' };
  }
  return undefined;
}

export function labelFor(cls: EffectClass, language: LabelLanguage): string {
  return localize({ en: cls, nl: EFFECT_CLASS_NL[cls] }, language);
}

// ---------------------------------------------------------------------------------------------
// Levels (spec §5)

export const CONTROLLED_DESIGNS: readonly Design[] = ['rct', 'quasi-experimental'];
/** Designs that study something other than the effect: note a asks for Dutch *effect* research. */
export const NON_EFFECT_DESIGNS: readonly Design[] = ['process', 'qualitative', 'meta-analysis'];

export function isEffectStudy(study: Study): boolean {
  return study.design !== undefined && !NON_EFFECT_DESIGNS.includes(study.design);
}

export interface LevelRequirement {
  /** Designs a study must have to count towards this level. */
  readonly designs: readonly Design[];
  /** Supporting effect studies (of those designs, Dutch or international) needed. */
  readonly effectStudies: number;
  /** Supporting Dutch studies (of those designs) needed. */
  readonly dutchStudies: number;
  /** Supporting controlled studies (Dutch or international) needed. */
  readonly controlledStudies: number;
  /** At least one counted study must have at least this follow-up; 0 means no requirement. */
  readonly followUpMonths: number;
}

export type LevelRequirements = Readonly<Record<EffectiveLevel, LevelRequirement>>;

/**
 * The tool's defaults (spec §5). Only two things here rest on the advice (GR Table 1, note a):
 * "well-founded" rests on theory, and every effective level on Dutch effect research. The designs,
 * counts and follow-up are defaults an organisation can change under `levels` in its config.
 */
export const DEFAULT_LEVEL_REQUIREMENTS: LevelRequirements = {
  'effective-first': {
    designs: ['pre-post-norm', 'repeated-measures', 'n-of-1', ...CONTROLLED_DESIGNS],
    effectStudies: 0,
    dutchStudies: 1,
    controlledStudies: 0,
    followUpMonths: 0,
  },
  // `effectStudies` is 0 by default: the Dutch and controlled counts already say how many count.
  'effective-good': { designs: CONTROLLED_DESIGNS, effectStudies: 0, dutchStudies: 1, controlledStudies: 1, followUpMonths: 0 },
  'effective-strong': { designs: CONTROLLED_DESIGNS, effectStudies: 0, dutchStudies: 1, controlledStudies: 2, followUpMonths: 6 },
};

/** The schema names the levels in Dutch only; these are the English names the tool writes. */
const LEVEL_NAMES_EN: Readonly<Record<Level, string>> = {
  'well-founded': 'well-founded',
  'effective-first': 'effective, first indications',
  'effective-good': 'effective, good indications',
  'effective-strong': 'effective, strong indications',
};

/** Level names: Dutch from the schema (`level.claimed`'s `x-enum-nl`), plus "none", which is not a value. */
export const LEVEL_NAMES: Readonly<Record<Level | 'none', Localized>> = {
  none: { en: 'none (not yet well-founded)', nl: 'geen (nog niet goed onderbouwd)' },
  ...(Object.fromEntries(LEVELS.map((level) => [level, { en: LEVEL_NAMES_EN[level], nl: enumName('claimed', level, 'nl') }])) as Record<Level, Localized>),
};

/** A study supports the claim when it has a significant positive outcome in a targeted domain. */
export function isSupporting(study: Study, targeted: ReadonlySet<string>): boolean {
  return present(study.outcomes).some(
    (o) => o.direction === 'positive' && o.significant === true && o.domain !== undefined && targeted.has(o.domain),
  );
}

/**
 * Where a requirement comes from: `advice` rests on GR Table 1 note a; `default` is the tool's
 * default, configurable under `configKey` when it has one.
 */
export type RequirementBasis = 'advice' | 'default';

export interface Requirement {
  readonly level: Level;
  readonly met: boolean;
  /** The requirement, what was found, and its basis (so every view that shows it says so). */
  readonly text: Localized;
  readonly basis: RequirementBasis;
  /** The config key that sets it, e.g. `levels.effective-good.controlledStudies`. */
  readonly configKey?: string;
  /** The key the requirement is about: a section, or the study that (nearly) meets it. */
  readonly path: KeyPath;
}

/** How the supported level compares with the claim; `not-checked` when there is no assessment. */
export type Verdict = 'supported' | 'not-supported' | 'not-claimed' | 'not-checked';

export function verdictOf(claimed: Level | undefined, supported: Level | 'none' | undefined): Verdict {
  if (supported === undefined) return 'not-checked';
  if (claimed === undefined) return 'not-claimed';
  return levelRank(supported) >= levelRank(claimed) ? 'supported' : 'not-supported';
}

/** A study's key, or `otherwise` when there is no such study. */
function studyPath(study: PlacedStudy | undefined, key: string, otherwise: KeyPath): KeyPath {
  return study ? ['research', study.list, study.index, key] : otherwise;
}

export interface LevelAssessment {
  readonly claimed: Level | undefined;
  readonly supported: Level | 'none';
  /** The highest level the studies reach when the well-founded basics are taken as given. */
  readonly supportedByStudies: Level;
  /** Every requirement of every level, met or not, in level order. */
  readonly requirements: readonly Requirement[];
  readonly supportingStudies: readonly PlacedStudy[];
}

export const BASIS_NOTE_A: Localized = { en: 'source: GR Table 1, note a', nl: 'bron: GR tabel 1, noot a' };

function basisText(basis: RequirementBasis, configKey: string | undefined): Localized {
  if (basis === 'advice') return BASIS_NOTE_A;
  return configKey === undefined
    ? { en: 'tool default', nl: 'standaard van dit hulpmiddel' }
    : { en: `tool default, configurable as \`${configKey}\``, nl: `standaard van dit hulpmiddel, in te stellen met \`${configKey}\`` };
}

function requirement(level: Level, met: boolean, path: KeyPath, text: Localized, basis: RequirementBasis, configKey?: string): Requirement {
  const source = basisText(basis, configKey);
  return { level, met, path, basis, ...(configKey !== undefined ? { configKey } : {}), text: { en: `${text.en} — ${source.en}`, nl: `${text.nl} — ${source.nl}` } };
}

function count(n: number, en: string, nl: string, enPlural: string, nlPlural: string): Localized {
  return { en: `${n} ${n === 1 ? en : enPlural}`, nl: `${n} ${n === 1 ? nl : nlPlural}` };
}

function requirementsFor(level: EffectiveLevel, req: LevelRequirement, supporting: readonly PlacedStudy[]): Requirement[] {
  const eligible = supporting.filter((s) => s.study.design !== undefined && req.designs.includes(s.study.design));
  const dutch = eligible.filter((s) => s.list === 'dutchStudies');
  const controlled = eligible.filter((s) => s.study.design !== undefined && CONTROLLED_DESIGNS.includes(s.study.design));
  const designs = req.designs.join(', ');
  const key = (name: keyof LevelRequirement): string => `levels.${level}.${name}`;
  const result: Requirement[] = [];
  if (level === 'effective-first') {
    // Note a itself: every effective level rests on indications from Dutch effect research.
    const dutchEffect = supporting.filter((s) => s.list === 'dutchStudies' && isEffectStudy(s.study));
    const found = dutchEffect.length;
    result.push(
      requirement(level, found > 0, studyPath(dutchEffect[0], 'reference', ['research', 'dutchStudies']), { en: `indications of effectiveness from Dutch effect research (a supporting Dutch effect study); found ${found}`, nl: `aanwijzingen voor effectiviteit uit Nederlands effectonderzoek (een ondersteunende Nederlandse effectstudie); gevonden: ${found}` }, 'advice'),
    );
  }
  if (req.effectStudies > 0) {
    const need = count(req.effectStudies, 'supporting effect study', 'ondersteunende effectstudie', 'supporting effect studies', 'ondersteunende effectstudies');
    result.push(requirement(level, eligible.length >= req.effectStudies, studyPath(eligible[0], 'reference', ['research']), { en: `${need.en} (design ${designs}); found ${eligible.length}`, nl: `${need.nl} (design ${designs}); gevonden: ${eligible.length}` }, 'default', key('effectStudies')));
  }
  if (req.dutchStudies > 0) {
    const need = count(req.dutchStudies, 'supporting Dutch study', 'ondersteunende Nederlandse studie', 'supporting Dutch studies', 'ondersteunende Nederlandse studies');
    result.push(requirement(level, dutch.length >= req.dutchStudies, studyPath(supporting.find((s) => s.list === 'dutchStudies'), 'reference', ['research', 'dutchStudies']), { en: `${need.en} (design ${designs}); found ${dutch.length}`, nl: `${need.nl} (design ${designs}); gevonden: ${dutch.length}` }, 'default', key('dutchStudies')));
  }
  if (req.controlledStudies > 0) {
    const need = count(req.controlledStudies, 'supporting controlled study', 'ondersteunende gecontroleerde studie', 'supporting controlled studies', 'ondersteunende gecontroleerde studies');
    result.push(requirement(level, controlled.length >= req.controlledStudies, studyPath(controlled[0], 'reference', ['research']), { en: `${need.en} (rct or quasi-experimental); found ${controlled.length}`, nl: `${need.nl} (rct of quasi-experimenteel); gevonden: ${controlled.length}` }, 'default', key('controlledStudies')));
  }
  if (req.followUpMonths > 0) {
    const pool = req.controlledStudies > 0 ? controlled : eligible;
    const met = pool.some((s) => (s.study.followUpMonths ?? 0) >= req.followUpMonths);
    const longest = [...controlled].sort((a, b) => (b.study.followUpMonths ?? 0) - (a.study.followUpMonths ?? 0))[0];
    const where = studyPath(longest, longest?.study.followUpMonths !== undefined ? 'followUpMonths' : 'reference', ['research']);
    result.push(
      requirement(level, met, where, { en: `a supporting study with a follow-up of at least ${req.followUpMonths} months`, nl: `een ondersteunende studie met een follow-up van minstens ${req.followUpMonths} maanden` }, 'default', key('followUpMonths')),
    );
  }
  return result;
}

/** Filled with real text: a placeholder left by a template does not describe anything. */
function described(text: string | undefined): boolean {
  return isFilled(text) && !isPlaceholder(text);
}

function wellFoundedRequirements(d: Description): Requirement[] {
  const item = (basis: RequirementBasis) => (met: boolean, path: KeyPath, en: string, nl: string): Requirement => {
    const key = `\`${path.join('.')}\``;
    return requirement('well-founded', met, path, { en: `${en} (${key})`, nl: `${nl} (${key})` }, basis);
  };
  const advice = item('advice');
  const basic = item('default');
  return [
    advice(described(d.rationale?.problem), ['rationale', 'problem'], 'problem analysis', 'probleemanalyse'),
    advice(described(d.rationale?.causes), ['rationale', 'causes'], 'causes', 'oorzaken'),
    advice(described(d.rationale?.theory), ['rationale', 'theory'], 'theory of change', 'verantwoording'),
    basic(described(d.goals?.main), ['goals', 'main'], 'main goal described', 'hoofddoel beschreven'),
    basic(d.targetGroup?.child?.ageMonths !== undefined && present(d.targetGroup.population).length > 0, ['targetGroup'], 'target group described', 'doelgroep beschreven'),
    basic(d.approach?.sessions !== undefined, ['approach', 'sessions'], 'approach described', 'aanpak beschreven'),
  ];
}

function highestReached(all: readonly Requirement[], skipWellFounded: boolean): Level | 'none' {
  let supported: Level | 'none' = 'none';
  for (const level of LEVELS) {
    if (!(skipWellFounded && level === 'well-founded') && !all.filter((r) => r.level === level).every((r) => r.met)) break;
    supported = level;
  }
  return supported;
}

/** The supported level and the checklist behind it. */
export function assessLevel(d: Description, requirements: LevelRequirements = DEFAULT_LEVEL_REQUIREMENTS): LevelAssessment {
  const targeted = new Set<string>(present(d.goals?.targetedOutcomes));
  const supporting = studies(d).filter((s) => s.list !== 'metaAnalyses' && isSupporting(s.study, targeted));
  const all: Requirement[] = wellFoundedRequirements(d);
  for (const level of LEVELS) {
    if (level !== 'well-founded') append(all, requirementsFor(level, requirements[level], supporting));
  }
  const byStudies = highestReached(all, true);
  return {
    claimed: d.level?.claimed,
    supported: highestReached(all, false),
    supportedByStudies: byStudies === 'none' ? 'well-founded' : byStudies,
    requirements: all,
    supportingStudies: supporting,
  };
}

export function levelRank(level: Level | 'none'): number {
  return level === 'none' ? -1 : LEVELS.indexOf(level);
}

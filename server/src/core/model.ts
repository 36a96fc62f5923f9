/**
 * The description as the domain rules see it: the parsed data after every value that the schema
 * rejected has been removed. Every key is optional because a rule must cope with what is missing;
 * list items are `undefined` where the schema rejected the item (indices stay stable for ranges).
 */

import type { Localized } from './types';

export const CATEGORIES = ['sensitivity', 'maltreatment-prevention', 'parenting-support', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a category is called in sentences; ids such as `maltreatment-prevention` read badly in Dutch. */
export const CATEGORY_NAMES: Readonly<Record<Category, Localized>> = {
  sensitivity: { en: 'sensitivity and attachment', nl: 'sensitiviteit en gehechtheid' },
  'maltreatment-prevention': { en: 'maltreatment prevention', nl: 'voorkomen van kindermishandeling' },
  'parenting-support': { en: 'parenting support', nl: 'opvoedingsondersteuning' },
  other: { en: 'other', nl: 'overig' },
};

export const LEVELS = ['well-founded', 'effective-first', 'effective-good', 'effective-strong'] as const;
export type Level = (typeof LEVELS)[number];
export type EffectiveLevel = Exclude<Level, 'well-founded'>;

export const POPULATIONS = ['universal', 'help-request', 'risk-families', 'maltreatment'] as const;
export type Population = (typeof POPULATIONS)[number];

export const DESIGNS = [
  'rct',
  'quasi-experimental',
  'repeated-measures',
  'n-of-1',
  'pre-post-norm',
  'pre-post',
  'qualitative',
  'process',
  'meta-analysis',
] as const;
export type Design = (typeof DESIGNS)[number];

export const DOMAINS = [
  'sensitivity',
  'attachment',
  'maltreatment',
  'harsh-discipline',
  'child-behaviour',
  'parenting-stress',
  'parenting-skills',
  'risk-factors',
  'other',
] as const;
export type Domain = (typeof DOMAINS)[number];

export type Maybe<T> = T | undefined;

export interface Effect {
  readonly d?: number;
  readonly r?: number;
  readonly or?: number;
}

export interface Outcome {
  readonly measure?: string;
  readonly domain?: Domain;
  readonly instrumentValidated?: boolean;
  readonly effect?: Effect;
  readonly label?: string;
  /** The authors' own reading of the effect, beside the class by the GR box (spec §4). */
  readonly authorsInterpretation?: string;
  readonly significant?: boolean;
  readonly direction?: 'positive' | 'none' | 'negative';
}

export interface Study {
  readonly reference?: string;
  readonly year?: number;
  readonly country?: string;
  readonly design?: Design;
  readonly n?: number;
  readonly followUpMonths?: number;
  readonly outcomes?: readonly Maybe<Outcome>[];
}

export interface SessionRange {
  readonly min?: number;
  readonly max?: number;
}

export interface Description {
  readonly format?: string;
  readonly id?: string;
  readonly name?: string;
  readonly summary?: string;
  readonly owner?: { readonly organisation?: string };
  readonly category?: Category;
  readonly level?: { readonly claimed?: Level; readonly assessed?: Level; readonly assessedOn?: string };
  readonly targetGroup?: {
    readonly child?: { readonly ageMonths?: SessionRange };
    readonly parents?: string;
    readonly population?: readonly Maybe<Population>[];
    readonly riskFactors?: readonly Maybe<string>[];
    readonly indications?: readonly Maybe<string>[];
    readonly contraIndications?: readonly Maybe<string>[];
    readonly selection?: string;
  };
  readonly goals?: {
    readonly main?: string;
    readonly sub?: readonly Maybe<string>[];
    readonly targetedOutcomes?: readonly Maybe<Domain>[];
  };
  readonly approach?: {
    readonly sessions?: number | SessionRange;
    readonly sessionMinutes?: number;
    readonly durationWeeks?: number;
    readonly delivery?: string;
    readonly setting?: string;
    readonly components?: readonly Maybe<string>[];
    readonly content?: string;
  };
  readonly rationale?: {
    readonly problem?: string;
    readonly causes?: string;
    readonly theory?: string;
    readonly activeElements?: readonly Maybe<string>[];
  };
  readonly implementation?: {
    readonly manual?: { readonly available?: boolean; readonly language?: string };
    readonly professionals?: string;
    readonly qualityAssurance?: readonly Maybe<string>[];
    readonly safetyAssessment?: string;
    readonly needsAssessment?: string;
    readonly processEvaluation?: readonly Maybe<string>[];
    readonly costs?: string;
  };
  readonly research?: {
    readonly dutchStudies?: readonly Maybe<Study>[];
    readonly internationalStudies?: readonly Maybe<Study>[];
    readonly metaAnalyses?: readonly Maybe<Study>[];
  };
  readonly references?: readonly Maybe<string>[];
}

export type StudyList = 'dutchStudies' | 'internationalStudies' | 'metaAnalyses';
export const STUDY_LISTS: readonly StudyList[] = ['dutchStudies', 'internationalStudies', 'metaAnalyses'];

/** A study with where it sits in the file. */
export interface PlacedStudy {
  readonly list: StudyList;
  readonly index: number;
  readonly study: Study;
}

/** An outcome with where it sits in the file. */
export interface PlacedOutcome {
  readonly list: StudyList;
  readonly studyIndex: number;
  readonly index: number;
  readonly outcome: Outcome;
}

export function present<T>(items: readonly Maybe<T>[] | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== undefined);
}

export function studies(description: Description): PlacedStudy[] {
  const placed: PlacedStudy[] = [];
  for (const list of STUDY_LISTS) {
    (description.research?.[list] ?? []).forEach((study, index) => {
      if (study) placed.push({ list, index, study });
    });
  }
  return placed;
}

export function outcomes(description: Description): PlacedOutcome[] {
  const placed: PlacedOutcome[] = [];
  for (const { list, index: studyIndex, study } of studies(description)) {
    (study.outcomes ?? []).forEach((outcome, index) => {
      if (outcome) placed.push({ list, studyIndex, index, outcome });
    });
  }
  return placed;
}

export function outcomePath(o: PlacedOutcome, key?: string): (string | number)[] {
  const path: (string | number)[] = ['research', o.list, o.studyIndex, 'outcomes', o.index];
  if (key !== undefined) path.push(key);
  return path;
}

/** `[min, max]` of a session count given as an integer or a range. */
export function sessionBounds(sessions: number | SessionRange | undefined): [number, number] | undefined {
  if (sessions === undefined) return undefined;
  if (typeof sessions === 'number') return [sessions, sessions];
  if (sessions.min === undefined || sessions.max === undefined) return undefined;
  return [sessions.min, sessions.max];
}

export function isFilled(text: string | undefined): boolean {
  return text !== undefined && text.trim().length > 0;
}

/** `nl`, `nl-NL`, `nl-BE`, `Nederlands`, `Nederlandstalig`, `Dutch`, in any case (spec §3). */
export function isDutch(language: string | undefined): boolean {
  return language !== undefined && /^(?:nl(?:[-_](?:nl|be))?|dutch|nederlands(?:talig)?)$/i.test(language.trim());
}

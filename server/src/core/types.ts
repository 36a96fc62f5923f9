/**
 * Shared data types of the validation core. Everything here is plain data so that the
 * language server, the CLI and the tests exchange the same values without conversion.
 */

/** Severity of a finding, from most to least serious. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What a project may set per rule: a severity or `off`. */
export type RuleSetting = Severity | 'off';

export type Language = 'nl' | 'en';

/** A text in both supported languages. */
export interface Localized {
  readonly en: string;
  readonly nl: string;
}

/** A half-open span of UTF-16 offsets into the document text: `[start, end)`. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** One text replacement; offsets are UTF-16 code units into the original text. */
export interface Edit extends OffsetRange {
  readonly text: string;
}

export interface Fix {
  readonly title: Localized;
  readonly edits: readonly Edit[];
  /** Safe fixes need no judgement from the author and are applied by `--fix` and fix-all. */
  readonly safe: boolean;
}

/** A key path into the description, e.g. `['research', 'dutchStudies', 0, 'n']`. */
export type KeyPath = readonly (string | number)[];

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  /** The key path the finding concerns; used for baselines and fingerprints. */
  readonly path: KeyPath;
  readonly fixes: readonly Fix[];
  /**
   * What the message asserts that the flagged text does not show, language-neutral (e.g. the
   * level the studies support). Part of a baseline fingerprint, so that a worse finding at the
   * same place is new rather than accepted.
   */
  readonly detail?: string;
}

/** A 1-based line/column position, as printed by the CLI. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  error: 3,
  warning: 2,
  info: 1,
  hint: 0,
};

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold];
}

/**
 * What the report needs besides the text layer's tables (core/text/report-tables): the count of
 * findings in words, the study keys, and numbers in the report's style.
 */
import { decimal, plural, REPORT_PLURALS, type Language, type Severity, type StudyList } from '../core';

/** The prefix of a study's key (`NL1`, `INT2`): the same in both languages. */
export const STUDY_KEY_PREFIX: Readonly<Record<StudyList, string>> = { dutchStudies: 'NL', internationalStudies: 'INT', metaAnalyses: 'MA' };

/** "2 errors, 1 warning": the severities that occur, most severe first. */
export function findingsSummary(counts: Readonly<Record<Severity, number>>, language: Language): string {
  return (['error', 'warning', 'info', 'hint'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${plural(language, counts[s], REPORT_PLURALS[s])}`)
    .join(', ');
}

/** A number with the decimal separator of the report language (Dutch: comma) and a true minus sign. */
export function formatNumber(value: number, language: Language): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
  return decimal(rounded, language).replace('-', '−');
}

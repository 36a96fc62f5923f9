/**
 * The evidence report as data: what the renderers (Markdown, HTML) show, already in the report
 * language. Pure: a validation result in, plain data out.
 */
import type { Document } from 'yaml';
import { CATEGORY_NAMES, DESIGN_NAMES, DOMAIN_NAMES, labelFor, LEVELS, LEVEL_NAMES, effectClass, levelRank, lineColumn, locate, parseLabel, studies, type Design, type Domain, type Effect, type EffectClass, type Language, type Level, type Severity, type StudyList, type ValidationResult, REPORT_NOT_CHECKED, REPORT_TEXT, SEVERITY_NAMES, STUDY_LIST_NAMES, textIn } from '../core';
import { formatNumber, STUDY_KEY_PREFIX } from './text';

export type ReportLanguage = Language;

export interface LevelInfo {
  readonly key: Level | 'none';
  readonly name: string;
}

/** `supported`: the evidence reaches the claimed level; `not-supported`: it does not. */
export type LevelVerdict = 'supported' | 'not-supported' | 'not-claimed';

export interface LevelComparison {
  readonly claimed: LevelInfo | undefined;
  readonly supported: LevelInfo;
  readonly assessed: LevelInfo | undefined;
  readonly assessedOn: string | undefined;
  readonly verdict: LevelVerdict;
  /** The evidence supports a higher level than the one claimed. */
  readonly exceeds: boolean;
  /** Requirements of the claimed level and the levels below it that are not met. */
  readonly missing: readonly string[];
}

export interface ChecklistItem {
  readonly met: boolean;
  readonly text: string;
}

export interface ChecklistLevel {
  readonly level: Level;
  readonly name: string;
  readonly claimed: boolean;
  /** The evidence reaches this level (its own items and those of every level above it are met). */
  readonly reached: boolean;
  readonly items: readonly ChecklistItem[];
}

export interface ReportOutcome {
  readonly measure: string;
  readonly domain: Domain | undefined;
  /** "measure (domain)" in the report language. */
  readonly text: string;
}

export interface ReportStudy {
  /** A short stable key such as `NL1`, `INT2`, `MA1` (list and 1-based position). */
  readonly key: string;
  readonly list: StudyList;
  readonly listName: string;
  readonly reference: string;
  /** First author(s) and year, for chart labels. */
  readonly shortReference: string;
  readonly year: number | undefined;
  readonly design: Design | undefined;
  readonly designName: string | undefined;
  readonly n: number | undefined;
  readonly followUpMonths: number | undefined;
  readonly outcomes: readonly ReportOutcome[];
  /** Whether the study counts as supporting for the level; undefined when it is not counted. */
  readonly supporting: boolean | undefined;
  readonly supportingText: string;
  readonly line: number | undefined;
}

export type EffectKind = 'd' | 'r' | 'or';
export type LabelCheck = 'match' | 'mismatch' | 'no-label' | 'not-checked';

export interface ReportEffect {
  readonly studyKey: string;
  readonly study: string;
  readonly measure: string;
  readonly domain: Domain | undefined;
  readonly measureText: string;
  readonly kind: EffectKind;
  readonly value: number;
  /** e.g. `d = 0.44`, `r = 0,24`, `OR = 1.8`. */
  readonly valueText: string;
  readonly cls: EffectClass | undefined;
  /** The class in the report language, or "no class in the advice" for odds ratios. */
  readonly className: string;
  readonly label: string | undefined;
  /** How the study's authors themselves describe the effect (free text, not checked; spec §4). */
  readonly authorsInterpretation: string | undefined;
  readonly labelCheck: LabelCheck;
  readonly labelCheckText: string;
  /**
   * The value as Cohen's d for the chart (r converted with d = 2r/√(1−r²)); undefined for odds
   * ratios. ±Infinity for r = ±1.
   */
  readonly plotD: number | undefined;
  readonly line: number | undefined;
}

export interface ReportFinding {
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly severityName: string;
  readonly ruleId: string;
  readonly message: string;
}

export interface EvidenceReport {
  readonly language: ReportLanguage;
  readonly fileName: string;
  /** The intervention's name, or the file name when there is none. */
  readonly title: string;
  readonly intervention: {
    readonly name: string | undefined;
    readonly id: string | undefined;
    readonly category: string | undefined;
    readonly categoryName: string | undefined;
  };
  /** False when the document could not be checked (no assessment, e.g. YAML syntax errors). */
  readonly checked: boolean;
  /** Why the document could not be checked; undefined when it was checked. */
  readonly notCheckedReason: string | undefined;
  readonly levels: LevelComparison | undefined;
  readonly checklist: readonly ChecklistLevel[];
  readonly studies: readonly ReportStudy[];
  readonly effects: readonly ReportEffect[];
  readonly findings: readonly ReportFinding[];
  /** Rows left out of `studies` and `effects` at `MAX_REPORT_ROWS`. */
  readonly omitted: { readonly studies: number; readonly effects: number };
  readonly findingCounts: Readonly<Record<Severity, number>>;
}

/** Studies and effects a report lists at most (the findings are capped in the core already). */
export const MAX_REPORT_ROWS = 500;
/** Outcomes listed per study in the studies table; the effects table lists the effects themselves. */
export const MAX_OUTCOMES_PER_STUDY = 30;

/** Cohen's d from a correlation r (spec: for plotting only): d = 2r/√(1−r²). */
export function dFromR(r: number): number {
  if (r >= 1) return Number.POSITIVE_INFINITY;
  if (r <= -1) return Number.NEGATIVE_INFINITY;
  return (2 * r) / Math.sqrt(1 - r * r);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function className(cls: EffectClass, language: Language): string {
  return labelFor(cls, language);
}

/** "Voorbeeld & Fictief (2021)", "Exemplar et al. (2019)" or the start of the reference. */
export function shortReference(reference: string, year: number | undefined): string {
  const text = oneLine(reference);
  const yearAt = text.search(/\(\s*\d{4}[a-z]?\s*\)/);
  const authors = yearAt > 0 ? text.slice(0, yearAt).trim() : '';
  let short: string;
  const surname = (part: string): string => (part.split(',')[0] ?? '').trim();
  if (authors && /^[^,]+,/.test(authors)) {
    const parts = authors.split(/\s*&\s*|\s+(?:and|en)\s+/);
    const first = surname(parts[0] ?? '');
    const commas = (parts[0] ?? '').split(',').filter((s) => s.trim() !== '').length;
    if (parts.length === 1 && !/et al/i.test(authors)) short = first;
    else if (parts.length === 2 && commas <= 2 && !/et al/i.test(authors)) short = `${first} & ${surname(parts[1] ?? '')}`;
    else short = `${first} et al.`;
  } else {
    short = text;
  }
  const limit = 36;
  if (short.length > limit) short = `${short.slice(0, limit - 1).trimEnd()}…`;
  return year === undefined ? short : `${short} (${year})`;
}

function lineOf(result: ValidationResult, doc: Document.Parsed | undefined, path: readonly (string | number)[]): number | undefined {
  if (!doc) return undefined;
  const { found, depth } = locate(doc, path);
  if (depth !== path.length) return undefined;
  const start = found.value?.range?.[0] ?? found.key?.range?.[0];
  return start === undefined ? undefined : lineColumn(result.lineCounter, start).line;
}

function effectValue(effect: Effect | undefined): { kind: EffectKind; value: number } | undefined {
  if (effect?.d !== undefined) return { kind: 'd', value: effect.d };
  if (effect?.r !== undefined) return { kind: 'r', value: effect.r };
  if (effect?.or !== undefined) return { kind: 'or', value: effect.or };
  return undefined;
}

function notCheckedReason(result: ValidationResult, language: Language): string {
  const say = textIn(language);
  const ids = new Set(result.findings.map((f) => f.ruleId));
  if (ids.has('yaml-syntax')) return say(REPORT_NOT_CHECKED.yamlSyntax);
  if (ids.has('document-too-large')) return say(REPORT_NOT_CHECKED.tooLarge);
  if (ids.has('format-version')) return say(REPORT_NOT_CHECKED.format);
  return say(REPORT_NOT_CHECKED.other);
}

function plainString(data: unknown, key: string): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? oneLine(value) : undefined;
}

/** Collects everything the evidence report shows, in `language`. */
export function buildReport(fileName: string, text: string, result: ValidationResult, language: ReportLanguage): EvidenceReport {
  const say = textIn(language);
  const description = result.description;
  const assessment = result.assessment;
  const doc = result.parsed?.doc;
  const checked = assessment !== undefined && description !== undefined;

  // Name and id: from the checked description, else (format problems) from the raw data if readable.
  const raw = result.parsed?.data;
  const name = description?.name !== undefined ? oneLine(description.name) : plainString(raw, 'name');
  const id = description?.id ?? plainString(raw, 'id');
  const category = description?.category;

  const levelInfo = (key: Level | 'none'): LevelInfo => ({ key, name: LEVEL_NAMES[key][language] });

  let levels: LevelComparison | undefined;
  const checklist: ChecklistLevel[] = [];
  if (assessment) {
    const claimedRank = assessment.claimed === undefined ? -1 : levelRank(assessment.claimed);
    const supportedRank = levelRank(assessment.supported);
    let reachedSoFar = true;
    for (const level of LEVELS) {
      const items = assessment.requirements.filter((r) => r.level === level).map((r) => ({ met: r.met, text: r.text[language] }));
      reachedSoFar = reachedSoFar && items.every((i) => i.met);
      checklist.push({ level, name: LEVEL_NAMES[level][language], claimed: assessment.claimed === level, reached: reachedSoFar, items });
    }
    const missing = assessment.requirements
      .filter((r) => !r.met && levelRank(r.level) <= claimedRank)
      .map((r) => `${LEVEL_NAMES[r.level][language]}: ${r.text[language]}`);
    const assessed = description?.level?.assessed;
    levels = {
      claimed: assessment.claimed === undefined ? undefined : levelInfo(assessment.claimed),
      supported: levelInfo(assessment.supported),
      assessed: assessed === undefined ? undefined : levelInfo(assessed),
      assessedOn: description?.level?.assessedOn,
      verdict: assessment.claimed === undefined ? 'not-claimed' : supportedRank >= claimedRank ? 'supported' : 'not-supported',
      exceeds: assessment.claimed !== undefined && supportedRank > claimedRank,
      missing,
    };
  }

  // Studies and their effects.
  const supportingKeys = new Set((assessment?.supportingStudies ?? []).map((s) => `${s.list}/${s.index}`));
  const reportStudies: ReportStudy[] = [];
  const effects: ReportEffect[] = [];
  let omittedStudies = 0;
  let omittedEffects = 0;
  if (description) {
    for (const placed of studies(description)) {
      // A list reused through aliases can hold 10⁵ studies and effects; the report shows the first.
      if (reportStudies.length >= MAX_REPORT_ROWS) {
        omittedStudies++;
        continue;
      }
      const { list, index, study } = placed;
      const key = `${STUDY_KEY_PREFIX[list]}${index + 1}`;
      const reference = study.reference !== undefined ? oneLine(study.reference) : '';
      const short = shortReference(reference, study.year);
      const outcomes: ReportOutcome[] = [];
      (study.outcomes ?? []).forEach((outcome, outcomeIndex) => {
        if (!outcome) return;
        const measure = outcome.measure !== undefined ? oneLine(outcome.measure) : '';
        const domainName = outcome.domain !== undefined ? say(DOMAIN_NAMES[outcome.domain]) : undefined;
        const measureText = domainName !== undefined ? `${measure} (${domainName})` : measure;
        if (outcomes.length < MAX_OUTCOMES_PER_STUDY) outcomes.push({ measure, domain: outcome.domain, text: measureText });
        else if (outcomes.length === MAX_OUTCOMES_PER_STUDY) outcomes.push({ measure: '…', domain: undefined, text: say(REPORT_TEXT.moreOutcomes, { omitted: (study.outcomes?.length ?? 0) - MAX_OUTCOMES_PER_STUDY }) });
        const value = effectValue(outcome.effect);
        if (!value) return;
        const cls = effectClass(outcome.effect);
        const stated = outcome.label !== undefined ? parseLabel(outcome.label) : undefined;
        let labelCheck: LabelCheck;
        if (value.kind === 'or') labelCheck = 'not-checked';
        else if (outcome.label === undefined || stated === undefined) labelCheck = 'no-label';
        else labelCheck = stated.cls === cls ? 'match' : 'mismatch';
        const classText = cls === undefined ? say(REPORT_TEXT.noClass) : className(cls, language);
        const labelCheckText =
          labelCheck === 'match'
            ? say(REPORT_TEXT.labelMatch)
            : labelCheck === 'mismatch'
              ? say(REPORT_TEXT.labelMismatch, { cls: classText })
              : labelCheck === 'no-label'
                ? say(REPORT_TEXT.noLabel)
                : say(REPORT_TEXT.labelNotChecked);
        const symbol = value.kind === 'or' ? 'OR' : value.kind;
        if (effects.length >= MAX_REPORT_ROWS) {
          omittedEffects++;
          return;
        }
        effects.push({
          studyKey: key,
          study: short,
          measure,
          domain: outcome.domain,
          measureText,
          kind: value.kind,
          value: value.value,
          valueText: `${symbol} = ${formatNumber(value.value, language)}`,
          cls,
          className: classText,
          label: outcome.label,
          authorsInterpretation: outcome.authorsInterpretation !== undefined && outcome.authorsInterpretation.trim() !== '' ? oneLine(outcome.authorsInterpretation) : undefined,
          labelCheck,
          labelCheckText,
          plotD: value.kind === 'd' ? value.value : value.kind === 'r' ? dFromR(value.value) : undefined,
          line: lineOf(result, doc, ['research', list, index, 'outcomes', outcomeIndex, 'effect']),
        });
      });
      const supporting = list === 'metaAnalyses' || !checked ? undefined : supportingKeys.has(`${list}/${index}`);
      reportStudies.push({
        key,
        list,
        listName: say(STUDY_LIST_NAMES[list]),
        reference,
        shortReference: short,
        year: study.year,
        design: study.design,
        designName: study.design !== undefined ? say(DESIGN_NAMES[study.design]) : undefined,
        n: study.n,
        followUpMonths: study.followUpMonths,
        outcomes,
        supporting,
        supportingText: supporting === undefined ? say(REPORT_TEXT.notCounted) : supporting ? say(REPORT_TEXT.yes) : say(REPORT_TEXT.no),
        line: lineOf(result, doc, ['research', list, index]),
      });
    }
  }

  const findings: ReportFinding[] = result.findings.map((f) => {
    const position = lineColumn(result.lineCounter, Math.min(f.range.start, text.length));
    return { line: position.line, column: position.column, severity: f.severity, severityName: say(SEVERITY_NAMES[f.severity]), ruleId: f.ruleId, message: f.message };
  });
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) findingCounts[f.severity]++;

  return {
    language,
    fileName,
    title: name ?? fileName,
    intervention: { name, id, category, categoryName: category !== undefined ? say(CATEGORY_NAMES[category]) : undefined },
    checked,
    notCheckedReason: checked ? undefined : notCheckedReason(result, language),
    levels,
    checklist,
    studies: reportStudies,
    effects,
    findings,
    omitted: { studies: omittedStudies, effects: omittedEffects },
    findingCounts,
  };
}

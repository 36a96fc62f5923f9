/**
 * Chapter 4 of the worksheet: research on the delivery (process evaluation) and the effect studies,
 * Dutch and international, in tables. The study and effect data come from the evidence report
 * (`buildReport`), so the worksheet and the report never disagree on a class or a count.
 */
import { present, REPORT_TEXT, studies, textIn, type Description, type Outcome, type Study, type StudyList } from '../core';
import type { EvidenceReport, ReportEffect, ReportStudy } from '../report';
import type { Sheet } from './sheet';
import type { Block, Cell } from './types';

const LISTS: readonly { list: StudyList; heading: string; none: string | undefined }[] = [
  { list: 'dutchStudies', heading: 'Nederlands effectonderzoek', none: 'Er is geen Nederlands effectonderzoek vermeld; voor het niveau goed onderbouwd is dat niet vereist.' },
  { list: 'internationalStudies', heading: 'Internationaal effectonderzoek', none: 'Er is geen internationaal effectonderzoek vermeld.' },
  { list: 'metaAnalyses', heading: 'Meta-analyses', none: undefined },
];

export const STUDY_HEADERS = ['Nr.', 'Referentie', 'Design', 'N', 'Follow-up (maanden)', 'Uitkomsten en effectgroottes (klasse)', 'Telt mee voor het niveau'] as const;

function hasEffect(outcome: Outcome): boolean {
  return outcome.effect?.d !== undefined || outcome.effect?.r !== undefined || outcome.effect?.or !== undefined;
}

function significance(outcome: Outcome): string | undefined {
  if (outcome.direction === 'negative') return outcome.significant === true ? 'significant negatief' : 'negatief';
  if (outcome.significant === true) return 'significant';
  if (outcome.significant === false) return 'niet significant';
  return undefined;
}

/**
 * One line per outcome: "Ainsworth-schaal (sensitiviteit): d = 0,44 — klein; significant". The
 * report lists the effects of a study in the order of its outcomes, so they are matched in turn.
 */
function outcomeLines(report: ReportStudy, study: Study | undefined, effects: readonly ReportEffect[]): string[] {
  const queue = effects.filter((e) => e.studyKey === report.key);
  const outcomes = present(study?.outcomes);
  return report.outcomes.map((o, index) => {
    const source = outcomes[index];
    const effect = source && hasEffect(source) ? queue.shift() : undefined;
    const parts = [effect ? `${effect.valueText} — ${effect.className}` : 'geen effectgrootte vermeld'];
    const sig = source ? significance(source) : undefined;
    if (sig !== undefined) parts.push(sig);
    if (effect?.authorsInterpretation !== undefined) parts.push(`duiding door de auteurs: ${effect.authorsInterpretation}`);
    return `${o.text || '(meting niet vermeld)'}: ${parts.join('; ')}`;
  });
}

function studyRow(s: ReportStudy, study: Study | undefined, effects: readonly ReportEffect[]): Cell[] {
  const reference = s.reference || '(referentie niet vermeld)';
  const outcomes = outcomeLines(s, study, effects);
  return [
    [s.key],
    [s.year !== undefined && !reference.includes(String(s.year)) ? `${reference} (${s.year})` : reference],
    [s.designName ?? '—'],
    [s.n !== undefined ? String(s.n) : '—'],
    [s.followUpMonths !== undefined ? String(s.followUpMonths) : '—'],
    outcomes.length > 0 ? outcomes : ['geen uitkomsten vermeld'],
    [s.supportingText],
  ];
}

/** 4.2 Effectonderzoek: a table per list of studies, or a note (or placeholder) where there are none. */
export function effectResearch(sheet: Sheet, description: Description, report: EvidenceReport): Block[] {
  const say = textIn('nl');
  const placed = studies(description);
  const effectiveClaim = description.level?.claimed?.startsWith('effective-') === true;
  const blocks: Block[] = [];
  for (const { list, heading, none } of LISTS) {
    const rows = report.studies.flatMap((s, index) => (s.list === list ? [studyRow(s, placed[index]?.study, report.effects)] : []));
    if (rows.length === 0 && none === undefined) continue;
    blocks.push({ kind: 'subheading', text: heading });
    if (rows.length > 0) blocks.push({ kind: 'table', caption: `${heading}: ${rows.length} ${rows.length === 1 ? 'studie' : 'studies'}`, headers: STUDY_HEADERS, rows });
    else if (list === 'dutchStudies' && effectiveClaim) blocks.push({ kind: 'paragraph', value: sheet.gap('Nederlands effectonderzoek', 'research.dutchStudies') });
    else if (none !== undefined) blocks.push({ kind: 'note', text: none });
  }
  if (report.studies.length > 0) blocks.push({ kind: 'note', text: `${say(REPORT_TEXT.supportingNote)} ${say(REPORT_TEXT.classBoundsNote)}` });
  return blocks;
}

/** 4.1 Onderzoek naar de uitvoering. */
export function processResearch(sheet: Sheet, description: Description): Block[] {
  return sheet.list(undefined, description.implementation?.processEvaluation, 'onderzoek naar de uitvoering', 'implementation.processEvaluation');
}

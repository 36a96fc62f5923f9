/**
 * The reviewer checklist of one description (`interventionLint/checklist`): every requirement of the
 * claimed level and the levels below it (spec §5, from the core's `LevelAssessment`) and the databank
 * inclusion criteria, each met or not, with the place in the file it refers to.
 */
import { CONTROLLED_DESIGNS, LEVEL_NAMES, levelRank, type Requirement } from '../core/evidence';
import { locate, rangeOf } from '../core/locate';
import { isFilled, LEVELS, present, type Description, type Level, type PlacedStudy } from '../core/model';
import { DATABANK_AGE_MONTHS } from '../core/rules/child-age-outside-databank-range';
import type { KeyPath, Language, Localized } from '../core/types';
import type { ServiceDocument } from '../services/types';
import type { ChecklistEntry, ChecklistResult, LspRange } from './protocol';

export const INCLUSION_GROUP: Localized = { en: 'Inclusion criteria', nl: 'Opnamecriteria' };
const NOT_CHECKED: Localized = {
  en: 'The description could not be checked: fix the errors in the file first.',
  nl: 'De beschrijving kon niet worden gecontroleerd: los eerst de fouten in het bestand op.',
};
/** Where a missing top-level section is shown: on the claim that needs it, as `missing-rationale` does. */
const CLAIM: KeyPath = ['level', 'claimed'];

interface Item {
  readonly met: boolean;
  readonly text: Localized;
  readonly path: KeyPath;
  /** Used instead of `path` when not even its first key exists. */
  readonly fallback?: KeyPath;
}

function isDutch(language: string | undefined): boolean {
  return language !== undefined && /^(nl|dutch|nederlands)\b/i.test(language.trim());
}

/** The first path whose test fails, else `whole`. */
function firstMissing(whole: KeyPath, parts: readonly [boolean, KeyPath][]): KeyPath {
  return parts.find(([filled]) => !filled)?.[1] ?? whole;
}

function inclusionCriteria(d: Description): Item[] {
  const tg = d.targetGroup;
  const age = tg?.child?.ageMonths;
  const manual = d.implementation?.manual;
  const rationale: [boolean, KeyPath][] = (['problem', 'causes', 'theory'] as const).map((key) => [isFilled(d.rationale?.[key]), ['rationale', key]]);
  const approach: [boolean, KeyPath][] = [
    [d.approach?.sessions !== undefined, ['approach', 'sessions']],
    [isFilled(d.approach?.content), ['approach', 'content']],
  ];
  const ageOk = age?.min !== undefined && age.max !== undefined && age.min >= DATABANK_AGE_MONTHS.min && age.max <= DATABANK_AGE_MONTHS.max && age.min <= age.max;
  return [
    {
      met: manual?.available === true && isDutch(manual.language),
      text: { en: 'Dutch manual available (implementation.manual)', nl: 'Nederlandstalige handleiding beschikbaar (implementation.manual)' },
      path: ['implementation', 'manual'],
    },
    {
      met: ageOk,
      text: {
        en: `Child age within the databank range, ${DATABANK_AGE_MONTHS.min} to ${DATABANK_AGE_MONTHS.max} months (targetGroup.child.ageMonths)`,
        nl: `Leeftijd van het kind binnen het bereik van de databank, ${DATABANK_AGE_MONTHS.min} tot ${DATABANK_AGE_MONTHS.max} maanden (targetGroup.child.ageMonths)`,
      },
      path: ['targetGroup', 'child', 'ageMonths'],
    },
    {
      met: age !== undefined && present(tg?.population).length > 0,
      text: { en: 'Target group described (targetGroup)', nl: 'Doelgroep beschreven (targetGroup)' },
      path: firstMissing(['targetGroup'], [
        [age !== undefined, ['targetGroup', 'child', 'ageMonths']],
        [present(tg?.population).length > 0, ['targetGroup', 'population']],
      ]),
    },
    { met: isFilled(d.goals?.main), text: { en: 'Goal described (goals.main)', nl: 'Doel beschreven (goals.main)' }, path: ['goals', 'main'] },
    {
      met: approach.every(([filled]) => filled),
      text: { en: 'Approach described: sessions and content (approach)', nl: 'Aanpak beschreven: bijeenkomsten en inhoud (approach)' },
      path: firstMissing(['approach'], approach),
    },
    {
      met: rationale.every(([filled]) => filled),
      text: { en: 'Rationale: problem, causes and theory filled (rationale)', nl: 'Onderbouwing: probleemanalyse, oorzaken en verantwoording ingevuld (rationale)' },
      path: firstMissing(['rationale'], rationale),
      fallback: CLAIM,
    },
    {
      met: present(tg?.contraIndications).some(isFilled),
      text: { en: 'Contra-indications listed (targetGroup.contraIndications)', nl: 'Contra-indicaties beschreven (targetGroup.contraIndications)' },
      path: ['targetGroup', 'contraIndications'],
    },
    {
      met: present(d.implementation?.qualityAssurance).length > 0,
      text: { en: 'Quality assurance described (implementation.qualityAssurance)', nl: 'Kwaliteitsbewaking beschreven (implementation.qualityAssurance)' },
      path: ['implementation', 'qualityAssurance'],
    },
  ];
}

function studyPath(study: PlacedStudy | undefined, ...rest: string[]): KeyPath | undefined {
  return study ? ['research', study.list, study.index, ...rest] : undefined;
}

/** The key path a level requirement refers to: the key in its text, or the studies that (could) meet it. */
function requirementPath(requirement: Requirement, supporting: readonly PlacedStudy[]): KeyPath {
  const key = /`([A-Za-z.]+)`/.exec(requirement.text.en)?.[1];
  if (key !== undefined) return key.split('.');
  const controlled = supporting.filter((s) => s.study.design !== undefined && CONTROLLED_DESIGNS.includes(s.study.design));
  const text = requirement.text.en;
  if (/Dutch stud/.test(text)) return studyPath(supporting.find((s) => s.list === 'dutchStudies'), 'reference') ?? ['research', 'dutchStudies'];
  if (/controlled stud/.test(text)) return studyPath(controlled[0], 'reference') ?? ['research'];
  if (/follow-up/.test(text)) {
    const longest = [...controlled].sort((a, b) => (b.study.followUpMonths ?? 0) - (a.study.followUpMonths ?? 0))[0];
    return studyPath(longest, longest?.study.followUpMonths !== undefined ? 'followUpMonths' : 'reference') ?? ['research'];
  }
  return ['research'];
}

function toLspRange(service: ServiceDocument, item: Item): LspRange | null {
  const doc = service.result.parsed?.doc;
  if (!doc) return null;
  const text = service.document.getText();
  const fallback = item.fallback !== undefined && locate(doc, item.path).depth === 0 ? item.fallback : undefined;
  const range = fallback ? rangeOf(doc, text, fallback, 'value') : rangeOf(doc, text, item.path, 'key');
  return { start: service.document.positionAt(range.start), end: service.document.positionAt(range.end) };
}

/** The checklist of a checked description, in `language`. */
export function checklistOf(service: ServiceDocument, language: Language): NonNullable<ChecklistResult> {
  const { description: d, assessment } = service.result;
  const name = d?.name?.replace(/\s+/g, ' ').trim() || d?.id || '';
  if (!d || !assessment) return { name, claimed: undefined, language, message: NOT_CHECKED[language], items: [] };
  const claimedRank = assessment.claimed === undefined ? levelRank('effective-strong') : levelRank(assessment.claimed);
  const entries: ChecklistEntry[] = [];
  const add = (item: Item, group: string, groupKey: string): void => {
    entries.push({ text: item.text[language].replace(/`/g, ''), met: item.met, group, groupKey, range: toLspRange(service, item) });
  };
  for (const level of LEVELS as readonly Level[]) {
    if (levelRank(level) > claimedRank) break;
    for (const requirement of assessment.requirements.filter((r) => r.level === level)) {
      add({ met: requirement.met, text: requirement.text, path: requirementPath(requirement, assessment.supportingStudies), fallback: CLAIM }, LEVEL_NAMES[level][language], level);
    }
  }
  for (const item of inclusionCriteria(d)) add(item, INCLUSION_GROUP[language], 'inclusion');
  return { name, claimed: assessment.claimed, language, message: undefined, items: entries };
}

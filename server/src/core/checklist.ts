/**
 * The reviewer checklist of one description: every requirement of the claimed level and the levels
 * below it (spec §5, from `assessLevel`) and the databank inclusion criteria, each met or not, with
 * the key path it refers to. The shells turn the paths into places in the file.
 */
import { LEVEL_NAMES, levelRank, type LevelAssessment } from './evidence';
import { isDutch, isFilled, LEVELS, present, type Description, type Level } from './model';
import { isPlaceholder } from './placeholder';
import { DATABANK_AGE_MONTHS } from './rules/child-age-outside-databank-range';
import type { KeyPath, Localized } from './types';

export const INCLUSION_GROUP: Localized = { en: 'Inclusion criteria', nl: 'Opnamecriteria' };

export interface ChecklistItem {
  readonly met: boolean;
  readonly text: Localized;
  readonly path: KeyPath;
  /** Used instead of `path` when not even its first key exists. */
  readonly fallback?: KeyPath;
  /** A level name, or the inclusion criteria. */
  readonly group: Localized;
  /** A level key, or `inclusion`. */
  readonly groupKey: Level | 'inclusion';
}

/** Where a missing top-level section is shown: on the claim that needs it, as `missing-rationale` does. */
const CLAIM: KeyPath = ['level', 'claimed'];

type Criterion = Omit<ChecklistItem, 'group' | 'groupKey'>;

/** Written text: a placeholder left by a template is not a described item (`placeholder-text`). */
function written(text: string | undefined): boolean {
  return isFilled(text) && !isPlaceholder(text);
}

/** The first path whose test fails, else `whole`. */
function firstMissing(whole: KeyPath, parts: readonly [boolean, KeyPath][]): KeyPath {
  return parts.find(([filled]) => !filled)?.[1] ?? whole;
}

function inclusionCriteria(d: Description): Criterion[] {
  const tg = d.targetGroup;
  const age = tg?.child?.ageMonths;
  const manual = d.implementation?.manual;
  const rationale: [boolean, KeyPath][] = (['problem', 'causes', 'theory'] as const).map((key) => [written(d.rationale?.[key]), ['rationale', key]]);
  const approach: [boolean, KeyPath][] = [
    [d.approach?.sessions !== undefined, ['approach', 'sessions']],
    [written(d.approach?.content), ['approach', 'content']],
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
    { met: written(d.goals?.main), text: { en: 'Goal described (goals.main)', nl: 'Doel beschreven (goals.main)' }, path: ['goals', 'main'] },
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
      met: present(tg?.contraIndications).some(written),
      text: { en: 'Contra-indications listed (targetGroup.contraIndications)', nl: 'Contra-indicaties beschreven (targetGroup.contraIndications)' },
      path: ['targetGroup', 'contraIndications'],
    },
    {
      met: present(d.implementation?.qualityAssurance).length > 0,
      text: { en: 'Quality assurance described (implementation.qualityAssurance)', nl: 'Kwaliteitsbewaking beschreven (implementation.qualityAssurance)' },
      path: ['implementation', 'qualityAssurance'],
    },
    {
      met: present(d.implementation?.processEvaluation).some(written),
      text: { en: 'Research on the delivery listed (implementation.processEvaluation)', nl: 'Onderzoek naar de uitvoering vermeld (implementation.processEvaluation)' },
      path: ['implementation', 'processEvaluation'],
    },
  ];
}

/** The checklist: the requirements of the claimed level and those below it (all levels when none is claimed), then the inclusion criteria. */
export function checklistItems(d: Description, assessment: LevelAssessment): ChecklistItem[] {
  const claimedRank = assessment.claimed === undefined ? levelRank('effective-strong') : levelRank(assessment.claimed);
  const items: ChecklistItem[] = [];
  for (const level of LEVELS) {
    if (levelRank(level) > claimedRank) break;
    for (const requirement of assessment.requirements.filter((r) => r.level === level)) {
      items.push({ met: requirement.met, text: requirement.text, path: requirement.path, fallback: CLAIM, group: LEVEL_NAMES[level], groupKey: level });
    }
  }
  for (const criterion of inclusionCriteria(d)) items.push({ ...criterion, group: INCLUSION_GROUP, groupKey: 'inclusion' });
  return items;
}

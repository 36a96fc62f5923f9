import { isSeq } from 'yaml';
import { insertKey, editsSharedNode } from '../edits';
import { locate } from '../locate';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './api';
import { isRejected, populations, reportIfEmptyList } from './helpers';

/** The three contra-indications the advice names for most prevention interventions (GR §4.4). */
export const STANDARD_CONTRA_INDICATIONS = {
  nl: [
    'psychische problematiek bij een ouder',
    '(vermoedens van) kindermishandeling',
    'huiselijk geweld',
  ],
  en: ['psychiatric problems of a parent', '(suspected) child maltreatment', 'domestic violence'],
} as const;

/** Adds the three standard contra-indications, replacing an empty `[]` or adding the key. */
function addStandardContraIndications(context: RuleContext): Fix[] {
  // Never propose "maltreatment" as a contra-indication for families where it occurs.
  const maltreatment = populations(context.description).includes('maltreatment');
  const items = STANDARD_CONTRA_INDICATIONS[context.config.language]
    .filter((item) => !(maltreatment && item === STANDARD_CONTRA_INDICATIONS[context.config.language][1]))
    .map((item) => JSON.stringify(item));
  const flow = `[${items.join(', ')}]`;
  const existing = locate(context.doc, ['targetGroup', 'contraIndications']);
  const seq = existing.found.value;
  let edit;
  if (existing.depth === 2 && isSeq(seq) && seq.flow === true && seq.range && !editsSharedNode(context.doc, ['targetGroup', 'contraIndications'])) {
    edit = { start: seq.range[0], end: seq.range[1], text: flow };
  } else if (existing.depth < 2) {
    edit = insertKey(context.doc, context.text, ['targetGroup'], 'contraIndications', flow);
  }
  if (!edit) return [];
  const title = maltreatment
    ? { en: 'Add the contra-indications of GR §4.4 that fit this population', nl: 'Voeg de contra-indicaties van GR §4.4 toe die bij deze doelgroep passen' }
    : { en: 'Add the three contra-indications of GR §4.4', nl: 'Voeg de drie contra-indicaties van GR §4.4 toe' };
  return [{ title, edits: [edit], safe: false }];
}

export const missingContraIndications: Rule = {
  meta: {
    id: 'missing-contra-indications',
    severity: 'warning',
    source: { en: 'GR §4.4', nl: 'GR §4.4' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'Contra-indications are listed',
        what: '`targetGroup.contraIndications` is missing or empty.',
        why: 'Most interventions that prevent parenting problems are explicitly contra-indicated where there are (suspected) psychiatric problems of the parents, child maltreatment or domestic violence; when problems are complex and severe, heavier help than parenting support is needed (GR §4.4). The quick fix adds these three as a starting point.',
      },
      nl: {
        title: 'Contra-indicaties zijn beschreven',
        what: '`targetGroup.contraIndications` ontbreekt of is leeg.',
        why: 'De meeste interventies die opvoedproblemen voorkomen zijn nadrukkelijk gecontra-indiceerd bij (vermoedens van) psychische problematiek bij de ouders, kindermishandeling of huiselijk geweld; bij complexe en ernstige problematiek is zwaardere hulp nodig dan opvoedondersteuning (GR §4.4). De snelle reparatie voegt deze drie toe als vertrekpunt.',
      },
    },
  },
  check(context) {
    if (!context.description.targetGroup || isRejected(context, ['targetGroup'])) return;
    reportIfEmptyList(context, ['targetGroup', 'contraIndications'], context.description.targetGroup.contraIndications, {
      en: 'No contra-indications: most prevention interventions are contra-indicated with parental psychiatric problems, child maltreatment or domestic violence (GR §4.4).',
      nl: 'Geen contra-indicaties: de meeste preventieve interventies zijn gecontra-indiceerd bij psychische problemen van ouders, kindermishandeling of huiselijk geweld (GR §4.4).',
    }, { fixes: addStandardContraIndications(context) });
  },
};

import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';

export const unvalidatedInstrument: Rule = {
  meta: {
    id: 'unvalidated-instrument',
    severity: 'info',
    source: { en: 'GR §5', nl: 'GR §5' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Dutch studies use validated instruments',
        what: 'An outcome of a Dutch study has `instrumentValidated: false`.',
        why: 'The advice notes a lack of valid instruments for attachment and sensitivity in Dutch practice (GR §5); the committee weighs effects measured with instruments rated valid and reliable (e.g. by COTAN) more heavily.',
      },
      nl: {
        title: 'Nederlandse studies gebruiken gevalideerde instrumenten',
        what: 'Een uitkomst van een Nederlandse studie heeft `instrumentValidated: false`.',
        why: 'Het advies wijst op een gebrek aan valide instrumenten voor gehechtheid en sensitiviteit in de Nederlandse praktijk (GR §5); de commissie weegt effecten gemeten met instrumenten die als valide en betrouwbaar zijn beoordeeld (bijvoorbeeld door COTAN) zwaarder.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      if (placed.list !== 'dutchStudies' || placed.outcome.instrumentValidated !== false) continue;
      context.report({
        path: outcomePath(placed, 'instrumentValidated'),
        message: {
          en: `${placed.outcome.measure ?? 'This instrument'} is not validated: effects measured with it carry less weight (GR §5).`,
          nl: `${placed.outcome.measure ?? 'Dit instrument'} is niet gevalideerd: effecten die ermee zijn gemeten wegen minder zwaar (GR §5).`,
        },
      });
    }
  },
};

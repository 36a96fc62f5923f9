import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';

export const negativeEffectReported: Rule = {
  meta: {
    id: 'negative-effect-reported',
    severity: 'warning',
    source: { en: 'databank criteria, GR §5', nl: 'databankcriteria, GR §5' },
    fixable: 'none',
    docs: {
      en: {
        title: 'No study reports a significant negative effect',
        what: 'An outcome has `direction: negative` and `significant: true`.',
        why: 'An intervention that makes things worse is not recognised by the databank; the advice stresses that interventions should only be used when their effectiveness has been studied (GR §5). Explain the finding and what was changed since.',
      },
      nl: {
        title: 'Geen studie meldt een significant negatief effect',
        what: 'Een uitkomst heeft `direction: negative` en `significant: true`.',
        why: 'Een interventie die de situatie verslechtert wordt niet erkend door de databank; het advies benadrukt dat alleen interventies met onderzochte effectiviteit ingezet moeten worden (GR §5). Verklaar de bevinding en wat sindsdien is veranderd.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      if (placed.outcome.direction !== 'negative' || placed.outcome.significant !== true) continue;
      context.report({
        path: outcomePath(placed, 'direction'),
        message: {
          en: `A significant negative effect on ${placed.outcome.measure ?? 'this outcome'}: an intervention that backfires is not recognised.`,
          nl: `Een significant negatief effect op ${placed.outcome.measure ?? 'deze uitkomst'}: een interventie die averechts werkt wordt niet erkend.`,
        },
      });
    }
  },
};

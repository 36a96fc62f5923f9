import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';

export const negativeEffectReported: Rule = {
  meta: {
    id: 'negative-effect-reported',
    severity: 'warning',
    source: { en: 'GR §5.1 (side effects), recognition procedure', nl: 'GR §5.1 (neveneffecten), erkenningsprocedure' },
    fixable: 'none',
    docs: {
      en: {
        title: 'No study reports a significant negative effect',
        what: 'An outcome has `direction: negative` and `significant: true`.',
        why: 'Interventions can have unwanted side effects, for instance by making parents insecure, and can even backfire when applied to the wrong group or in the wrong way (GR §5.1). An intervention shown to backfire is not recognised (recognition procedure). Explain the finding and what was changed since. For maltreatment, a rise in reports can also reflect better detection; the message says so.',
      },
      nl: {
        title: 'Geen studie meldt een significant negatief effect',
        what: 'Een uitkomst heeft `direction: negative` en `significant: true`.',
        why: 'Interventies kunnen ongewenste neveneffecten hebben, bijvoorbeeld doordat ze ouders onzeker maken, en zelfs averechts werken als ze bij de verkeerde doelgroep of op de verkeerde manier worden ingezet (GR §5.1). Een interventie die aantoonbaar averechts werkt, wordt niet erkend (erkenningsprocedure). Verklaar de bevinding en wat sindsdien is veranderd. Bij mishandeling kan een stijging van meldingen ook wijzen op betere signalering; de melding zegt dat erbij.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      if (placed.outcome.direction !== 'negative' || placed.outcome.significant !== true) continue;
      // More reports of maltreatment after an intervention may mean better detection, not more harm.
      const detection = placed.outcome.domain === 'maltreatment';
      context.report({
        path: outcomePath(placed, 'direction'),
        message: {
          en: `A significant negative effect on ${placed.outcome.measure ?? 'this outcome'}: explain it; an intervention shown to backfire is not recognised (GR §5.1).${detection ? ' For maltreatment, a rise in reports can also reflect better detection: say which applies.' : ''}`,
          nl: `Een significant negatief effect op ${placed.outcome.measure ?? 'deze uitkomst'}: licht het toe; een interventie die aantoonbaar averechts werkt, wordt niet erkend (GR §5.1).${detection ? ' Bij mishandeling kan een stijging van meldingen ook wijzen op betere signalering: geef aan wat hier speelt.' : ''}`,
        },
      });
    }
  },
};

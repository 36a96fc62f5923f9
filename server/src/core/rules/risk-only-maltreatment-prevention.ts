import type { Rule } from './api';
import { populations } from './helpers';

/** Prevention aimed only at families at risk has an absent to small average effect. */
export const riskOnlyMaltreatmentPrevention: Rule = {
  meta: {
    id: 'risk-only-maltreatment-prevention',
    severity: 'info',
    source: { en: 'GR §4.3', nl: 'GR §4.3' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Maltreatment prevention for families at risk only has a small effect',
        what: 'A `maltreatment-prevention` intervention whose `population` is only `risk-families`.',
        why: 'In families at risk where maltreatment is not (yet) a fact, the average effect of preventive interventions is absent, negligible or small, because the results are diluted by families where no maltreatment would have happened anyway; in families where maltreatment occurs the effect is larger (GR §4.3). Expect modest effects and say how families with the highest risk are reached.',
      },
      nl: {
        title: 'Preventie van mishandeling bij alleen risicogezinnen heeft een klein effect',
        what: 'Een interventie in de categorie `maltreatment-prevention` waarvan `population` alleen `risk-families` is.',
        why: 'Bij gezinnen met risico waar mishandeling (nog) geen feit is, is het gemiddelde effect van preventieve interventies afwezig, verwaarloosbaar of klein, omdat de resultaten verdund worden door gezinnen waar ook zonder interventie geen mishandeling zou plaatsvinden; bij gezinnen waar mishandeling voorkomt is het effect groter (GR §4.3). Verwacht bescheiden effecten en beschrijf hoe gezinnen met het hoogste risico worden bereikt.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (description.category !== 'maltreatment-prevention') return;
    const all = populations(description);
    if (all.length !== 1 || all[0] !== 'risk-families') return;
    context.report({
      path: ['targetGroup', 'population'],
      anchor: 'key',
      message: {
        en: 'Only families at risk: the average effect of maltreatment prevention there is absent to small (GR §4.3); expect modest effects.',
        nl: 'Alleen risicogezinnen: het gemiddelde effect van preventie van mishandeling is daar afwezig tot klein (GR §4.3); verwacht bescheiden effecten.',
      },
    });
  },
};

import { isFilled, present } from '../model';
import { isPlaceholder } from '../placeholder';
import type { Rule } from './api';
import { populations } from './helpers';

/** Prevention aimed only at families at risk has an absent to small average effect. */
export const riskOnlyMaltreatmentPrevention: Rule = {
  meta: {
    id: 'risk-only-maltreatment-prevention',
    severity: 'info',
    source: { en: 'GR §4.3, summary, §6', nl: 'GR §4.3, samenvatting, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Maltreatment prevention for families at risk only has a small effect',
        what: 'A `maltreatment-prevention` intervention whose `population` is only `risk-families`, unless it selects families on a specific combination of risk factors: `targetGroup.selection` is filled in and `targetGroup.riskFactors` lists at least two. "At least two" is the tool’s reading of "a combination"; the advice gives no number.',
        why: 'In families at risk where maltreatment is not (yet) a fact, the average effect of preventive interventions is absent, negligible or small, because the results are diluted by families where no maltreatment would have happened anyway (GR §4.3). Certain interventions did prove effective for groups with a specific combination of risk factors, such as VoorZorg (summary, GR §6); a description that selects that way is not reported.',
      },
      nl: {
        title: 'Preventie van mishandeling bij alleen risicogezinnen heeft een klein effect',
        what: 'Een interventie in de categorie `maltreatment-prevention` waarvan `population` alleen `risk-families` is, tenzij zij gezinnen selecteert op een specifieke combinatie van risicofactoren: `targetGroup.selection` is ingevuld en `targetGroup.riskFactors` noemt er minstens twee. "Minstens twee" is de lezing van dit hulpmiddel van "een combinatie"; het advies noemt geen aantal.',
        why: 'Bij gezinnen met risico waar mishandeling (nog) geen feit is, is het gemiddelde effect van preventieve interventies afwezig, verwaarloosbaar of klein, omdat de resultaten verdund worden door gezinnen waar ook zonder interventie geen mishandeling zou plaatsvinden (GR §4.3). Bepaalde interventies bleken wel effectief bij groepen met een specifieke combinatie van risicofactoren, zoals VoorZorg (samenvatting, GR §6); een beschrijving die zo selecteert, wordt niet gemeld.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (description.category !== 'maltreatment-prevention') return;
    const all = populations(description);
    if (all.length !== 1 || all[0] !== 'risk-families') return;
    const group = description.targetGroup;
    const selection = group?.selection;
    if (isFilled(selection) && !isPlaceholder(selection) && present(group?.riskFactors).length >= 2) return;
    context.report({
      path: ['targetGroup', 'population'],
      anchor: 'key',
      message: {
        en: 'Only families at risk: the average effect of maltreatment prevention there is absent to small (GR §4.3), except for interventions aimed at a specific combination of risk factors (GR §6). Describe the selection (`targetGroup.selection`) and the risk factors it combines (`targetGroup.riskFactors`), or expect modest effects.',
        nl: 'Alleen risicogezinnen: het gemiddelde effect van preventie van mishandeling is daar afwezig tot klein (GR §4.3), behalve bij interventies voor een specifieke combinatie van risicofactoren (GR §6). Beschrijf de selectie (`targetGroup.selection`) en de risicofactoren die zij combineert (`targetGroup.riskFactors`), of verwacht bescheiden effecten.',
      },
    });
  },
};

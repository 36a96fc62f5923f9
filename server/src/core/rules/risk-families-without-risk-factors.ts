import type { Rule } from './api';
import { isRejected, populations, reportIfEmptyList } from './helpers';

/** Risk families are found by concrete risk factors; without them the target group is not defined. */
export const riskFamiliesWithoutRiskFactors: Rule = {
  meta: {
    id: 'risk-families-without-risk-factors',
    severity: 'warning',
    source: { en: 'GR §3.4, §6', nl: 'GR §3.4, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Risk families are defined by their risk factors',
        what: '`targetGroup.population` includes `risk-families` but `targetGroup.riskFactors` is missing or empty. Any listed risk factor satisfies the rule: how many are enough is not something the advice says.',
        why: 'The advice asks that risk families are identified by (combinations of) concrete risk factors, such as single parenthood or psychiatric problems of a parent, scored per family or per area (GR §6); some preventive interventions proved effective for groups with specific combinations of risk factors. Risk factors on their own predict maltreatment only moderately (GR §3.4, §5.3), so the description must say which ones it selects on.',
      },
      nl: {
        title: 'Risicogezinnen worden beschreven met hun risicofactoren',
        what: '`targetGroup.population` bevat `risk-families`, maar `targetGroup.riskFactors` ontbreekt of is leeg. Elke genoemde risicofactor is genoeg voor deze regel: hoeveel er nodig zijn zegt het advies niet.',
        why: 'Het advies vraagt risicogezinnen te signaleren aan de hand van (combinaties van) concrete risicofactoren, zoals alleenstaand ouderschap of psychische problemen van een ouder, per gezin of per gebied (GR §6); sommige preventieve interventies bleken effectief bij groepen met specifieke combinaties van risicofactoren. Risicofactoren alleen voorspellen mishandeling maar matig (GR §3.4, §5.3), dus de beschrijving moet zeggen op welke factoren zij selecteert.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (!populations(description).includes('risk-families') || isRejected(context, ['targetGroup'])) return;
    reportIfEmptyList(context, ['targetGroup', 'riskFactors'], description.targetGroup?.riskFactors, {
      en: 'The target group includes `risk-families` but names no risk factors: list the (combination of) risk factors families are selected on (`targetGroup.riskFactors`, GR §6).',
      nl: 'De doelgroep bevat `risk-families`, maar noemt geen risicofactoren: noem de (combinatie van) risicofactoren waarop gezinnen worden geselecteerd (`targetGroup.riskFactors`, GR §6).',
    });
  },
};

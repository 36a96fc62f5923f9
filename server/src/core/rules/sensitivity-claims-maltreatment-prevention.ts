import { outcomes } from '../model';
import type { Rule, RuleContext } from './api';
import { isRejected } from './helpers';

/** True when a sensitivity intervention targets maltreatment and no study measured it. */
export function sensitivityClaimsWithoutEvidence(context: RuleContext): boolean {
  const { description } = context;
  if (description.category !== 'sensitivity' || isRejected(context, ['research'])) return false;
  if (!(description.goals?.targetedOutcomes ?? []).includes('maltreatment')) return false;
  return !outcomes(description).some((o) => o.outcome.domain === 'maltreatment');
}

/** Better sensitivity has not been shown to prevent maltreatment. */
export const sensitivityClaimsMaltreatmentPrevention: Rule = {
  meta: {
    id: 'sensitivity-claims-maltreatment-prevention',
    severity: 'warning',
    source: { en: 'GR §4.2', nl: 'GR §4.2' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A sensitivity intervention does not claim to prevent maltreatment without evidence',
        what: 'A `sensitivity` intervention lists `maltreatment` in `goals.targetedOutcomes` while no study has an outcome in that domain.',
        why: 'There are insufficient data to judge whether interventions that improve sensitivity and attachment also prevent child maltreatment as a result (GR §4.2). For VIPP-SD, K-VHT and the parent-baby intervention an effect on maltreatment has not been studied (GR §4.4).',
      },
      nl: {
        title: 'Een sensitiviteitsinterventie claimt zonder bewijs geen preventie van mishandeling',
        what: 'Een interventie in de categorie `sensitivity` noemt `maltreatment` in `goals.targetedOutcomes`, terwijl geen studie een uitkomst in dat domein heeft.',
        why: 'Er zijn onvoldoende gegevens om te beoordelen of interventies die sensitiviteit en gehechtheid verbeteren daardoor ook kindermishandeling voorkomen (GR §4.2). Voor VIPP-SD, K-VHT en de Ouder-baby interventie is een effect op mishandeling niet onderzocht (GR §4.4).',
      },
    },
  },
  check(context) {
    if (!sensitivityClaimsWithoutEvidence(context)) return;
    const index = (context.description.goals?.targetedOutcomes ?? []).indexOf('maltreatment');
    context.report({
      path: ['goals', 'targetedOutcomes', index],
      message: {
        en: 'There is insufficient evidence that better sensitivity prevents maltreatment, and no study here measures it (GR §4.2).',
        nl: 'Er is onvoldoende bewijs dat betere sensitiviteit mishandeling voorkomt, en geen studie hier meet het (GR §4.2).',
      },
    });
  },
};

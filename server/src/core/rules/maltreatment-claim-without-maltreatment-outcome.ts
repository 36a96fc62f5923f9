import { outcomes } from '../model';
import type { Rule, RuleContext } from './api';
import { isEffectiveClaim, isRejected } from './helpers';

/** Index of `maltreatment` in the targeted outcomes, if it is targeted. */
export function targetedMaltreatmentIndex(context: RuleContext): number {
  return (context.description.goals?.targetedOutcomes ?? []).indexOf('maltreatment');
}

/** A claim to prevent maltreatment needs a direct measure of maltreatment in Dutch research. */
export const maltreatmentClaimWithoutMaltreatmentOutcome: Rule = {
  meta: {
    id: 'maltreatment-claim-without-maltreatment-outcome',
    severity: 'warning',
    source: { en: 'GR §4.2 note a, §4.4', nl: 'GR §4.2 noot a, §4.4' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A maltreatment claim rests on a maltreatment outcome in Dutch research',
        what: '`goals.targetedOutcomes` includes `maltreatment`, or a `maltreatment-prevention` intervention claims an `effective-*` level, but no Dutch study has an outcome in the domain `maltreatment`.',
        why: 'To know whether an intervention prevents maltreatment, outcomes directly related to maltreatment are needed, such as reports to Veilig Thuis (GR §4.2, note a). Of the Dutch interventions, only VoorZorg showed effects on maltreatment itself in Dutch research; for others only risk factors were measured (GR §4.4).',
      },
      nl: {
        title: 'Een claim op mishandeling steunt op een uitkomst over mishandeling in Nederlands onderzoek',
        what: '`goals.targetedOutcomes` bevat `maltreatment`, of een interventie in de categorie `maltreatment-prevention` claimt een niveau `effective-*`, maar geen Nederlandse studie heeft een uitkomst in het domein `maltreatment`.',
        why: 'Om te weten of een interventie mishandeling voorkomt zijn uitkomstmaten nodig die direct met mishandeling samenhangen, zoals meldingen bij Veilig Thuis (GR §4.2, noot a). Van de Nederlandse interventies liet alleen VoorZorg in Nederlands onderzoek effecten op mishandeling zelf zien; bij andere zijn alleen risicofactoren gemeten (GR §4.4).',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (isRejected(context, ['research'])) return;
    const targetedAt = targetedMaltreatmentIndex(context);
    const claimsPrevention = description.category === 'maltreatment-prevention' && isEffectiveClaim(description);
    if (targetedAt < 0 && !claimsPrevention) return;
    const measured = outcomes(description).some((o) => o.list === 'dutchStudies' && o.outcome.domain === 'maltreatment');
    if (measured) return;
    context.report({
      path: targetedAt >= 0 ? ['goals', 'targetedOutcomes', targetedAt] : ['level', 'claimed'],
      message: {
        en: 'No Dutch study measures maltreatment directly (e.g. reports to Veilig Thuis); effects on risk factors do not show that maltreatment is prevented (GR §4.2 note a, §4.4).',
        nl: 'Geen Nederlandse studie meet mishandeling direct (bijvoorbeeld meldingen bij Veilig Thuis); effecten op risicofactoren laten niet zien dat mishandeling wordt voorkomen (GR §4.2 noot a, §4.4).',
      },
    });
  },
};

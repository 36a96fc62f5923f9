import { outcomes } from '../model';
import type { Rule, RuleContext } from './api';
import { isRejected } from './helpers';
import { sensitivityClaimsWithoutEvidence } from './sensitivity-claims-maltreatment-prevention';

/** Index of `maltreatment` in the targeted outcomes, if it is targeted. */
export function targetedMaltreatmentIndex(context: RuleContext): number {
  return (context.description.goals?.targetedOutcomes ?? []).indexOf('maltreatment');
}

/**
 * A stated aim to change maltreatment needs a direct measure of it in Dutch research. Only the
 * targeted outcome counts, not the category: Table 1 lists PCIT as effective although its Dutch
 * studies did not measure maltreatment.
 */
export const maltreatmentClaimWithoutMaltreatmentOutcome: Rule = {
  meta: {
    id: 'maltreatment-claim-without-maltreatment-outcome',
    severity: 'warning',
    source: { en: 'GR §4.2 note a, §4.4', nl: 'GR §4.2 noot a, §4.4' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A targeted maltreatment outcome is measured in Dutch research',
        what: '`goals.targetedOutcomes` includes `maltreatment`, but no Dutch study has an outcome in the domain `maltreatment`. The category alone does not trigger it: Table 1 of the advice lists PCIT as effective (first indications) although its Dutch studies did not measure maltreatment. Silent where `sensitivity-claims-maltreatment-prevention` already reports the same claim.',
        why: 'To know whether an intervention prevents maltreatment, outcomes directly related to maltreatment are needed, such as reports to Veilig Thuis (GR §4.2, note a). Of the interventions in Table 1, VoorZorg showed effects on maltreatment itself in Dutch research; for Stevig Ouderschap maltreatment was studied but there were too few reports to draw a conclusion (GR §4.4).',
      },
      nl: {
        title: 'Een beoogde uitkomst op mishandeling is gemeten in Nederlands onderzoek',
        what: '`goals.targetedOutcomes` bevat `maltreatment`, maar geen Nederlandse studie heeft een uitkomst in het domein `maltreatment`. De categorie alleen is niet genoeg: tabel 1 van het advies noemt PCIT effectief (eerste aanwijzingen), hoewel de Nederlandse studies mishandeling niet maten. Zwijgt waar `sensitivity-claims-maltreatment-prevention` dezelfde claim al meldt.',
        why: 'Om te weten of een interventie mishandeling voorkomt, zijn uitkomstmaten nodig die direct met mishandeling samenhangen, zoals meldingen bij Veilig Thuis (GR §4.2, noot a). Van de interventies in tabel 1 liet VoorZorg in Nederlands onderzoek effecten op mishandeling zelf zien; bij Stevig Ouderschap is mishandeling onderzocht, maar waren er te weinig meldingen om een conclusie te trekken (GR §4.4).',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (isRejected(context, ['research'])) return;
    const targetedAt = targetedMaltreatmentIndex(context);
    // One finding per mistake: the sensitivity rule explains this claim better.
    if (targetedAt < 0 || sensitivityClaimsWithoutEvidence(context)) return;
    const measured = outcomes(description).some((o) => o.list === 'dutchStudies' && o.outcome.domain === 'maltreatment');
    if (measured) return;
    context.report({
      path: ['goals', 'targetedOutcomes', targetedAt],
      message: {
        en: 'Maltreatment is a targeted outcome, but no Dutch study measures it directly (e.g. reports to Veilig Thuis); effects on risk factors do not show that maltreatment is prevented (GR §4.2 note a, §4.4).',
        nl: 'Mishandeling is een beoogde uitkomst, maar geen Nederlandse studie meet haar direct (bijvoorbeeld meldingen bij Veilig Thuis); effecten op risicofactoren laten niet zien dat mishandeling wordt voorkomen (GR §4.2 noot a, §4.4).',
      },
    });
  },
};

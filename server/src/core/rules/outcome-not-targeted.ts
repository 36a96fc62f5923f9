import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';
import { isRejected } from './helpers';

export const outcomeNotTargeted: Rule = {
  meta: {
    id: 'outcome-not-targeted',
    severity: 'info',
    source: { en: 'databank criteria', nl: 'databankcriteria' },
    fixable: 'none',
    docs: {
      en: {
        title: "Study outcomes are in the intervention's targeted domains",
        what: "A study outcome's `domain` is not listed in `goals.targetedOutcomes` (and is not `other`).",
        why: "This tool counts a study towards a level only with an outcome in a targeted domain (spec §5), so an outcome outside them does not count; it may point to a goal that is missing from `targetedOutcomes`.",
      },
      nl: {
        title: 'Uitkomsten van studies vallen binnen de beoogde domeinen',
        what: 'Het `domain` van een uitkomst staat niet in `goals.targetedOutcomes` (en is niet `other`).',
        why: 'Dit hulpmiddel laat een studie alleen meetellen voor een niveau met een uitkomst in een beoogd domein (spec §5), dus een uitkomst daarbuiten telt niet mee; ze wijst mogelijk op een doel dat in `targetedOutcomes` ontbreekt.',
      },
    },
  },
  check(context) {
    const targeted = context.description.goals?.targetedOutcomes;
    if (targeted === undefined || isRejected(context, ['goals', 'targetedOutcomes'])) return;
    for (const placed of outcomes(context.description)) {
      const domain = placed.outcome.domain;
      if (domain === undefined || domain === 'other' || targeted.includes(domain)) continue;
      context.report({
        path: outcomePath(placed, 'domain'),
        message: {
          en: `Domain \`${domain}\` is not among the targeted outcomes (\`goals.targetedOutcomes\`): it does not count towards the level.`,
          nl: `Domein \`${domain}\` staat niet bij de beoogde uitkomsten (\`goals.targetedOutcomes\`): het telt niet mee voor het niveau.`,
        },
      });
    }
  },
};

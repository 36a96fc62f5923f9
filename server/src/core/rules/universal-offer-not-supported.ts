import type { Rule } from './api';
import { CATEGORY_NAMES } from '../model';
import { code } from './helpers';

/** The advice recommends against offering these interventions to all parents. */
export const universalOfferNotSupported: Rule = {
  meta: {
    id: 'universal-offer-not-supported',
    severity: 'warning',
    source: { en: 'GR §4.3, §6', nl: 'GR §4.3, §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'No universal offer for sensitivity or maltreatment prevention',
        what: '`targetGroup.population` includes `universal` for a `sensitivity` or `maltreatment-prevention` intervention.',
        why: 'There is too little evidence that offering these interventions to all parents is effective; maltreatment prevention has hardly been studied in the general population and its effect there is expected to be even smaller (GR §4.3). The Health Council advises offering them to specific groups, not to all parents (GR §6).',
      },
      nl: {
        title: 'Geen universeel aanbod voor sensitiviteit of preventie van mishandeling',
        what: '`targetGroup.population` bevat `universal` bij een interventie in de categorie `sensitivity` of `maltreatment-prevention`.',
        why: 'Er is te weinig bewijs dat het aanbieden van deze interventies aan alle ouders effectief is; preventie van mishandeling is in de algemene bevolking nauwelijks onderzocht en het effect daar wordt nog kleiner verwacht (GR §4.3). De Gezondheidsraad adviseert ze aan specifieke groepen aan te bieden, niet aan alle ouders (GR §6).',
      },
    },
  },
  check(context) {
    const { description } = context;
    const category = description.category;
    if (category !== 'sensitivity' && category !== 'maltreatment-prevention') return;
    (description.targetGroup?.population ?? []).forEach((population, index) => {
      if (population !== 'universal') return;
      context.report({
        path: ['targetGroup', 'population', index],
        message: {
          en: `A universal offer is not supported by evidence for category ${code(category)}: offer it to families at risk or with a request for help (GR §4.3, §6).`,
          nl: `Een universeel aanbod wordt niet door bewijs gesteund voor de categorie ${CATEGORY_NAMES[category].nl}: bied het aan gezinnen met risico’s of een hulpvraag (GR §4.3, §6).`,
        },
      });
    });
  },
};

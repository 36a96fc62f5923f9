import type { Rule } from './api';

/** Sensitivity interventions seem more effective from six months of age. */
export const sensitivityBeforeSixMonths: Rule = {
  meta: {
    id: 'sensitivity-before-six-months',
    severity: 'info',
    source: { en: 'GR §4.2', nl: 'GR §4.2' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Sensitivity interventions starting before six months have smaller effects',
        what: 'A `sensitivity` intervention whose child age range (`targetGroup.child.ageMonths.min`) starts below 6 months, including pregnancy.',
        why: 'Interventions to improve sensitivity and attachment seem more effective from six months of age than before: children need to reach a stage in which they can attach, and parents gain practice as the child grows. During pregnancy and the first months a small effect is still possible (GR §4.2).',
      },
      nl: {
        title: 'Sensitiviteitsinterventies die voor zes maanden beginnen hebben kleinere effecten',
        what: 'Een interventie in de categorie `sensitivity` waarvan de leeftijd van het kind (`targetGroup.child.ageMonths.min`) onder 6 maanden begint, zwangerschap inbegrepen.',
        why: 'Interventies om sensitiviteit en gehechtheid te verbeteren lijken vanaf zes maanden effectiever dan daarvoor: kinderen moeten een ontwikkelingsstadium bereiken waarin ze zich kunnen hechten, en ouders krijgen meer oefening naarmate het kind ouder wordt. Tijdens de zwangerschap en de eerste maanden is een klein effect nog mogelijk (GR §4.2).',
      },
    },
  },
  check(context) {
    const { description } = context;
    const min = description.targetGroup?.child?.ageMonths?.min;
    if (description.category !== 'sensitivity' || min === undefined || min >= 6) return;
    context.report({
      path: ['targetGroup', 'child', 'ageMonths', 'min'],
      message: {
        en: `The age range starts at ${min} months: sensitivity interventions seem more effective from 6 months of age; before that, expect a small effect (GR §4.2).`,
        nl: `De leeftijd begint bij ${min} maanden: sensitiviteitsinterventies lijken vanaf 6 maanden effectiever; verwacht daarvoor een klein effect (GR §4.2).`,
      },
    });
  },
};

import type { Rule } from './api';
import { isRejected } from './helpers';

/** Parent training is the element the advice singles out in maltreatment prevention. */
export const maltreatmentPreventionWithoutParentTraining: Rule = {
  meta: {
    id: 'maltreatment-prevention-without-parent-training',
    severity: 'info',
    source: { en: 'GR §4.3, §5.2', nl: 'GR §4.3, §5.2' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Maltreatment prevention works with the parent on parenting',
        what: 'A `maltreatment-prevention` intervention whose `approach.components` does not include `parent-training`.',
        why: 'Interventions in which the parent was helped with parenting had a larger effect than other interventions (GR §4.3); in preventing maltreatment, parent training to improve several skills turned out more effective than other forms of support (GR §5.2). This is information, not a verdict: describe how the intervention works on parenting if it does so under another component.',
      },
      nl: {
        title: 'Preventie van mishandeling werkt met de ouder aan de opvoeding',
        what: 'Een interventie in de categorie `maltreatment-prevention` waarvan `approach.components` geen `parent-training` bevat.',
        why: 'Interventies waarin met de ouder werd gewerkt aan de opvoeding hadden een groter effect dan andere interventies (GR §4.3); bij het voorkomen van kindermishandeling blijkt oudertraining om verschillende vaardigheden te verbeteren effectiever dan andere vormen van ondersteuning (GR §5.2). Dit is een aandachtspunt, geen oordeel: beschrijf hoe de interventie aan de opvoeding werkt als dat onder een ander onderdeel gebeurt.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (description.category !== 'maltreatment-prevention') return;
    const components = description.approach?.components;
    if (components === undefined || isRejected(context, ['approach', 'components'])) return;
    if (components.includes('parent-training')) return;
    context.report({
      path: ['approach', 'components'],
      anchor: 'key',
      message: {
        en: 'No `parent-training` among the components: in maltreatment prevention, interventions that worked with the parent on parenting had the larger effects (GR §4.3, §5.2).',
        nl: 'Geen `parent-training` bij de onderdelen: bij preventie van mishandeling hadden interventies die met de ouder aan de opvoeding werkten de grotere effecten (GR §4.3, §5.2).',
      },
    });
  },
};

import type { Rule } from './api';
import { isRejected, populations, reportIfBlank } from './helpers';

export const missingNeedsAssessment: Rule = {
  meta: {
    id: 'missing-needs-assessment',
    severity: 'info',
    source: { en: 'GR §6', nl: 'GR §6' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: "The family's need is assessed",
        what: '`implementation.needsAssessment` is missing or empty. An info in general; a warning where `targetGroup.population` includes `risk-families` or `maltreatment`.',
        why: 'Help must fit the problems of the family. For families at risk and families where maltreatment occurs, the advice makes an adequate assessment of the need for help a condition, so that light help is not given for heavy problems and families with complex problems get heavier help (GR §6).',
      },
      nl: {
        title: 'De hulpvraag van het gezin wordt ingeschat',
        what: '`implementation.needsAssessment` ontbreekt of is leeg. In het algemeen een info; een waarschuwing als `targetGroup.population` `risk-families` of `maltreatment` bevat.',
        why: 'Hulp moet passen bij de problemen van het gezin. Voor risicogezinnen en gezinnen waar mishandeling plaatsvindt, maakt het advies een goede inschatting van de zorgbehoefte tot voorwaarde, zodat zware problemen geen lichte hulp krijgen en gezinnen met complexe problemen zwaardere hulp (GR §6).',
      },
    },
  },
  check(context) {
    if (isRejected(context, ['implementation'])) return;
    const all = populations(context.description);
    const severe = all.includes('risk-families') || all.includes('maltreatment');
    reportIfBlank(context, ['implementation', 'needsAssessment'], context.description.implementation?.needsAssessment, {
      en: "Describe how the family's need for help is assessed, so that heavy problems do not get light help (`implementation.needsAssessment`, GR §6).",
      nl: 'Beschrijf hoe de zorgbehoefte van het gezin wordt ingeschat, zodat zware problemen geen lichte hulp krijgen (`implementation.needsAssessment`, GR §6).',
    }, severe ? 'warning' : undefined);
  },
};

import type { Rule } from './api';
import { isRejected, reportIfBlank } from './helpers';

export const missingNeedsAssessment: Rule = {
  meta: {
    id: 'missing-needs-assessment',
    severity: 'info',
    source: { en: 'GR §6', nl: 'GR §6' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: "The family's need is assessed",
        what: '`implementation.needsAssessment` is missing or empty.',
        why: 'Help must fit the problems of the family: the advice warns against light help for heavy problems and asks that the need is assessed so that families with complex problems get heavier help (GR §6).',
      },
      nl: {
        title: 'De hulpvraag van het gezin wordt ingeschat',
        what: '`implementation.needsAssessment` ontbreekt of is leeg.',
        why: 'Hulp moet passen bij de problemen van het gezin: het advies waarschuwt tegen lichte hulp bij zware problemen en vraagt de zorgbehoefte in te schatten zodat gezinnen met complexe problemen zwaardere hulp krijgen (GR §6).',
      },
    },
  },
  check(context) {
    if (isRejected(context, ['implementation'])) return;
    reportIfBlank(context, ['implementation', 'needsAssessment'], context.description.implementation?.needsAssessment, {
      en: "Describe how the family's need for help is assessed, so that heavy problems do not get light help (`implementation.needsAssessment`, GR §6).",
      nl: 'Beschrijf hoe de zorgbehoefte van het gezin wordt ingeschat, zodat zware problemen geen lichte hulp krijgen (`implementation.needsAssessment`, GR §6).',
    });
  },
};

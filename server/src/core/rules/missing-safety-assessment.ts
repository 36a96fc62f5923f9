import type { Rule } from './api';
import { isRejected, populations, reportIfBlank } from './helpers';

export const missingSafetyAssessment: Rule = {
  meta: {
    id: 'missing-safety-assessment',
    severity: 'warning',
    source: { en: 'GR §6', nl: 'GR §6' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'Child safety is assessed where maltreatment is a risk',
        what: '`implementation.safetyAssessment` is missing or empty while `population` includes `maltreatment` or `risk-families`, or the category is `maltreatment-prevention`.',
        why: 'Where there are risk factors for maltreatment, professionals must check the safety of the child before and during the intervention and act on it; the advice asks for trained professionals who recognise risks and for help that fits the severity of the problems (GR §6).',
      },
      nl: {
        title: 'De veiligheid van het kind wordt getoetst waar mishandeling een risico is',
        what: '`implementation.safetyAssessment` ontbreekt of is leeg terwijl `population` `maltreatment` of `risk-families` bevat, of de categorie `maltreatment-prevention` is.',
        why: 'Waar risicofactoren voor mishandeling spelen moeten professionals de veiligheid van het kind voor en tijdens de interventie toetsen en ernaar handelen; het advies vraagt om geschoolde professionals die risico’s herkennen en om hulp die past bij de ernst van de problemen (GR §6).',
      },
    },
  },
  check(context) {
    const { description } = context;
    const all = populations(description);
    const atRisk = all.includes('maltreatment') || all.includes('risk-families') || description.category === 'maltreatment-prevention';
    if (!atRisk || isRejected(context, ['implementation'])) return;
    reportIfBlank(context, ['implementation', 'safetyAssessment'], description.implementation?.safetyAssessment, {
      en: 'Describe how the safety of the child is assessed before and during the intervention (`implementation.safetyAssessment`, GR §6).',
      nl: 'Beschrijf hoe de veiligheid van het kind voor en tijdens de interventie wordt getoetst (`implementation.safetyAssessment`, GR §6).',
    });
  },
};

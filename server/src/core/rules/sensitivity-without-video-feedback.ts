import type { Rule } from './api';
import { isRejected } from './helpers';

/** The meta-analysis on sensitivity interventions names video feedback as an effective method. */
export const sensitivityWithoutVideoFeedback: Rule = {
  meta: {
    id: 'sensitivity-without-video-feedback',
    severity: 'info',
    source: { en: 'GR §4.2', nl: 'GR §4.2' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Sensitivity interventions use video feedback',
        what: 'A `sensitivity` intervention whose `approach.components` does not include `video-feedback`.',
        why: 'The meta-analysis on the duration of sensitivity interventions also concluded that video feedback is an effective method (GR §4.2); the Dutch interventions with effects on sensitivity (VIPP-SD, K-VHT, the parent-baby intervention) are all based on it (GR §4.4).',
      },
      nl: {
        title: 'Sensitiviteitsinterventies gebruiken videofeedback',
        what: 'Een interventie in de categorie `sensitivity` waarvan `approach.components` geen `video-feedback` bevat.',
        why: 'De meta-analyse naar de duur van sensitiviteitsinterventies concludeerde ook dat videofeedback een effectieve methode is (GR §4.2); de Nederlandse interventies met effecten op sensitiviteit (VIPP-SD, K-VHT, de Ouder-baby interventie) zijn er alle op gebaseerd (GR §4.4).',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (description.category !== 'sensitivity' || !description.approach) return;
    if (isRejected(context, ['approach', 'components'])) return;
    if ((description.approach.components ?? []).includes('video-feedback')) return;
    context.report({
      path: ['approach', 'components'],
      anchor: 'key',
      message: {
        en: 'No `video-feedback` among the components: a meta-analysis concluded that video feedback is an effective method for improving sensitivity (GR §4.2).',
        nl: 'Geen `video-feedback` bij de onderdelen: volgens een meta-analyse is videofeedback een effectieve methode om sensitiviteit te verbeteren (GR §4.2).',
      },
    });
  },
};

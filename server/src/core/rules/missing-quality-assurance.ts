import type { Rule } from './api';
import { isRejected, reportIfEmptyList } from './helpers';

export const missingQualityAssurance: Rule = {
  meta: {
    id: 'missing-quality-assurance',
    severity: 'warning',
    source: { en: 'GR §6', nl: 'GR §6' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Quality assurance is described',
        what: '`implementation.qualityAssurance` is missing or empty.',
        why: 'An intervention is only as effective as its delivery: the advice asks for trained professionals and for interventions to be carried out as intended (GR §6). The databank worksheet asks how quality is assured (training, intervision, supervision, fidelity monitoring).',
      },
      nl: {
        title: 'Kwaliteitsbewaking is beschreven',
        what: '`implementation.qualityAssurance` ontbreekt of is leeg.',
        why: 'Een interventie is zo effectief als de uitvoering: het advies vraagt om geschoolde professionals en om uitvoering zoals bedoeld (GR §6). Het databank-werkblad vraagt hoe de kwaliteit wordt bewaakt (training, intervisie, supervisie, modelgetrouwheid).',
      },
    },
  },
  check(context) {
    if (isRejected(context, ['implementation'])) return;
    reportIfEmptyList(context, ['implementation', 'qualityAssurance'], context.description.implementation?.qualityAssurance, {
      en: 'Describe how the quality of delivery is assured, e.g. training, intervision, supervision (`implementation.qualityAssurance`, GR §6).',
      nl: 'Beschrijf hoe de kwaliteit van de uitvoering wordt bewaakt, bijvoorbeeld training, intervisie, supervisie (`implementation.qualityAssurance`, GR §6).',
    });
  },
};

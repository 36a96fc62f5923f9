import type { Rule } from './api';
import { code, isEffectiveClaim, isRejected } from './helpers';

/** An "effective" level rests on Dutch effect research by definition of the databank. */
export const effectiveClaimWithoutDutchStudy: Rule = {
  meta: {
    id: 'effective-claim-without-dutch-study',
    severity: 'error',
    source: { en: 'GR Table 1, note a', nl: 'GR tabel 1, noot a' },
    fixable: 'none',
    docs: {
      en: {
        title: 'An effective level needs Dutch effect studies',
        what: '`level.claimed` is one of the `effective-*` levels but `research.dutchStudies` is missing or empty.',
        why: 'The databank recognises an intervention as "effective" only when, besides a plausible theory, there are indications of effectiveness from Dutch effect research; without it the highest level is "well-founded" (GR Table 1, note a).',
      },
      nl: {
        title: 'Een effectief niveau vraagt Nederlands effectonderzoek',
        what: '`level.claimed` is een van de niveaus `effective-*`, maar `research.dutchStudies` ontbreekt of is leeg.',
        why: 'De databank erkent een interventie pas als "effectief" wanneer er naast een aannemelijke theorie aanwijzingen voor effectiviteit zijn uit Nederlands effectonderzoek; zonder dat is "goed onderbouwd" het hoogste niveau (GR tabel 1, noot a).',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (!isEffectiveClaim(description)) return;
    if (isRejected(context, ['research', 'dutchStudies'])) return;
    if ((description.research?.dutchStudies?.length ?? 0) > 0) return;
    const claimed = description.level?.claimed ?? '';
    context.report({
      path: ['level', 'claimed'],
      message: {
        en: `Level ${code(claimed)} needs Dutch effect studies, but \`research.dutchStudies\` is empty; without them the highest level is \`well-founded\` (GR Table 1, note a).`,
        nl: `Niveau ${code(claimed)} vraagt Nederlands effectonderzoek, maar \`research.dutchStudies\` is leeg; zonder dat is \`well-founded\` het hoogste niveau (GR tabel 1, noot a).`,
      },
    });
  },
};

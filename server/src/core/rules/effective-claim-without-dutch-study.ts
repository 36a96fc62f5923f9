import { isEffectStudy } from '../evidence';
import { present } from '../model';
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
        what: '`level.claimed` is one of the `effective-*` levels but no study under `research.dutchStudies` is an effect study: the list is missing or empty, or every Dutch study has design `process`, `qualitative` or `meta-analysis`.',
        why: 'The databank recognises an intervention as "effective" only when, besides a plausible theory, there are indications of effectiveness from Dutch effect research; without it the highest level is "well-founded" (GR Table 1, note a).',
      },
      nl: {
        title: 'Een effectief niveau vraagt Nederlands effectonderzoek',
        what: '`level.claimed` is een van de niveaus `effective-*`, maar geen studie onder `research.dutchStudies` is effectonderzoek: de lijst ontbreekt of is leeg, of elke Nederlandse studie heeft design `process`, `qualitative` of `meta-analysis`.',
        why: 'De databank erkent een interventie pas als "effectief" wanneer er naast een aannemelijke theorie aanwijzingen voor effectiviteit zijn uit Nederlands effectonderzoek; zonder dat is "goed onderbouwd" het hoogste niveau (GR tabel 1, noot a).',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (!isEffectiveClaim(description)) return;
    if (isRejected(context, ['research', 'dutchStudies'])) return;
    const dutch = present(description.research?.dutchStudies);
    if (dutch.some(isEffectStudy)) return;
    const claimed = description.level?.claimed ?? '';
    const why: { en: string; nl: string } =
      dutch.length === 0
        ? { en: '`research.dutchStudies` is empty', nl: '`research.dutchStudies` is leeg' }
        : { en: 'the Dutch studies listed are process, qualitative or meta-analytic research, not effect studies', nl: 'de vermelde Nederlandse studies zijn proces-, kwalitatief of meta-analytisch onderzoek, geen effectonderzoek' };
    context.report({
      path: ['level', 'claimed'],
      message: {
        en: `Level ${code(claimed)} needs Dutch effect research, but ${why.en}; without it the highest level is \`well-founded\` (GR Table 1, note a).`,
        nl: `Niveau ${code(claimed)} vraagt Nederlands effectonderzoek, maar ${why.nl}; zonder dat is \`well-founded\` het hoogste niveau (GR tabel 1, noot a).`,
      },
    });
  },
};

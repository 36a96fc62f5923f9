import { LEVEL_NAMES, levelRank } from '../evidence';
import type { Rule } from './api';
import { code, isRejected } from './helpers';
import { rationaleIncomplete } from './missing-rationale';

/** Compares the claimed level with what the studies support (spec §5). */
export const claimedLevelNotSupported: Rule = {
  meta: {
    id: 'claimed-level-not-supported',
    severity: 'warning',
    source: { en: 'databank criteria (spec §5)', nl: 'databankcriteria (spec §5)' },
    fixable: 'none',
    docs: {
      en: {
        title: 'The studies support the claimed level',
        what: 'The studies listed under `research` do not reach the evidence the claimed level needs. A study supports the claim when it has a significant positive outcome in a targeted domain; `effective-first` needs one supporting Dutch study (pre-post-norm, repeated measures, n=1 or controlled), `effective-good` one supporting Dutch controlled study, `effective-strong` two supporting controlled studies (one Dutch) with a follow-up of at least six months. The message names the level the evidence does support and what is missing. It stays silent when `missing-rationale` already explains the gap. Thresholds are configurable under `levels`.',
        why: 'The recognition committee grants a level on the evidence, not on the claim; a claim the studies cannot carry is the most common reason a submission is sent back.',
      },
      nl: {
        title: 'De studies dragen het geclaimde niveau',
        what: 'De studies onder `research` halen niet het bewijs dat het geclaimde niveau vraagt. Een studie ondersteunt de claim als zij een significante positieve uitkomst heeft in een beoogd domein; `effective-first` vraagt één ondersteunende Nederlandse studie (pre-post met norm, herhaalde metingen, n=1 of gecontroleerd), `effective-good` één ondersteunende Nederlandse gecontroleerde studie, `effective-strong` twee ondersteunende gecontroleerde studies (waarvan één Nederlandse) met een follow-up van minstens zes maanden. De melding noemt het niveau dat het bewijs wel draagt en wat ontbreekt. Zwijgt als `missing-rationale` het gat al verklaart. Drempels zijn in te stellen onder `levels`.',
        why: 'De erkenningscommissie kent een niveau toe op grond van het bewijs, niet van de claim; een claim die de studies niet dragen is de meest voorkomende reden dat een aanvraag terugkomt.',
      },
    },
  },
  check(context) {
    const claimed = context.description.level?.claimed;
    if (claimed === undefined || rationaleIncomplete(context) || isRejected(context, ['research'])) return;
    const assessment = context.assessment();
    // This rule is about the studies: a gap in the well-founded basics is the schema's or
    // missing-rationale's to report.
    if (assessment.requirements.some((r) => r.level === 'well-founded' && !r.met)) return;
    if (levelRank(assessment.supported) >= levelRank(claimed)) return;
    const missing = assessment.requirements.filter((r) => !r.met && levelRank(r.level) <= levelRank(claimed));
    const supported = assessment.supported;
    context.report({
      path: ['level', 'claimed'],
      message: {
        en: `The studies support ${code(supported)} (${LEVEL_NAMES[supported].en}), not the claimed ${code(claimed)}. Missing: ${missing.map((r) => r.text.en).join('; ')}.`,
        nl: `De studies dragen ${code(supported)} (${LEVEL_NAMES[supported].nl}), niet het geclaimde ${code(claimed)}. Ontbreekt: ${missing.map((r) => r.text.nl).join('; ')}.`,
      },
    });
  },
};

import { LEVEL_NAMES, levelRank } from '../evidence';
import type { Rule } from './api';
import { code, isRejected } from './helpers';

/**
 * Compares the claimed level with what the studies support (spec §5). It is about the studies:
 * when they alone would carry the claim, a gap in the rationale is `missing-rationale`'s finding.
 */
export const claimedLevelNotSupported: Rule = {
  meta: {
    id: 'claimed-level-not-supported',
    severity: 'warning',
    source: { en: 'GR Table 1 note a; databank criteria as tool defaults (spec §5)', nl: 'GR tabel 1 noot a; databankcriteria als standaarden van dit hulpmiddel (spec §5)' },
    fixable: 'none',
    docs: {
      en: {
        title: 'The studies support the claimed level',
        what: 'The studies listed under `research` do not reach the evidence the claimed level needs. The message names the level the studies do support and what is missing. It stays silent only when the studies alone would carry the claim and the gap is the rationale (which `missing-rationale` reports). A study supports the claim when it has a significant positive outcome in a targeted domain.',
        why: 'The recognition committee grants a level on the evidence, not on the claim. Sourced in the advice (GR Table 1, note a): every "effective" level needs indications of effectiveness from Dutch effect research. Not in the advice, and therefore tool defaults that you can change under `levels` in the config: `effective-first` counts one supporting Dutch study with design pre-post-norm, repeated measures, n=1 or controlled; `effective-good` one supporting Dutch controlled study; `effective-strong` two supporting controlled studies (at least one Dutch), one of them with a follow-up of at least six months. Some recognition partners ask for more (for instance `effectStudies: 2`).',
      },
      nl: {
        title: 'De studies onderbouwen het geclaimde niveau',
        what: 'De studies onder `research` halen niet het bewijs dat het geclaimde niveau vraagt. De melding noemt het niveau dat de studies wel onderbouwen en wat er ontbreekt. De regel zwijgt alleen als de studies de claim op zich zouden dragen en het gat in de onderbouwing zit (dat meldt `missing-rationale`). Een studie ondersteunt de claim als zij een significante positieve uitkomst heeft in een beoogd domein.',
        why: 'De erkenningscommissie kent een niveau toe op grond van het bewijs, niet van de claim. Uit het advies (GR tabel 1, noot a): elk niveau "effectief" vraagt aanwijzingen voor effectiviteit uit Nederlands effectonderzoek. Niet uit het advies, en daarom standaarden van dit hulpmiddel die je onder `levels` in de configuratie kunt wijzigen: voor `effective-first` telt één ondersteunende Nederlandse studie met design pre-post met norm, herhaalde metingen, n=1 of gecontroleerd; voor `effective-good` één ondersteunende Nederlandse gecontroleerde studie; voor `effective-strong` twee ondersteunende gecontroleerde studies (minstens één Nederlandse), waarvan één met een follow-up van minstens zes maanden. Sommige erkenningspartners vragen meer (bijvoorbeeld `effectStudies: 2`).',
      },
    },
  },
  check(context) {
    const claimed = context.description.level?.claimed;
    if (claimed === undefined || isRejected(context, ['research'])) return;
    const assessment = context.assessment();
    const supported = assessment.supportedByStudies;
    if (levelRank(supported) >= levelRank(claimed)) return;
    const missing = assessment.requirements.filter((r) => !r.met && r.level !== 'well-founded' && levelRank(r.level) <= levelRank(claimed));
    context.report({
      path: ['level', 'claimed'],
      detail: `supported=${supported}`,
      message: {
        en: `The studies support ${code(supported)} (${LEVEL_NAMES[supported].en}), not the claimed ${code(claimed)}. Missing: ${missing.map((r) => r.text.en).join('; ')}.`,
        nl: `De studies onderbouwen ${code(supported)} (${LEVEL_NAMES[supported].nl}), niet het geclaimde ${code(claimed)}. Ontbreekt: ${missing.map((r) => r.text.nl).join('; ')}.`,
      },
    });
  },
};

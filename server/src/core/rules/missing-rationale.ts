import type { Rule } from './api';
import { code, isRejected, reportIfBlank } from './helpers';

const PARTS = [
  { key: 'problem', en: 'problem analysis', nl: 'probleemanalyse' },
  { key: 'causes', en: 'causes', nl: 'oorzaken' },
  { key: 'theory', en: 'theory of change', nl: 'verantwoording' },
] as const;

/** Every level starts at "well-founded", which needs a problem analysis, causes and a theory. */
export const missingRationale: Rule = {
  meta: {
    id: 'missing-rationale',
    severity: 'error',
    source: { en: 'GR Table 1, note a', nl: 'GR tabel 1, noot a' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'The rationale explains problem, causes and theory',
        what: 'A level is claimed, but `rationale.problem`, `rationale.causes` or `rationale.theory` is missing or empty.',
        why: 'Even the lowest level, "well-founded", means the effectiveness is plausible on the grounds of theory and empirical knowledge (GR Table 1, note a). The committee reads the problem analysis, its causes and why the approach changes them.',
      },
      nl: {
        title: 'De onderbouwing beschrijft probleem, oorzaken en verantwoording',
        what: 'Er wordt een niveau geclaimd, maar `rationale.problem`, `rationale.causes` of `rationale.theory` ontbreekt of is leeg.',
        why: 'Ook het laagste niveau, "goed onderbouwd", betekent dat de effectiviteit aannemelijk is op grond van theorie en empirische kennis (GR tabel 1, noot a). De commissie leest de probleemanalyse, de oorzaken en waarom de aanpak die oorzaken verandert.',
      },
    },
  },
  check(context) {
    const { description } = context;
    const claimed = description.level?.claimed;
    if (claimed === undefined || isRejected(context, ['rationale'])) return;
    if (!context.has(['rationale'])) {
      context.report({
        path: ['level', 'claimed'],
        message: {
          en: `Level ${code(claimed)} is claimed but there is no \`rationale\` (onderbouwing): describe the problem, its causes and the theory of change.`,
          nl: `Niveau ${code(claimed)} wordt geclaimd maar er is geen \`rationale\` (onderbouwing): beschrijf het probleem, de oorzaken en de verantwoording.`,
        },
      });
      return;
    }
    for (const part of PARTS) {
      reportIfBlank(context, ['rationale', part.key], description.rationale?.[part.key], {
        en: `\`rationale.${part.key}\` (${part.en}) is missing or empty; level ${code(claimed)} needs it.`,
        nl: `\`rationale.${part.key}\` (${part.nl}) ontbreekt of is leeg; niveau ${code(claimed)} vraagt erom.`,
      });
    }
  },
};

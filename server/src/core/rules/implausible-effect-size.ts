import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';
import { decimal } from './helpers';

export const MAX_PLAUSIBLE_D = 2.5;

export const implausibleEffectSize: Rule = {
  meta: {
    id: 'implausible-effect-size',
    severity: 'warning',
    source: { en: '—', nl: '—' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Effect sizes are plausible',
        what: "Cohen's d with an absolute value above 2.5, or an odds ratio of zero or less.",
        why: 'Interventions to improve the parent-child relationship have small to medium effects on average (GR §4.2); a d above 2.5 is almost always a typing or computation error (e.g. a raw difference instead of d), and an odds ratio cannot be zero or negative.',
      },
      nl: {
        title: 'Effectgroottes zijn aannemelijk',
        what: "Cohen's d met een absolute waarde boven 2,5, of een odds ratio van nul of minder.",
        why: 'Interventies om de ouder-kindrelatie te verbeteren hebben gemiddeld kleine tot middelmatige effecten (GR §4.2); een d boven 2,5 is vrijwel altijd een tik- of rekenfout (bijvoorbeeld een ruw verschil in plaats van d), en een odds ratio kan niet nul of negatief zijn.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      const effect = placed.outcome.effect;
      if (effect?.d !== undefined && Math.abs(effect.d) > MAX_PLAUSIBLE_D) {
        context.report({
          path: [...outcomePath(placed, 'effect'), 'd'],
          message: {
            en: `d = ${effect.d} is implausibly large (|d| > ${MAX_PLAUSIBLE_D}); check whether it is Cohen's d.`,
            nl: `d = ${decimal(effect.d, 'nl')} is onwaarschijnlijk groot (|d| > ${decimal(MAX_PLAUSIBLE_D, 'nl')}); controleer of het Cohen's d is.`,
          },
        });
      }
      if (effect?.or !== undefined && effect.or <= 0) {
        context.report({
          path: [...outcomePath(placed, 'effect'), 'or'],
          message: {
            en: `An odds ratio of ${effect.or} is impossible: odds ratios are greater than 0.`,
            nl: `Een odds ratio van ${decimal(effect.or, 'nl')} is onmogelijk: odds ratio's zijn groter dan 0.`,
          },
        });
      }
    }
  },
};

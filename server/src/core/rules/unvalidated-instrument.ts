import { outcomePath, outcomes } from '../model';
import type { Rule } from './api';

export const unvalidatedInstrument: Rule = {
  meta: {
    id: 'unvalidated-instrument',
    severity: 'info',
    source: { en: 'recognition criteria (not the GR advice)', nl: 'erkenningscriteria (niet het GR-advies)' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Dutch studies use validated instruments',
        what: 'An outcome of a Dutch study has `instrumentValidated: false`.',
        why: 'The recognition criteria ask that effects are measured with instruments rated valid and reliable (for instance by COTAN). This rule does not rest on the Gezondheidsraad advice: where the advice discusses validated instruments (GR §5), it means instruments to signal risks, not to measure outcomes.',
      },
      nl: {
        title: 'Nederlandse studies gebruiken gevalideerde instrumenten',
        what: 'Een uitkomst van een Nederlandse studie heeft `instrumentValidated: false`.',
        why: 'De erkenningscriteria vragen dat effecten worden gemeten met instrumenten die als valide en betrouwbaar zijn beoordeeld (bijvoorbeeld door COTAN). Deze regel steunt niet op het advies van de Gezondheidsraad: waar het advies over gevalideerde instrumenten spreekt (GR §5), gaat het om instrumenten om risico’s te signaleren, niet om uitkomsten te meten.',
      },
    },
  },
  check(context) {
    for (const placed of outcomes(context.description)) {
      if (placed.list !== 'dutchStudies' || placed.outcome.instrumentValidated !== false) continue;
      context.report({
        path: outcomePath(placed, 'instrumentValidated'),
        message: {
          en: `${placed.outcome.measure ?? 'This instrument'} is not validated: the recognition criteria ask for valid and reliable instruments.`,
          nl: `${placed.outcome.measure ?? 'Dit instrument'} is niet gevalideerd: de erkenningscriteria vragen valide en betrouwbare instrumenten.`,
        },
      });
    }
  },
};

import { isDutch } from '../model';
import type { Rule } from './api';
import { isRejected } from './helpers';

export const missingDutchManual: Rule = {
  meta: {
    id: 'missing-dutch-manual',
    severity: 'warning',
    source: { en: 'databank inclusion criteria', nl: 'opnamecriteria databank' },
    fixable: 'none',
    docs: {
      en: {
        title: 'A Dutch manual is available',
        what: '`implementation.manual` is missing, `available` is not `true`, or `language` is not Dutch. Counted as Dutch, in any case: `nl`, `nl-NL`, `nl-BE`, `Nederlands`, `Nederlandstalig`, `Dutch`.',
        why: 'A Dutch manual is one of the databank’s inclusion criteria, so that professionals can deliver the intervention as intended. This rests on the databank’s criteria, not on the Gezondheidsraad advice.',
      },
      nl: {
        title: 'Er is een Nederlandstalige handleiding',
        what: '`implementation.manual` ontbreekt, `available` is niet `true`, of `language` is niet Nederlands. Als Nederlands tellen, met of zonder hoofdletters: `nl`, `nl-NL`, `nl-BE`, `Nederlands`, `Nederlandstalig`, `Dutch`.',
        why: 'Een Nederlandstalige handleiding is een van de opnamecriteria van de databank, zodat professionals de interventie kunnen uitvoeren zoals bedoeld. Dit steunt op de criteria van de databank, niet op het advies van de Gezondheidsraad.',
      },
    },
  },
  check(context) {
    const { description } = context;
    if (isRejected(context, ['implementation', 'manual'])) return;
    const manual = description.implementation?.manual;
    if (!manual) {
      context.report({
        path: ['implementation', 'manual'],
        anchor: 'key',
        message: {
          en: 'No manual is described (`implementation.manual`): the databank requires a Dutch manual.',
          nl: 'Er is geen handleiding beschreven (`implementation.manual`): de databank vraagt een Nederlandstalige handleiding.',
        },
      });
      return;
    }
    if (manual.available !== true) {
      context.report({
        path: ['implementation', 'manual', 'available'],
        anchor: 'value',
        message: {
          en: 'The manual is not available: the databank requires an available Dutch manual.',
          nl: 'De handleiding is niet beschikbaar: de databank vraagt een beschikbare Nederlandstalige handleiding.',
        },
      });
    }
    if (!isDutch(manual.language)) {
      context.report({
        path: ['implementation', 'manual', 'language'],
        anchor: 'value',
        message: {
          en: `The manual is ${manual.language === undefined ? 'of unknown language' : `in \`${manual.language}\``}: the databank requires a manual in Dutch (\`nl\`).`,
          nl: `De handleiding is ${manual.language === undefined ? 'in een onbekende taal' : `in \`${manual.language}\``}: de databank vraagt een handleiding in het Nederlands (\`nl\`).`,
        },
      });
    }
  },
};

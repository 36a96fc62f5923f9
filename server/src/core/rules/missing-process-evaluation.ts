import type { Rule } from './api';
import { isRejected, reportIfEmptyList } from './helpers';

export const missingProcessEvaluation: Rule = {
  meta: {
    id: 'missing-process-evaluation',
    severity: 'warning',
    source: { en: 'databank inclusion criteria', nl: 'opnamecriteria databank' },
    fixable: 'none',
    docs: {
      en: {
        title: 'Research on the delivery is listed',
        what: '`implementation.processEvaluation` is missing or empty.',
        why: 'Research into how the intervention is delivered in practice (a process evaluation) is one of the databank’s inclusion criteria. This rests on the databank’s own criteria, not on the Gezondheidsraad advice.',
      },
      nl: {
        title: 'Onderzoek naar de uitvoering is vermeld',
        what: '`implementation.processEvaluation` ontbreekt of is leeg.',
        why: 'Onderzoek naar hoe de interventie in de praktijk wordt uitgevoerd (een procesevaluatie) is een van de opnamecriteria van de databank. Dit steunt op de criteria van de databank zelf, niet op het advies van de Gezondheidsraad.',
      },
    },
  },
  check(context) {
    if (!context.description.implementation || isRejected(context, ['implementation'])) return;
    reportIfEmptyList(context, ['implementation', 'processEvaluation'], context.description.implementation.processEvaluation, {
      en: 'No process evaluation is listed (`implementation.processEvaluation`): research on the delivery is a databank inclusion criterion.',
      nl: 'Er is geen procesevaluatie vermeld (`implementation.processEvaluation`): onderzoek naar de uitvoering is een opnamecriterium van de databank.',
    });
  },
};

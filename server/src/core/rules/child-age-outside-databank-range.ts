import type { Rule } from './api';

/** Pregnancy from nine months before birth up to 24 years: the databank's youth range. */
export const DATABANK_AGE_MONTHS = { min: -9, max: 288 } as const;

export const childAgeOutsideDatabankRange: Rule = {
  meta: {
    id: 'child-age-outside-databank-range',
    severity: 'error',
    source: { en: 'databank inclusion criteria', nl: 'opnamecriteria databank' },
    fixable: 'none',
    docs: {
      en: {
        title: 'The child age range lies within the databank range',
        what: '`targetGroup.child.ageMonths` starts before -9 months (pregnancy), ends after 288 months (24 years), or has `min` greater than `max`.',
        why: 'The databank of effective youth interventions covers children and young people from pregnancy up to 24 years; an age range outside it, or an inverted one, cannot be assessed. The bounds −9 months (the start of a pregnancy) and 288 months (24 years) are this tool’s reading of that range; they are not in the Gezondheidsraad advice.',
      },
      nl: {
        title: 'De leeftijd van het kind valt binnen het bereik van de databank',
        what: '`targetGroup.child.ageMonths` begint vóór -9 maanden (zwangerschap), eindigt na 288 maanden (24 jaar), of heeft een `min` groter dan `max`.',
        why: 'De databank effectieve jeugdinterventies omvat kinderen en jongeren van de zwangerschap tot 24 jaar; een leeftijd daarbuiten, of een omgekeerd bereik, kan niet worden beoordeeld. De grenzen −9 maanden (het begin van een zwangerschap) en 288 maanden (24 jaar) zijn de lezing van dit hulpmiddel van dat bereik; ze staan niet in het advies van de Gezondheidsraad.',
      },
    },
  },
  check(context) {
    const age = context.description.targetGroup?.child?.ageMonths;
    if (!age) return;
    const path = ['targetGroup', 'child', 'ageMonths'];
    if (age.min !== undefined && age.min < DATABANK_AGE_MONTHS.min) {
      context.report({
        path: [...path, 'min'],
        message: {
          en: `The age starts at ${age.min} months, before the start of pregnancy (-9): outside the databank's range.`,
          nl: `De leeftijd begint bij ${age.min} maanden, vóór het begin van de zwangerschap (-9): buiten het bereik van de databank.`,
        },
      });
    }
    if (age.max !== undefined && age.max > DATABANK_AGE_MONTHS.max) {
      context.report({
        path: [...path, 'max'],
        message: {
          en: `The age ends at ${age.max} months, after 24 years (288 months): outside the databank's range.`,
          nl: `De leeftijd eindigt bij ${age.max} maanden, na 24 jaar (288 maanden): buiten het bereik van de databank.`,
        },
      });
    }
    if (age.min !== undefined && age.max !== undefined && age.min > age.max) {
      context.report({
        path,
        anchor: 'key',
        message: {
          en: `\`min\` (${age.min}) is greater than \`max\` (${age.max}).`,
          nl: `\`min\` (${age.min}) is groter dan \`max\` (${age.max}).`,
        },
      });
    }
  },
};

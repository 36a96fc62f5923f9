import type { Rule } from './api';

export const ASSESSMENT_VALID_YEARS = 5;

/** The date `assessedOn` plus the validity period, or undefined for a date that does not exist. */
export function expiryOf(assessedOn: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(assessedOn);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return new Date(Date.UTC(year + ASSESSMENT_VALID_YEARS, month - 1, day));
}

export const assessmentExpired: Rule = {
  meta: {
    id: 'assessment-expired',
    severity: 'info',
    source: { en: 'databank procedure', nl: 'databankprocedure' },
    fixable: 'none',
    docs: {
      en: {
        title: 'The recognition is not older than five years',
        what: "`level.assessedOn` lies more than five years before today's date.",
        why: 'A recognition in the databank is granted for a limited period; after five years the description and the evidence are due for re-assessment. The five years come from the databank’s procedure, not from the Gezondheidsraad advice.',
      },
      nl: {
        title: 'De erkenning is niet ouder dan vijf jaar',
        what: '`level.assessedOn` ligt meer dan vijf jaar voor de datum van vandaag.',
        why: 'Een erkenning in de databank geldt voor een beperkte periode; na vijf jaar zijn beschrijving en bewijs toe aan herbeoordeling. De vijf jaar komen uit de procedure van de databank, niet uit het advies van de Gezondheidsraad.',
      },
    },
  },
  check(context) {
    const assessedOn = context.description.level?.assessedOn;
    if (assessedOn === undefined) return;
    const expiry = expiryOf(assessedOn);
    // Compared by calendar day: exactly five years ago is not yet "more than five years".
    const today = Date.UTC(context.today.getUTCFullYear(), context.today.getUTCMonth(), context.today.getUTCDate());
    if (!expiry || expiry.getTime() >= today) return;
    context.report({
      path: ['level', 'assessedOn'],
      message: {
        en: `Assessed on ${assessedOn}, more than ${ASSESSMENT_VALID_YEARS} years ago: re-assessment is due.`,
        nl: `Beoordeeld op ${assessedOn}, meer dan ${ASSESSMENT_VALID_YEARS} jaar geleden: herbeoordeling is nodig.`,
      },
    });
  },
};

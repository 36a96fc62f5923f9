import type { Rule } from './api';

export const MAX_SUMMARY_WORDS = 600;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

export const summaryTooLong: Rule = {
  meta: {
    id: 'summary-too-long',
    severity: 'info',
    source: { en: 'databank worksheet', nl: 'databank-werkblad' },
    fixable: 'none',
    docs: {
      en: {
        title: 'The summary fits on one page',
        what: '`summary` has more than 600 words.',
        why: 'The worksheet asks for a summary of at most one A4 page. The limit of 600 words is this tool’s estimate of one page, not a number the worksheet gives.',
      },
      nl: {
        title: 'De samenvatting past op één pagina',
        what: '`summary` heeft meer dan 600 woorden.',
        why: 'Het werkblad vraagt een samenvatting van hooguit één A4. De grens van 600 woorden is de schatting van dit hulpmiddel van één pagina, geen getal uit het werkblad.',
      },
    },
  },
  check(context) {
    const summary = context.description.summary;
    if (summary === undefined) return;
    const words = wordCount(summary);
    if (words <= MAX_SUMMARY_WORDS) return;
    context.report({
      path: ['summary'],
      anchor: 'key',
      message: {
        en: `The summary has ${words} words; the worksheet allows about ${MAX_SUMMARY_WORDS} (one A4).`,
        nl: `De samenvatting heeft ${words} woorden; het werkblad staat ongeveer ${MAX_SUMMARY_WORDS} toe (één A4).`,
      },
    });
  },
};

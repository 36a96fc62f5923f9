import { appendToBlockList, insertKey } from '../edits';
import { present, studies, type Study } from '../model';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './api';
import { isRejected } from './helpers';

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

/**
 * Citations are matched the way readers match them: by the first author's surname and the year
 * (`Voorbeeld, A. (2021)` matches any entry naming Voorbeeld and 2021); a reference without that
 * form must appear in the list as written.
 */
export function isListed(study: Study, references: readonly string[]): boolean {
  return isListedIn(study, references.map(normalise));
}

/** `isListed` against references normalised once per description (many studies, many entries). */
function isListedIn(study: Study, listed: readonly string[]): boolean {
  const reference = study.reference ?? '';
  const surname = /^\s*([^\s,(]{2,}),/.exec(reference)?.[1]?.toLowerCase();
  const year = study.year !== undefined ? String(study.year) : /\((\d{4})[a-z]?\)/.exec(reference)?.[1];
  if (surname !== undefined && year !== undefined) return listed.some((entry) => entry.includes(surname) && entry.includes(year));
  const wanted = normalise(reference);
  return listed.some((entry) => entry === wanted || entry.includes(wanted) || (entry.length > 20 && wanted.includes(entry)));
}

function addReference(context: RuleContext, reference: string): Fix[] {
  const item = JSON.stringify(reference);
  const edit = context.has(['references'])
    ? appendToBlockList(context.doc, context.text, ['references'], item)
    : insertKey(context.doc, context.text, [], 'references', `[${item}]`);
  return edit ? [{ title: { en: 'Add this study to `references`', nl: 'Voeg deze studie toe aan `references`' }, edits: [edit], safe: false }] : [];
}

export const studyNotInReferences: Rule = {
  meta: {
    id: 'study-not-in-references',
    severity: 'info',
    source: { en: 'databank worksheet, chapter 6', nl: 'databank-werkblad, hoofdstuk 6' },
    fixable: 'suggestion',
    docs: {
      en: {
        title: 'Every study is listed in the references',
        what: "`references` is present and not empty, but a study under `research` is not found in it, matched by its first author's surname and year (or, for a reference without that form, by its text, ignoring case and whitespace). A description without `references` is not reported: the worksheet's chapter 6 then lists the studies' own references.",
        why: 'The worksheet ends with the literature cited (chapter 6, "aangehaalde literatuur"); a reviewer checks each effect study against it.',
      },
      nl: {
        title: 'Elke studie staat in de literatuurlijst',
        what: '`references` is aanwezig en niet leeg, maar een studie onder `research` staat er niet in, vergeleken op de achternaam van de eerste auteur en het jaar (of, bij een verwijzing zonder die vorm, op de tekst, zonder op hoofdletters en witruimte te letten). Een beschrijving zonder `references` wordt niet gemeld: hoofdstuk 6 van het werkblad noemt dan de verwijzingen van de studies zelf.',
        why: 'Het werkblad eindigt met de aangehaalde literatuur (hoofdstuk 6); een beoordelaar legt elke effectstudie daarnaast.',
      },
    },
  },
  check(context) {
    if (isRejected(context, ['references'])) return;
    const listed = present(context.description.references).map(normalise);
    // Without a list of its own, the worksheet cites the studies' references: nothing to compare.
    if (listed.length === 0) return;
    for (const placed of studies(context.description)) {
      if (placed.study.reference === undefined || isListedIn(placed.study, listed)) continue;
      context.report({
        path: ['research', placed.list, placed.index, 'reference'],
        message: {
          en: 'This study is not in `references` (the literature cited, worksheet chapter 6).',
          nl: 'Deze studie staat niet in `references` (de aangehaalde literatuur, werkblad hoofdstuk 6).',
        },
        fixes: addReference(context, placed.study.reference),
      });
    }
  },
};

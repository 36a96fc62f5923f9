/**
 * The reviewer checklist of one description (`interventionLint/checklist`): the core's checklist
 * items in the message language, each with the place in the file its key path points to.
 */
import { checklistItems, locate, rangeOf, type ChecklistItem, type Language, type Localized } from '../core';
import type { ServiceDocument } from '../services';
import type { ChecklistResult, LspRange } from './protocol';

const NOT_CHECKED: Localized = {
  en: 'The description could not be checked: fix the errors in the file first.',
  nl: 'De beschrijving kon niet worden gecontroleerd: los eerst de fouten in het bestand op.',
};

function toLspRange(service: ServiceDocument, item: ChecklistItem): LspRange | null {
  const doc = service.result.parsed?.doc;
  if (!doc) return null;
  const text = service.document.getText();
  const fallback = item.fallback !== undefined && locate(doc, item.path).depth === 0 ? item.fallback : undefined;
  const range = fallback ? rangeOf(doc, text, fallback, 'value') : rangeOf(doc, text, item.path, 'key');
  return { start: service.document.positionAt(range.start), end: service.document.positionAt(range.end) };
}

/** The checklist of a checked description, in `language`. */
export function checklistOf(service: ServiceDocument, language: Language): NonNullable<ChecklistResult> {
  const { description: d, assessment } = service.result;
  const name = d?.name?.replace(/\s+/g, ' ').trim() || d?.id || '';
  if (!d || !assessment) return { name, claimed: undefined, language, message: NOT_CHECKED[language], items: [] };
  const items = checklistItems(d, assessment).map((item) => ({
    text: item.text[language].replace(/`/g, ''),
    met: item.met,
    group: item.group[language],
    groupKey: item.groupKey,
    range: toLspRange(service, item),
  }));
  return { name, claimed: assessment.claimed, language, message: undefined, items };
}

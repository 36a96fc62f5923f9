/**
 * Collects the blocks of the worksheet and every placeholder in document order, so that the list of
 * gaps at the top and the placeholders in place come from one source.
 */
import { isFilled, isPlaceholder, present, type Maybe } from '../core';
import type { Block, Missing, Value } from './types';

/** Text of a description value on one line (folded scalars keep no line breaks of meaning). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a prose value: blank lines separate them, other line breaks are folded. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map(oneLine)
    .filter((p) => p.length > 0);
}

/** Real text: not empty, and not a placeholder left for the author (those are still to fill in). */
function written(text: string | undefined): text is string {
  return text !== undefined && isFilled(text) && !isPlaceholder(text);
}

/** Items a worksheet list shows at most: 150,000 references made a 1.4 GB Word document. */
export const MAX_LIST_ITEMS = 500;

function bounded(items: readonly string[]): readonly string[] {
  if (items.length <= MAX_LIST_ITEMS) return items;
  const rest = items.length - MAX_LIST_ITEMS;
  return [...items.slice(0, MAX_LIST_ITEMS), `… en nog ${rest} (niet getoond: het werkblad toont er hoogstens ${MAX_LIST_ITEMS}; de beschrijving bevat ze allemaal)`];
}

export class Sheet {
  private readonly gaps: Missing[] = [];
  /** The (sub)section being built; recorded with every placeholder. */
  section = '';

  get missing(): readonly Missing[] {
    return this.gaps;
  }

  /** A placeholder for `label` at `path` in the current section. */
  gap(label: string, path: string): Value {
    const missing: Missing = { number: this.gaps.length + 1, label, path, section: this.section };
    this.gaps.push(missing);
    return { kind: 'missing', missing };
  }

  /** The value on one line, or a placeholder when it is missing or empty. */
  value(text: string | undefined, label: string, path: string): Value {
    return written(text) ? { kind: 'text', text: oneLine(text) } : this.gap(label, path);
  }

  field(label: string, text: string | undefined, gapLabel: string, path: string): Block {
    return { kind: 'field', label, value: this.value(text, gapLabel, path) };
  }

  /** A field that is left out when the description does not give it (a placeholder is still a gap). */
  optionalField(label: string, text: string | undefined, path?: string): Block[] {
    if (written(text)) return [{ kind: 'field', label, value: { kind: 'text', text: oneLine(text) } }];
    return path !== undefined && isPlaceholder(text) ? [{ kind: 'field', label, value: this.gap(label.toLowerCase(), path) }] : [];
  }

  /** The paragraphs of a prose value, or one placeholder paragraph. */
  prose(text: string | undefined, gapLabel: string, path: string): Block[] {
    const parts = text === undefined || isPlaceholder(text) ? [] : paragraphs(text);
    if (parts.length === 0) return [{ kind: 'paragraph', value: this.gap(gapLabel, path) }];
    return parts.map((p) => ({ kind: 'paragraph', value: { kind: 'text', text: p } }));
  }

  /**
   * A bulleted list of the filled items, or a placeholder under `label` when there are none.
   * `names` turns enum values into Dutch words.
   */
  list(label: string | undefined, items: readonly Maybe<string>[] | undefined, gapLabel: string, path: string, names?: (item: string) => string): Block[] {
    const given = present(items).filter(isFilled);
    const filled = given.filter((item) => !isPlaceholder(item)).map((item) => oneLine(names ? names(item) : item));
    // Some items still placeholders: the written ones are shown, and the list is still to complete.
    if (filled.length > 0 && filled.length === given.length) return [{ kind: 'list', label, items: bounded(filled) }];
    const value = this.gap(gapLabel, path);
    if (filled.length > 0) return [{ kind: 'list', label, items: bounded(filled) }, label === undefined ? { kind: 'paragraph', value } : { kind: 'field', label, value }];
    return [label === undefined ? { kind: 'paragraph', value } : { kind: 'field', label, value }];
  }

  /** A list that is left out when empty. */
  optionalList(label: string, items: readonly Maybe<string>[] | undefined): Block[] {
    const filled = present(items).filter(written).map(oneLine);
    return filled.length > 0 ? [{ kind: 'list', label, items: bounded(filled) }] : [];
  }
}

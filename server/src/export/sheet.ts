/**
 * Collects the blocks of the worksheet and every placeholder in document order, so that the list of
 * gaps at the top and the placeholders in place come from one source.
 */
import { isFilled, present, type Maybe } from '../core';
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
    return text !== undefined && isFilled(text) ? { kind: 'text', text: oneLine(text) } : this.gap(label, path);
  }

  field(label: string, text: string | undefined, gapLabel: string, path: string): Block {
    return { kind: 'field', label, value: this.value(text, gapLabel, path) };
  }

  /** A field that is left out when the description does not give it. */
  optionalField(label: string, text: string | undefined): Block[] {
    return text !== undefined && isFilled(text) ? [{ kind: 'field', label, value: { kind: 'text', text: oneLine(text) } }] : [];
  }

  /** The paragraphs of a prose value, or one placeholder paragraph. */
  prose(text: string | undefined, gapLabel: string, path: string): Block[] {
    const parts = text === undefined ? [] : paragraphs(text);
    if (parts.length === 0) return [{ kind: 'paragraph', value: this.gap(gapLabel, path) }];
    return parts.map((p) => ({ kind: 'paragraph', value: { kind: 'text', text: p } }));
  }

  /**
   * A bulleted list of the filled items, or a placeholder under `label` when there are none.
   * `names` turns enum values into Dutch words.
   */
  list(label: string | undefined, items: readonly Maybe<string>[] | undefined, gapLabel: string, path: string, names?: (item: string) => string): Block[] {
    const filled = present(items).filter(isFilled).map((item) => oneLine(names ? names(item) : item));
    if (filled.length > 0) return [{ kind: 'list', label, items: filled }];
    const value = this.gap(gapLabel, path);
    return [label === undefined ? { kind: 'paragraph', value } : { kind: 'field', label, value }];
  }

  /** A list that is left out when empty. */
  optionalList(label: string, items: readonly Maybe<string>[] | undefined): Block[] {
    const filled = present(items).filter(isFilled).map(oneLine);
    return filled.length > 0 ? [{ kind: 'list', label, items: filled }] : [];
  }
}

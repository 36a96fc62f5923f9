import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, type CompletionItem, type MarkupContent, type Range } from 'vscode-languageserver-types';
import { DEFAULT_CONFIG, mergeConfig, validate, type Language } from '../../../server/src/core';
import type { ServiceDocument } from '../../../server/src/services';
import { TODAY } from '../../support/paths';
import { completeSample, type COMPLETE_SAMPLES } from '../../support/samples';

export type SampleName = (typeof COMPLETE_SAMPLES)[number];

export function sample(name: SampleName = 'voorbeeld-samen-kijken.intervention.yaml'): string {
  return completeSample(name);
}

export function serviceDocument(text: string, language: Language = 'en'): ServiceDocument {
  const config = language === 'en' ? DEFAULT_CONFIG : mergeConfig(DEFAULT_CONFIG, { language });
  return {
    document: TextDocument.create('file:///work/test.intervention.yaml', 'intervention-yaml', 1, text),
    result: validate(text, { today: TODAY, config }),
    config,
  };
}

/** Replaces `search` in `text` (which must occur exactly once) by `replacement`. */
export function edit(text: string, search: string, replacement: string): string {
  const first = text.indexOf(search);
  assert.ok(first >= 0, `not found: ${search}`);
  assert.equal(text.indexOf(search, first + 1), -1, `found more than once: ${search}`);
  return text.slice(0, first) + replacement + text.slice(first + search.length);
}

/** Text with a `¦` cursor marker: the text without the marker and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function offsetOf(text: string, search: string, delta = 0): number {
  const at = text.indexOf(search);
  assert.ok(at >= 0, `not found: ${search}`);
  return at + delta;
}

export function markdownOf(value: CompletionItem['documentation'] | MarkupContent | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.value;
}

/**
 * Expands LSP snippet syntax as an editor does when the user accepts the defaults: a placeholder
 * becomes its default text (or `values[n]`), a choice its first option, `$n` nothing.
 */
export function expandSnippet(snippet: string, values: Readonly<Record<number, string>> = {}): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
      continue;
    }
    const simple = /^\$(\d+)/.exec(snippet.slice(i));
    const braced = /^\$\{(\d+)([:|]?)/.exec(snippet.slice(i));
    if (braced) {
      let j = i + braced[0].length;
      let inner = '';
      while (j < snippet.length && snippet[j] !== '}') {
        if (snippet[j] === '\\') j++;
        inner += snippet[j] ?? '';
        j++;
      }
      const defaultText = braced[2] === '|' ? (inner.replace(/\|$/, '').split(',')[0] ?? '') : inner;
      out += values[Number(braced[1])] ?? defaultText;
      i = j;
    } else if (simple) {
      out += values[Number(simple[1])] ?? '';
      i += simple[0].length - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

function offsetAt(text: string, position: Range['start']): number {
  const doc = TextDocument.create('file:///x', 'intervention-yaml', 1, text);
  return doc.offsetAt(position);
}

/**
 * Applies a completion item like VS Code: its text edit, the snippet expanded, and (with
 * `adjustIndentation`) the lines after the first indented like the line of the edit.
 */
export function applyCompletion(text: string, item: CompletionItem, values: Readonly<Record<number, string>> = {}): string {
  const textEdit = item.textEdit;
  assert.ok(textEdit && 'range' in textEdit, 'item has a text edit');
  const start = offsetAt(text, textEdit.range.start);
  const end = offsetAt(text, textEdit.range.end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, start))?.[0] ?? '';
  const expanded = item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(textEdit.newText, values) : textEdit.newText;
  return text.slice(0, start) + expanded.replace(/\n/g, `\n${indent}`) + text.slice(end);
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

export function find(items: readonly CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no completion item ${label} in ${labels(items).join(', ')}`);
  return item;
}

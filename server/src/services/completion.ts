/**
 * Completion from the intervention schema: keys not yet present (with the Dutch databank term),
 * enum and boolean values, enum list items, study and outcome snippets in their lists, and the
 * skeleton of a new description in an empty document.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  Range,
  TextEdit,
  type CompletionItem,
  type MarkupContent,
} from 'vscode-languageserver-types';
import { otherLanguage, type Language, type OffsetRange } from '../core';
import { linesOf } from './derived';
import { completionContextAt, type CompletionContext } from './path-at';
import {
  docsMarkdown,
  enumOf,
  escapeMarkdown,
  inLanguage,
  itemsOf,
  propertiesOf,
  requiredOf,
  rootSchema,
  schemaAt,
  schemaType,
  snippetsOf,
  type EnumValue,
  type SchemaNode,
  type Segment,
} from './schema-nav';
import { listItemSnippet, skeletonSnippet } from './snippets';
import type { ServiceDocument } from './types';
import { append } from '../core';

const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

function markdown(value: string): MarkupContent {
  return { kind: MarkupKind.Markdown, value };
}

function toRange(doc: ServiceDocument, range: OffsetRange): Range {
  return Range.create(doc.document.positionAt(range.start), doc.document.positionAt(range.end));
}

/** Whether the list at this schema holds (references to) objects. */
function holdsObjects(list: SchemaNode): boolean {
  const items = itemsOf(list);
  return items !== undefined && schemaType(items) === 'object';
}

function keyInsertText(key: string, schema: SchemaNode, context: CompletionContext): string {
  if (context.keyFollows) return key;
  if (context.flow) return `${key}: $0`;
  const nested = ' '.repeat(Math.max(0, context.column - context.lineIndent) + (context.needsSpace ? 3 : 2));
  const type = schemaType(schema);
  if (type === 'object') return `${key}:\n${nested}$0`;
  if (type === 'array') return holdsObjects(schema) ? `${key}:\n${nested}- $0` : `${key}: [$0]`;
  return `${key}: $0`;
}

function keyItems(doc: ServiceDocument, context: CompletionContext, schema: SchemaNode): CompletionItem[] {
  const required = new Set(requiredOf(schema));
  const present = new Set(context.present);
  const range = toRange(doc, context.replace);
  return propertiesOf(schema)
    .filter(([key]) => !present.has(key) && !key.startsWith('x-'))
    .map(([key, sub], index): CompletionItem => {
      const insert = (context.needsSpace ? ' ' : '') + keyInsertText(key, sub, context);
      const nlTerm = sub['x-nl-term'];
      const item: CompletionItem = {
        label: key,
        kind: schemaType(sub) === 'object' ? CompletionItemKind.Module : CompletionItemKind.Property,
        documentation: markdown(docsMarkdown(sub, doc.config.language)),
        sortText: `${required.has(key) ? '0' : '1'}_${String(index).padStart(3, '0')}_${key}`,
        insertText: insert,
        insertTextFormat: context.keyFollows ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.adjustIndentation,
        textEdit: TextEdit.replace(range, insert),
      };
      if (typeof nlTerm === 'string') item.detail = nlTerm;
      const type = schemaType(sub);
      if (!context.keyFollows && (enumOf(sub).length > 0 || type === 'boolean')) item.command = TRIGGER_SUGGEST;
      return item;
    });
}

function valueDocumentation(value: EnumValue, language: Language): MarkupContent | undefined {
  const texts = inLanguage(value.description, language).map(escapeMarkdown);
  return texts.length > 0 ? markdown(texts.join('\n\n')) : undefined;
}

function valueItems(doc: ServiceDocument, context: CompletionContext, schema: SchemaNode, exclude: readonly string[], format: (value: string) => string): CompletionItem[] {
  const values: EnumValue[] = enumOf(schema);
  if (values.length === 0 && schemaType(schema) === 'boolean') {
    values.push({ value: true, description: { en: undefined, nl: undefined } }, { value: false, description: { en: undefined, nl: undefined } });
  }
  const range = toRange(doc, context.replace);
  const excluded = new Set(exclude);
  return values
    .filter((v) => !excluded.has(String(v.value)))
    .map((v, index): CompletionItem => {
      const text = format(String(v.value));
      const item: CompletionItem = {
        label: String(v.value),
        kind: typeof v.value === 'boolean' ? CompletionItemKind.Value : CompletionItemKind.EnumMember,
        sortText: String(index).padStart(3, '0'),
        insertText: text,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: TextEdit.replace(range, text),
      };
      if (text !== String(v.value)) item.filterText = String(v.value);
      const documentation = valueDocumentation(v, doc.config.language);
      if (documentation) item.documentation = documentation;
      return item;
    });
}

/** The schema's snippets for the items of a list, as `- ` block items replacing `range`. */
function snippetItems(doc: ServiceDocument, list: SchemaNode, range: OffsetRange, dashTyped: boolean): CompletionItem[] {
  const items = itemsOf(list);
  if (!items) return [];
  return snippetsOf(items).map((snippet, index): CompletionItem => {
    const text = listItemSnippet(snippet.body, items);
    const preview = text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
    const item: CompletionItem = {
      label: snippet.label,
      kind: CompletionItemKind.Snippet,
      documentation: markdown(`${snippet.description ? `${escapeMarkdown(snippet.description)}\n\n` : ''}\`\`\`yaml\n${preview}\n\`\`\``),
      sortText: `2_${String(index).padStart(3, '0')}`,
      filterText: dashTyped ? `- ${snippet.label}` : snippet.label,
      insertText: text,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: TextEdit.replace(toRange(doc, range), text),
    };
    if (snippet.description) item.detail = snippet.description;
    return item;
  });
}

const NEW_DESCRIPTION = { en: 'New intervention description', nl: 'Nieuwe interventiebeschrijving' } as const;

function skeletonItem(doc: ServiceDocument, context: CompletionContext): CompletionItem[] {
  if (context.path.length > 0 || context.dash || context.flow || context.keyFollows) return [];
  const present = context.present.filter((key) => key !== 'format');
  if (present.length > 0 || context.lineIndent > 0) return [];
  const text = skeletonSnippet(rootSchema(), context.present);
  const language = doc.config.language;
  return [
    {
      label: NEW_DESCRIPTION[language],
      kind: CompletionItemKind.Snippet,
      detail: NEW_DESCRIPTION[otherLanguage(language)],
      documentation: markdown(`\`\`\`yaml\n${text.replace(/\$\{\d+[:|]([^}|,]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '')}\n\`\`\``),
      sortText: '!',
      insertText: text,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: TextEdit.replace(toRange(doc, { start: context.contentStart, end: context.replace.end }), text),
    },
  ];
}

/** Completion of a key context: keys, or list items when the path leads to a list. */
function atKey(doc: ServiceDocument, context: CompletionContext, schema: SchemaNode | undefined): CompletionItem[] {
  const result: CompletionItem[] = [];
  if (context.dash && context.list) {
    const list = schemaAt(context.list.path);
    const items = list && itemsOf(list);
    if (list && items && schemaType(items) !== 'object') return valueItems(doc, context, items, context.list.items, (v) => (context.needsSpace ? ` ${v}` : v));
    if (list && context.present.length === 0) {
      append(result, snippetItems(doc, list, { start: context.list.dashStart, end: context.replace.end }, true));
    }
  }
  if (!schema) return result;
  if (schemaType(schema) === 'array') return atItem(doc, { ...context, kind: 'item' }, schema);
  append(append(result, keyItems(doc, context, schema)), skeletonItem(doc, context));
  return result;
}

/** Completion of an item of the list at the context's path (flow, or a block line without dash). */
function atItem(doc: ServiceDocument, context: CompletionContext, list: SchemaNode): CompletionItem[] {
  const items = itemsOf(list);
  if (!items) return [];
  if (context.flow) return valueItems(doc, context, items, context.present, (v) => v);
  if (schemaType(items) === 'object') return snippetItems(doc, list, context.replace, false);
  return valueItems(doc, context, items, context.present, (v) => `- ${v}`);
}

/** Completion of a value after `key: `; for a list of enum values, a flow list with one value. */
function atValue(doc: ServiceDocument, context: CompletionContext, schema: SchemaNode): CompletionItem[] {
  const space = context.needsSpace ? ' ' : '';
  const items = schemaType(schema) === 'array' ? itemsOf(schema) : undefined;
  if (items && context.prefix.length === 0) return valueItems(doc, context, items, [], (v) => `${space}[${v}]`);
  return valueItems(doc, context, schema, [], (v) => `${space}${v}`);
}

/** Completion items at `offset` (UTF-16) of the document. */
export function complete(doc: ServiceDocument, offset: number): CompletionItem[] {
  const context = completionContextAt(doc.document.getText(), offset, linesOf(doc));
  if (!context || context.path.some((segment: Segment) => typeof segment === 'string' && segment.startsWith('x-'))) return [];
  const schema = schemaAt(context.path);
  switch (context.kind) {
    case 'key':
      return atKey(doc, context, schema);
    case 'value':
      return schema ? atValue(doc, context, schema) : [];
    case 'item':
      return schema ? atItem(doc, context, schema) : [];
  }
}

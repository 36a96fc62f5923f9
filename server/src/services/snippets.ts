/**
 * Snippets as YAML text: the schema's `defaultSnippets` (JSON bodies whose strings hold `${n:…}`
 * placeholders) converted to block YAML, and the skeleton of a new description built from the
 * schema's required keys. The output is LSP snippet syntax, with indentation relative to column 0.
 */
import {
  childSchema,
  enumOf,
  examplesOf,
  isRecord,
  requiredOf,
  schemaType,
  type SchemaNode,
} from './schema-nav';

type Piece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'tabstop'; readonly raw: string; readonly open: string; readonly inner: string; readonly plain: string };

/** Splits a snippet string into literal text (unescaped) and tab stops (`$1`, `${1}`, `${1:x}`, `${1|a,b|}`). */
function pieces(source: string): Piece[] {
  const result: Piece[] = [];
  let text = '';
  let i = 0;
  const flush = (): void => {
    if (text.length > 0) result.push({ kind: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '\\' && i + 1 < source.length && '$}\\'.includes(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    const simple = /^\$(\d+)/.exec(source.slice(i));
    const braced = /^\$\{(\d+)([:|]?)/.exec(source.slice(i));
    if (simple) {
      flush();
      result.push({ kind: 'tabstop', raw: simple[0], open: simple[0], inner: '', plain: '' });
      i += simple[0].length;
    } else if (braced) {
      let j = i + braced[0].length;
      let depth = 1;
      let inner = '';
      while (j < source.length && depth > 0) {
        const c = source[j] ?? '';
        if (c === '\\' && j + 1 < source.length) {
          inner += source[j + 1];
          j += 2;
          continue;
        }
        if (c === '{') depth++;
        if (c === '}') depth--;
        if (depth > 0) inner += c;
        j++;
      }
      flush();
      const choice = braced[2] === '|';
      const body = choice ? inner.replace(/\|$/, '') : inner;
      const plain = choice ? (body.split(',')[0] ?? '') : body;
      result.push({ kind: 'tabstop', raw: source.slice(i, j), open: `\${${braced[1]}${braced[2] ?? ''}`, inner: body, plain });
      i = j;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return result;
}

/** Escapes literal text for LSP snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

const YAML_SPECIAL = /[:#,[\]{}&*!|>'"%@`\\]/;
const YAML_RESERVED = /^(true|false|null|~|yes|no|on|off|[-+]?(\.inf|\.nan)|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i;

/** Whether a plain scalar with this text would not read back as the same string. */
export function needsQuotes(text: string): boolean {
  return text.length === 0 || /^[\s\-?]|\s$/.test(text) || YAML_SPECIAL.test(text) || YAML_RESERVED.test(text) || /[\n\r\t]/.test(text);
}

function yamlEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** A snippet string as a YAML scalar, quoted when its default text has special characters. */
export function snippetScalar(source: string): string {
  const parts = pieces(source);
  const plain = parts.map((p) => (p.kind === 'text' ? p.text : p.plain)).join('');
  const quote = needsQuotes(plain);
  const body = parts
    .map((p) => {
      if (p.kind === 'text') return escapeSnippet(quote ? yamlEscape(p.text) : p.text);
      if (p.inner.length === 0) return p.raw;
      const inner = p.open.endsWith('|') ? p.inner.replace(/[\\$}|,]/g, '\\$&') : escapeSnippet(quote ? yamlEscape(p.inner) : p.inner);
      return `${p.open}${inner}${p.open.endsWith('|') ? '|' : ''}}`;
    })
    .join('');
  return quote ? `"${body}"` : body;
}

/**
 * A JSON value as a YAML scalar. A placeholder string for a number or boolean property (per the
 * optional schema) stays unquoted, so that `${1:2024}` reads back as a number.
 */
function scalar(value: unknown, schema?: SchemaNode): string {
  if (typeof value === 'string') {
    const type = schemaType(schema);
    const typed = type === 'integer' || type === 'number' || type === 'boolean';
    return typed && /\$\{?\d/.test(value) ? value : snippetScalar(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'null';
}

function isScalarValue(value: unknown): boolean {
  return !Array.isArray(value) && !isRecord(value);
}

/** A JSON value as block YAML lines (snippet syntax), relative to column 0; `schema` describes the value. */
export function toYamlLines(value: unknown, schema?: SchemaNode, depth = 0): string[] {
  if (depth > 50) return [];
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return ['{}'];
    return entries.flatMap(([key, sub]) => {
      const name = needsQuotes(key) ? `"${yamlEscape(key)}"` : key;
      const subSchema = schema && childSchema(schema, key);
      if (isScalarValue(sub)) return [`${name}: ${scalar(sub, subSchema)}`];
      if (Array.isArray(sub) && sub.length === 0) return [`${name}: []`];
      if (isRecord(sub) && Object.keys(sub).length === 0) return [`${name}: {}`];
      return [`${name}:`, ...toYamlLines(sub, subSchema, depth + 1).map((line) => `  ${line}`)];
    });
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return ['[]'];
    const itemSchema = schema && childSchema(schema, 0);
    return (value as unknown[]).flatMap((item) => {
      if (isScalarValue(item)) return [`- ${scalar(item, itemSchema)}`];
      const lines = toYamlLines(item, itemSchema, depth + 1);
      return lines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`));
    });
  }
  return [scalar(value, schema)];
}

/** A snippet body as one list item: `- key: …` with the other lines aligned under the first key. */
export function listItemSnippet(body: unknown, schema?: SchemaNode): string {
  const lines = toYamlLines(body, schema);
  if (!isRecord(body) && !Array.isArray(body)) return `- ${lines.join('')}$0`;
  return `${lines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)).join('\n')}$0`;
}

/** The skeleton of a new description: every required key and its required children, as placeholders. */
export function skeletonSnippet(root: SchemaNode, omit: readonly string[] = []): string {
  let counter = 0;
  const next = (): number => ++counter;
  const choice = (values: readonly unknown[]): string => `\${${next()}|${values.map((v) => String(v).replace(/[\\$}|,]/g, '\\$&')).join(',')}|}`;
  const placeholder = (value: string | number): string =>
    typeof value === 'number' ? `\${${next()}:${value}}` : snippetScalar(`\${${next()}:${escapeSnippet(value)}}`);
  const leaf = (key: string, schema: SchemaNode): string[] => {
    const values = enumOf(schema);
    if (values.length === 1 && 'const' in schema) return [`${key}: ${scalar(values[0]?.value)}`];
    if (values.length > 1) return [`${key}: ${choice(values.map((v) => v.value))}`];
    const type = schemaType(schema);
    if (type === 'boolean') return [`${key}: ${choice([true, false])}`];
    const example = examplesOf(schema).find((e): e is string | number => typeof e === 'string' || typeof e === 'number');
    if (type === 'integer' || type === 'number') return [`${key}: ${placeholder(typeof example === 'number' ? example : 0)}`];
    const title = typeof schema['title'] === 'string' ? schema['title'] : key;
    // Free text starts as a placeholder that `placeholder-text` reports until the author writes it;
    // a value with a fixed form (a slug, a date) starts as a valid example instead.
    const freeText = type === 'string' && schema['pattern'] === undefined && schema['format'] === undefined;
    return [`${key}: ${placeholder(freeText ? `TODO: ${String(example ?? title)}` : (example ?? title))}`];
  };
  const object = (schema: SchemaNode, depth: number): string[] =>
    requiredOf(schema)
      .filter((key) => depth > 0 || !omit.includes(key))
      .flatMap((key) => {
        const sub = childSchema(schema, key);
        if (!sub) return [`${key}: ${placeholder('')}`];
        const type = schemaType(sub);
        if (type === 'object' && depth < 10) {
          const children = object(sub, depth + 1);
          return children.length > 0 ? [`${key}:`, ...children.map((line) => `  ${line}`)] : [`${key}: {}`];
        }
        if (type === 'array') {
          const items = childSchema(sub, 0);
          const values = items ? enumOf(items) : [];
          if (values.length > 0) return [`${key}: [${choice(values.map((v) => v.value))}]`];
          if (items && schemaType(items) === 'object') return [`${key}: []`];
          return [`${key}: [\${${next()}}]`];
        }
        return leaf(key, sub);
      });
  const lines = object(root, 0);
  return `${lines.join('\n')}\n$0`;
}

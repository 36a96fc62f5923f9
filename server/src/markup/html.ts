/**
 * The one way the tool writes HTML and XML (findings page, evidence report, worksheet, portfolio,
 * JUnit): tagged templates that escape every interpolation unless it is markup already, and a
 * document head that loads nothing from anywhere. Escaping is the default, so a forgotten call
 * cannot open a hole; the old opt-in helpers are gone on purpose.
 */

/** Characters XML 1.0 (and so HTML) cannot carry: most C0 controls, lone surrogates, U+FFFE/F. */
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * XML readers normalise a tab or line break inside an attribute value to a space; as references
 * they survive. In element content a reference reads the same as the character, so one escaping
 * serves both places.
 */
const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function escaper(entities: Readonly<Record<string, string>>): (text: string) => string {
  const special = new RegExp(`[${Object.keys(entities).join('')}]`, 'g');
  return (text) => text.replace(INVALID, '').replace(special, (c) => entities[c] ?? c);
}

const MARKUP = Symbol('markup');

/** Markup that is already safe: made by `html`/`xml` or, for the tool's own constants, by `raw`. */
export interface Markup {
  readonly [MARKUP]: string;
  toString(): string;
}

function markup(text: string): Markup {
  return { [MARKUP]: text, toString: () => text };
}

/** Marks the tool's own, trusted markup (a constant CSS block, a policy) as not to be escaped. */
export function raw(text: string): Markup {
  return markup(text);
}

function isMarkup(value: Markup | readonly Interpolation[]): value is Markup {
  return MARKUP in value;
}

/** What may be interpolated: text and numbers (escaped), markup, lists of them, or nothing. */
export type Interpolation = string | number | Markup | undefined | null | false | readonly Interpolation[];

export type Template = (strings: TemplateStringsArray, ...values: readonly Interpolation[]) => Markup;

function template(escape: (text: string) => string): Template {
  const interpolate = (value: Interpolation): string => {
    if (value === undefined || value === null || value === false) return '';
    if (typeof value === 'string') return escape(value);
    if (typeof value === 'number') return escape(String(value));
    if (isMarkup(value)) return value[MARKUP];
    return value.map(interpolate).join('');
  };
  return (strings, ...values) => {
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
      out += interpolate(value) + (strings[i + 1] ?? '');
    });
    return markup(out);
  };
}

/**
 * The tagged template for HTML: each interpolation is escaped unless it is `Markup` (from `html`
 * itself or `raw`), lists are joined, and `undefined`, `null` and `false` leave nothing.
 */
export const html: Template = template(escaper(HTML_ENTITIES));

/** The same template for XML (JUnit): `&apos;`, and tabs and line breaks as references. */
export const xml: Template = template(escaper(XML_ENTITIES));

/** Markup items with the tool's own separator between them (a line break, `<br>`). */
export function join(items: readonly Markup[], separator: string): Markup {
  return markup(items.map((item) => item[MARKUP]).join(separator));
}

/** Text whose `code` spans (as the core's messages and requirement texts write them) become `<code>`. */
export function htmlWithCode(text: string): Markup {
  return html`${text.split(/(`[^`]+`)/).map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? html`<code>${part.slice(1, -1)}</code>` : part))}`;
}

export interface PageHead {
  readonly lang: string;
  readonly title: string;
  /** The Content-Security-Policy, a constant of the tool; every page starts from `default-src 'none'`. */
  readonly csp: string;
  /** Inline CSS, a constant of the tool. */
  readonly style: string;
  readonly generator?: string;
  readonly noReferrer?: boolean;
}

/** Everything from `<!DOCTYPE html>` to the opening `<body>` tag, one element per line. */
export function pageStart(head: PageHead): Markup {
  // The policy is written as is so that it reads as a policy; it and the CSS are never user text.
  const lines = [
    html`<!DOCTYPE html>`,
    html`<html lang="${head.lang}">`,
    html`<head>`,
    html`<meta charset="utf-8">`,
    html`<meta http-equiv="Content-Security-Policy" content="${raw(head.csp)}">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    head.generator !== undefined ? html`<meta name="generator" content="${head.generator}">` : undefined,
    head.noReferrer ? html`<meta name="referrer" content="no-referrer">` : undefined,
    html`<title>${head.title}</title>`,
    html`<style>${raw(head.style)}</style>`,
    html`</head>`,
    html`<body>`,
  ];
  return join(
    lines.filter((line) => line !== undefined),
    '\n',
  );
}

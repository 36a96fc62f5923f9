/**
 * The HTML shared by every page the tool writes (findings page, evidence report, worksheet,
 * portfolio): escaping, and a document head that loads nothing from anywhere.
 */

/** Characters XML 1.0 (and so HTML) cannot carry: most C0 controls, lone surrogates, U+FFFE/F. */
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const MARKUP = Symbol('markup');

/** Markup that is already safe: made by `html` or, for the tool's own constants, by `raw`. */
export interface Markup {
  readonly [MARKUP]: string;
  toString(): string;
}

function markup(text: string): Markup {
  return { [MARKUP]: text, toString: () => text };
}

/** Marks the tool's own, trusted markup (a constant CSS block, an SVG it drew) as not to be escaped. */
export function raw(text: string): Markup {
  return markup(text);
}

function isMarkup(value: Markup | readonly Interpolation[]): value is Markup {
  return MARKUP in value;
}

/** What may be interpolated: text and numbers (escaped), markup, lists of them, or nothing. */
export type Interpolation = string | number | Markup | undefined | null | false | readonly Interpolation[];

function interpolate(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (isMarkup(value)) return value[MARKUP];
  return value.map(interpolate).join('');
}

/**
 * The tagged template for every HTML (and XML) the tool writes: each interpolation is escaped
 * unless it is `Markup` (from `html` itself or `raw`), lists are joined, and `undefined`, `null`
 * and `false` leave nothing. Escaping is the default, so a forgotten call cannot open a hole.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += interpolate(value) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

export interface PageHead {
  readonly lang: string;
  readonly title: string;
  /** The Content-Security-Policy; every page starts from `default-src 'none'`. */
  readonly csp: string;
  /** Inline CSS. */
  readonly style: string;
  readonly generator?: string;
  readonly noReferrer?: boolean;
}

/** Everything from `<!DOCTYPE html>` to the opening `<body>` tag, one element per line. */
export function pageStart(head: PageHead): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(head.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is a constant of the tool, never user text; written as is so it reads as a policy.
    `<meta http-equiv="Content-Security-Policy" content="${head.csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(head.generator !== undefined ? [`<meta name="generator" content="${escapeHtml(head.generator)}">`] : []),
    ...(head.noReferrer ? ['<meta name="referrer" content="no-referrer">'] : []),
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>${head.style}</style>`,
    '</head>',
    '<body>',
  ].join('\n');
}

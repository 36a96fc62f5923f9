/**
 * The portfolio overview (`intervention-lint summary`): one row per description with its claimed and
 * supported level and its finding counts, as text, Markdown, CSV (RFC 4180) or HTML. Pure.
 */
import { CATEGORY_NAMES, LEVEL_NAMES, LEVELS, nameOf, plural, PLURALS, SUMMARY_COLUMNS, SUMMARY_TEXT, t, verdictOf, type Finding, type Language, type Level, type ValidationResult } from '../core';
import { terminalSafe } from '../markup/terminal';
import { html, join, pageStart, type Markup } from '../markup/html';
import { escapeMarkdown as md } from '../markup/markdown';

export const SUMMARY_FORMATS = ['text', 'md', 'csv', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryRow {
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** A level key (`effective-good`), or '' when none is claimed or the file was not checked. */
  readonly claimed: string;
  /** A level key or `none`; '' when the file could not be checked. */
  readonly supported: string;
  readonly errors: number;
  readonly warnings: number;
  /** Findings of severity info and hint. */
  readonly infos: number;
  /** Why the file could not be read; undefined when it was read. */
  readonly problem: string | undefined;
}

const COLUMNS = ['file', 'id', 'name', 'category', 'claimed', 'supported', 'errors', 'warnings', 'infos'] as const;
type Column = (typeof COLUMNS)[number];

function headersIn(language: Language): Record<Column, string> {
  return Object.fromEntries(COLUMNS.map((column) => [column, t(language, SUMMARY_COLUMNS[column])])) as Record<Column, string>;
}

const NUMERIC: ReadonlySet<Column> = new Set(['errors', 'warnings', 'infos']);

function stringField(data: unknown, key: string): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return '';
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** The row of one file; `result` is undefined when the file could not be read or parsed. */
export function summaryRow(file: string, findings: readonly Finding[], result: ValidationResult | undefined, problem?: string): SummaryRow {
  const d = result?.description;
  const raw = d ?? result?.parsed?.data;
  const count = (test: (f: Finding) => boolean): number => findings.filter(test).length;
  return {
    file,
    id: stringField(raw, 'id'),
    name: stringField(raw, 'name'),
    category: d?.category ?? '',
    claimed: result?.assessment?.claimed ?? d?.level?.claimed ?? '',
    supported: result?.assessment?.supported ?? '',
    errors: count((f) => f.severity === 'error'),
    warnings: count((f) => f.severity === 'warning'),
    infos: count((f) => f.severity === 'info' || f.severity === 'hint'),
    problem,
  };
}

function levelOf(value: string): Level | undefined {
  return LEVELS.find((level) => level === value);
}

/** Whether the evidence reaches the claimed level; undefined when there is nothing to compare. */
export function supportsClaim(row: SummaryRow): boolean | undefined {
  const claimed = levelOf(row.claimed);
  const supported = row.supported === 'none' ? 'none' : levelOf(row.supported);
  if (claimed === undefined || supported === undefined) return undefined;
  return verdictOf(claimed, supported) === 'supported';
}

function cells(row: SummaryRow, language: Language): Record<Column, string> {
  const unread = row.problem !== undefined;
  const count = (n: number): string => (unread ? '' : String(n));
  return {
    file: row.file,
    id: row.id,
    name: unread ? t(language, SUMMARY_TEXT.unreadableRow, { problem: row.problem ?? '' }) : row.name.replace(/\s+/g, ' '),
    category: row.category,
    claimed: row.claimed,
    supported: row.supported,
    errors: count(row.errors),
    warnings: count(row.warnings),
    infos: count(row.infos),
  };
}

function totals(rows: readonly SummaryRow[], language: Language): string {
  const sum = (key: 'errors' | 'warnings' | 'infos'): number => rows.reduce((n, r) => n + r[key], 0);
  const compared = rows.filter((r) => supportsClaim(r) !== undefined);
  const met = compared.filter((r) => supportsClaim(r) === true).length;
  return t(language, SUMMARY_TEXT.totals, {
    count: rows.length,
    descriptions: plural(language, rows.length, PLURALS.description),
    errors: sum('errors'),
    warnings: sum('warnings'),
    infos: sum('infos'),
    met,
    compared: compared.length,
  });
}

export interface CsvOptions {
  /** `,` (RFC 4180, the default) or `;`, which Excel expects where the decimal separator is a comma (nl). */
  readonly delimiter: string;
  /** Starts the file with a UTF-8 byte order mark, by which Excel recognises UTF-8 (é, ë, –). */
  readonly bom: boolean;
}

export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

/**
 * One CSV field (RFC 4180): quoted when it holds the delimiter, a double quote or a line break. A
 * value a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a CR) gets
 * a leading `'` and quotes, as OWASP advises against CSV injection: a name or path is never run.
 */
export function csvField(value: string, delimiter = ','): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const special = inert !== value || inert.includes(delimiter) || /["\r\n]/.test(inert);
  return special ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function csv(rows: readonly SummaryRow[], options: CsvOptions): string {
  const line = (values: readonly string[]): string => `${values.map((v) => csvField(v, options.delimiter)).join(options.delimiter)}\r\n`;
  const body = line(COLUMNS) + rows.map((r) => line(COLUMNS.map((c) => (c === 'name' ? r.name : cells(r, 'en')[c])))).join('');
  return options.bom ? `\uFEFF${body}` : body;
}

function truncate(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function text(rows: readonly SummaryRow[], language: Language): string {
  const headers = headersIn(language);
  const table = [COLUMNS.map((c) => headers[c]), ...rows.map((r) => COLUMNS.map((c) => terminalSafe(c === 'name' ? truncate(cells(r, language)[c], 40) : cells(r, language)[c]) || '—'))];
  const widths = COLUMNS.map((_, i) => table.reduce((widest, row) => Math.max(widest, [...(row[i] ?? '')].length), 0));
  const pad = (value: string, i: number): string => {
    const gap = ' '.repeat((widths[i] ?? 0) - [...value].length);
    return NUMERIC.has(COLUMNS[i] ?? 'file') ? gap + value : value + gap;
  };
  const lines = table.map((row) => row.map(pad).join('  ').trimEnd());
  return `${lines.join('\n')}\n\n${totals(rows, language)}\n`;
}

function markdown(rows: readonly SummaryRow[], language: Language): string {
  const headers = headersIn(language);
  const line = (values: readonly string[]): string => `| ${values.join(' | ')} |`;
  const body = rows.map((r) => line(COLUMNS.map((c) => md(cells(r, language)[c]))));
  const title = t(language, SUMMARY_TEXT.title);
  return [`# ${title}`, '', line(COLUMNS.map((c) => headers[c])), line(COLUMNS.map((c) => (NUMERIC.has(c) ? '---:' : '---'))), ...body, '', totals(rows, language), ''].join('\n');
}

const STYLE = `body { margin: 0; color: #1b2631; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
div.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #d5dde5; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.file { overflow-wrap: anywhere; min-width: 12em; }
td.gap { color: #a51d1d; font-weight: 650; background: #fdecec; }
td.ok { color: #1b6a32; }
.zero { color: #9aa5b1; }
p.totals { color: #52606d; }`;

/** People read the page: the category and the levels by their names, not their ids. */
function labelled(c: Record<Column, string>, language: Language): Record<Column, string> {
  const level = (value: string): string => {
    const known = value === 'none' ? 'none' : levelOf(value);
    return known === undefined ? value : LEVEL_NAMES[known][language];
  };
  return { ...c, category: nameOf(CATEGORY_NAMES, c.category, language), claimed: level(c.claimed), supported: level(c.supported) };
}

function htmlPage(rows: readonly SummaryRow[], language: Language): string {
  const headers = headersIn(language);
  const title = t(language, SUMMARY_TEXT.title);
  const body = rows.map((r) => {
    const c = labelled(cells(r, language), language);
    const verdict = supportsClaim(r);
    const td = (column: Column): Markup => {
      const classes = [NUMERIC.has(column) ? 'num' : '', column === 'file' ? 'file' : '', NUMERIC.has(column) && c[column] === '0' ? 'zero' : '', column === 'supported' && verdict !== undefined ? (verdict ? 'ok' : 'gap') : ''].filter(Boolean);
      return html`<td${classes.length > 0 ? html` class="${classes.join(' ')}"` : undefined}>${c[column]}</td>`;
    };
    return html`<tr>${COLUMNS.map(td)}</tr>`;
  });
  return String(html`${pageStart({ lang: language, title, csp: "default-src 'none'; style-src 'unsafe-inline'", style: STYLE })}
<main>
<h1>${title}</h1>
<div class="scroll"><table>
<thead><tr>${COLUMNS.map((c) => html`<th scope="col">${headers[c]}</th>`)}</tr></thead>
<tbody>
${join(body, '\n')}
</tbody>
</table></div>
<p class="totals">${totals(rows, language)}</p>
</main>
</body>
</html>
`);
}

/** The overview in `format`, rows sorted by file. */
export function renderSummary(rows: readonly SummaryRow[], format: SummaryFormat, language: Language, csvOptions: CsvOptions = { delimiter: ',', bom: false }): string {
  const sorted = [...rows].sort((a, b) => a.file.localeCompare(b.file));
  switch (format) {
    case 'csv':
      return csv(sorted, csvOptions);
    case 'md':
      return markdown(sorted, language);
    case 'html':
      return htmlPage(sorted, language);
    case 'text':
      return text(sorted, language);
  }
}

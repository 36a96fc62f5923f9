/**
 * A line-by-line reading of block YAML that works on any text, also on YAML the parser rejects (the
 * document the user is typing is rarely complete). Each line yields its sequence dashes and its key,
 * with columns; lines inside block scalars and unclosed quotes are marked so they are never read as
 * structure.
 */

export interface LineEntry {
  /** 0-based column (UTF-16 code units from the line start). */
  readonly col: number;
  readonly kind: 'dash' | 'key';
  /** The key text without quotes (`kind: 'key'`). */
  readonly key?: string;
  /** For a key: the value text after the colon; for a dash: the text after it. Trimmed, without comment. */
  readonly value: string;
  /** Offset just after the colon of a key, or after the dash. */
  readonly after: number;
}

export interface LineInfo {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset of the line end (before `\r\n` or `\n`). */
  readonly end: number;
  readonly indent: number;
  readonly entries: readonly LineEntry[];
  /** Blank, comment-only, a document marker or directive, or text inside a scalar: not structure. */
  readonly skip: boolean;
  readonly comment: boolean;
  /**
   * Inside a scalar: -1 when not; for a line of a block scalar (blank lines too), the column of its
   * key or dash (text indented more belongs to the scalar); -2 inside a quoted scalar across lines.
   */
  readonly scalarParent: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],:|>&*!%@`][^:#]*?|[^\s#'"{}[\],:|>&*!%@`]*?)[ \t]*:(?=[ \t]|$)/;

/** Where a comment starts in a line fragment (`#` after whitespace, outside quotes), or -1. */
export function commentStart(text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== undefined) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:-]/.test(text[i - 1] ?? ''))) {
      quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      return i;
    }
  }
  return -1;
}

/** The value part of a line fragment: trimmed, without its comment. */
export function stripComment(text: string): string {
  const at = commentStart(text);
  return (at < 0 ? text : text.slice(0, at)).trim();
}

export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

function parseEntries(text: string, lineStart: number, indent: number): LineEntry[] {
  const entries: LineEntry[] = [];
  let col = indent;
  while (text[col] === '-' && (col + 1 === text.length || text[col + 1] === ' ')) {
    let next = col + 1;
    while (text[next] === ' ') next++;
    entries.push({ col, kind: 'dash', value: stripComment(text.slice(next)), after: lineStart + col + 1 });
    col = next;
  }
  const match = KEY.exec(text.slice(col));
  if (match && match[1] !== undefined && match[1].length > 0) {
    const after = col + match[0].length;
    entries.push({ col, kind: 'key', key: unquote(match[1]), value: stripComment(text.slice(after)), after: lineStart + after });
  }
  return entries;
}

function isBlockIndicator(value: string): boolean {
  return /^[|>][-+0-9]*$/.test(value);
}

/** An opening quote that the line does not close (a multi-line or unterminated quoted scalar). */
function opensQuote(value: string): '"' | "'" | undefined {
  const q = value[0];
  if (q !== '"' && q !== "'") return undefined;
  for (let i = 1; i < value.length; i++) {
    const ch = value[i];
    if (q === '"' && ch === '\\') i++;
    else if (ch === q) {
      if (q === "'" && value[i + 1] === "'") i++;
      else return undefined;
    }
  }
  return q;
}

/** Splits the text into lines and reads their structure. */
export function readLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  /** Lines indented more than this belong to a block scalar; -1 when not inside one. */
  let scalarParent = -1;
  let openQuote: '"' | "'" | undefined;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const rawEnd = nl < 0 ? text.length : nl;
    const end = rawEnd > start && text.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
    const line = text.slice(start, end);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const rest = line.slice(indent);
    const blank = rest.trim().length === 0;
    const comment = rest.startsWith('#');
    let skip = blank || comment || /^(---|\.\.\.)(\s|$)/.test(rest) || rest.startsWith('%');
    let entries: LineEntry[] = [];
    let inScalar = -1;
    if (openQuote !== undefined) {
      skip = true;
      inScalar = -2;
      if (closesQuote(line, openQuote)) openQuote = undefined;
    } else if (scalarParent >= 0 && (blank || indent > scalarParent)) {
      skip = true;
      inScalar = scalarParent;
    } else {
      scalarParent = -1;
      if (!skip) {
        entries = parseEntries(line, start, indent);
        const last = entries[entries.length - 1];
        const value = last ? last.value : rest;
        if (last && isBlockIndicator(value)) scalarParent = last.col;
        else openQuote = opensQuote(value);
      }
    }
    lines.push({ start, end, indent, entries, skip, comment: comment && inScalar < 0, scalarParent: inScalar });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function closesQuote(line: string, quote: '"' | "'"): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** The index of the line that contains `offset`. */
export function lineIndexAt(lines: readonly LineInfo[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The leftmost structural column of a line (its first dash or key, else its indentation). */
export function leftmost(line: LineInfo): { col: number; kind: 'dash' | 'key' | 'other' } {
  const first = line.entries[0];
  return first ? { col: first.col, kind: first.kind } : { col: line.indent, kind: 'other' };
}

const WORD_CHAR = /[^\s:,[\]{}#"']/;

export function wordEnd(text: string, from: number, lineEnd: number): number {
  let end = from;
  while (end < lineEnd && WORD_CHAR.test(text[end] ?? '')) end++;
  return end;
}

export function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && text[i] === ' ') i++;
  return i;
}

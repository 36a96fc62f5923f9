/**
 * The one Markdown escaper. Every text that reaches Markdown (reports, worksheets, the portfolio,
 * hovers) goes through here, as one line, so that no value can open markup: not `<img onerror>`,
 * not a code span that a backtick in the value ends early, not a `~~~` fence that swallows the
 * rest of the document, not a `|` that ends a table cell.
 */
/**
 * Plain text as inline Markdown: line breaks become spaces, every ASCII punctuation character
 * that can start markup gets a backslash (CommonMark allows one before any of them), and a `-`
 * or `+` that would begin a list item at the start is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .replace(/^([-+])/, '\\$1');
}

/**
 * A code span that holds `text` literally: fenced with more backticks than the longest run inside
 * it, and padded where it starts or ends with one. `|` is escaped for table cells (GFM).
 */
export function codeSpan(text: string): string {
  const longest = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * The tool's own messages, whose `code` spans quote values: each span is rebuilt with
 * `codeSpan` (so a backtick in the value cannot end it early) and the rest is escaped as in
 * `escapeMarkdown`. Safe however the backticks pair up, and inside a table cell.
 */
export function markdownWithCode(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');
}

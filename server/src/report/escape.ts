/** Escaping for the two output formats. Everything that comes from a description goes through here. */

export { escapeHtml } from '../markup/html';
import { escapeHtml } from '../markup/html';

/**
 * Escaped HTML where `code` spans (as in the core's requirement texts and messages) become
 * `<code>` elements.
 */
export function htmlWithCode(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}

/**
 * Text from a description inside Markdown: backslash-escapes the characters that would start
 * markup (CommonMark allows a backslash before any ASCII punctuation), so that `<script>` stays text
 * and `|` does not end a table cell. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/**
 * Text of the tool's own (trusted) messages in a Markdown table cell: keeps `code` spans but
 * escapes `|` and characters that would start HTML, and joins lines.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? part.replace(/\|/g, '\\|') : part.replace(/[\\`<>|*_[\]]/g, (c) => `\\${c}`)))
    .join('');
}

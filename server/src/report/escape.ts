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

export { escapeMarkdown, markdownWithCode } from '../markup/markdown';

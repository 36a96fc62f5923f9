/**
 * Placeholder text (spec §3, `placeholder-text`): what a template, a snippet or a quick fix leaves
 * for the author to replace. One definition, used by the rule, by the level model (a placeholder
 * does not count as a described rationale), by disable-comment reasons and by the worksheet export.
 */

/** Each pattern names one kind of placeholder; the first that matches is reported. */
const PATTERNS: readonly { readonly pattern: RegExp; readonly label: string }[] = [
  { pattern: /\b(?:TODO|TBD|FIXME|XXX)\b/i, label: 'TODO' },
  // `vul in`, `vul hier in`, `vul hier het hoofddoel in`; `vullen` (prose about parents) is not matched.
  { pattern: /\bvul\s+(?:[^\s.,;:]+\s+){0,3}in\b/i, label: 'vul in' },
  { pattern: /\bfill\s+(?:this\s+)?in\b/i, label: 'fill in' },
  { pattern: /\[\s*ONTBREEKT/i, label: '[ONTBREEKT' },
  // `<naam>`, `<reference>`: angle brackets around words, not a comparison such as `d < 0.5 >` nor
  // an address such as `<naam@example.org>`.
  { pattern: /<[^\s<>=@/](?:[^<>\n@]{0,80}[^\s<>=@/])?>/, label: '<…>' },
];

/** Values that are nothing but an ellipsis or dashes stand for text still to be written. */
const ONLY_ELLIPSIS = /^(?:\.{3,}|…+|-{1,3}|_{2,})$/;

/** The kind of placeholder `text` holds, or undefined when it is real text. */
export function placeholderIn(text: string): string | undefined {
  const trimmed = text.trim();
  if (ONLY_ELLIPSIS.test(trimmed)) return trimmed;
  return PATTERNS.find(({ pattern }) => pattern.test(text))?.label;
}

export function isPlaceholder(text: string | undefined): boolean {
  return text !== undefined && placeholderIn(text) !== undefined;
}

/** Reasons that say nothing: a reviewer learns no more than from no reason at all. */
const EMPTY_REASONS = new Set(['reason', 'reden', 'because', 'omdat', 'n/a', 'nvt', 'n.v.t.', 'none', 'geen', '?', 'x', '.']);

/** Whether a disable comment's reason is a placeholder rather than an explanation. */
export function isPlaceholderReason(reason: string): boolean {
  const normalised = reason.trim().toLowerCase().replace(/[.:!]+$/, '');
  if (normalised.length === 0 || EMPTY_REASONS.has(normalised) || /^[-–—_.…\s]+$/.test(normalised)) return true;
  return isPlaceholder(reason);
}

/**
 * Calls `found` for every string value under `root`, in document order. `path` is the live key
 * path of that value (copy it to keep it): the walk runs over every value of every check, and
 * building a fresh array per node was most of this rule's cost and garbage.
 */
export function eachString(root: unknown, found: (value: string, path: readonly (string | number)[]) => void): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') found(node, path);
    else if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        walk(node[index]);
        path.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(root);
}

/**
 * Disable comments (spec §6): `# intervention-lint-disable-next-line RULE-ID -- reason` and
 * `# intervention-lint-disable RULE-ID -- reason` (whole file). Matched by rule id, never by message
 * text; the reason is required; a comment that silences nothing is reported as `unused-disable`.
 */
import type { LineCounter } from 'yaml';
import { isPlaceholderReason } from './placeholder';
import type { Localized, OffsetRange } from './types';

export interface Directive {
  readonly scope: 'file' | 'next-line';
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** The comment text from `#` to the end of the line. */
  readonly range: OffsetRange;
  /** 1-based line the directive applies to (`next-line` only). */
  readonly targetLine: number;
}

export interface DirectiveProblem {
  readonly range: OffsetRange;
  readonly message: Localized;
}

const DIRECTIVE = /(^|[ \t])#[ \t]*intervention-lint-(disable-next-line|disable)(?![\w-])([^\r\n]*)/gm;

export function parseDirectives(
  text: string,
  lines: LineCounter,
  knownRuleIds: ReadonlySet<string>,
  /** Block and quoted scalars: a `#` inside them is text, not a comment. */
  scalars: readonly OffsetRange[] = [],
): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = match.index + (match[1]?.length ?? 0);
    if (scalars.some((r) => start >= r.start && start < r.end)) continue;
    const range = { start, end: match.index + match[0].length };
    const scope = match[2] === 'disable' ? 'file' : 'next-line';
    const rest = match[3] ?? '';
    const separator = rest.indexOf('--');
    const idsText = (separator < 0 ? rest : rest.slice(0, separator)).trim();
    const reason = separator < 0 ? '' : rest.slice(separator + 2).trim();
    const ruleIds = idsText.split(/[\s,]+/).filter((id) => id.length > 0);
    if (ruleIds.length === 0) {
      problems.push({
        range,
        message: {
          en: 'A disable comment must name the rule it silences, e.g. `# intervention-lint-disable-next-line summary-too-long -- reason`.',
          nl: 'Een disable-commentaar moet de regel noemen die het uitzet, bijvoorbeeld `# intervention-lint-disable-next-line summary-too-long -- reden`.',
        },
      });
      continue;
    }
    const unknown = ruleIds.filter((id) => !knownRuleIds.has(id));
    if (unknown.length > 0) {
      problems.push({
        range,
        message: { en: `Unknown rule id ${unknown.map((id) => `\`${id}\``).join(', ')} in disable comment.`, nl: `Onbekende regel-id ${unknown.map((id) => `\`${id}\``).join(', ')} in disable-commentaar.` },
      });
      continue;
    }
    if (reason.length === 0) {
      problems.push({
        range,
        message: {
          en: 'A disable comment needs a reason after ` -- `: say why the finding does not apply.',
          nl: 'Een disable-commentaar heeft een reden nodig na ` -- `: leg uit waarom de bevinding niet van toepassing is.',
        },
      });
      continue;
    }
    // A placeholder reason (what the editor's disable action inserts) silences nothing until written.
    if (isPlaceholderReason(reason)) {
      problems.push({
        range,
        message: {
          en: `The reason ${JSON.stringify(reason)} is a placeholder: write why the finding does not apply. Until then the comment silences nothing.`,
          nl: `De reden ${JSON.stringify(reason)} is invultekst: schrijf op waarom de bevinding niet van toepassing is. Tot dan zet het commentaar niets uit.`,
        },
      });
      continue;
    }
    const line = lines.linePos(start).line;
    directives.push({ scope, ruleIds, reason, range, targetLine: line + 1 });
  }
  return { directives, problems };
}

/** Whether `directive` silences a finding of `ruleId` that starts on 1-based `line`. */
export function silences(directive: Directive, ruleId: string, line: number): boolean {
  return directive.ruleIds.includes(ruleId) && (directive.scope === 'file' || directive.targetLine === line);
}

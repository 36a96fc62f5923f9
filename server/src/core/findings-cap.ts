/**
 * The bound on what one file can report. A description that reuses a list through aliases can
 * expand to 10⁵ findings; every output (text, SARIF, HTML, the editor) would carry them all, so the
 * core keeps the first ones by position and closes with one finding that says how many it left out.
 */
import { SEVERITY_ORDER, type Finding, type Language, type Severity } from './types';
import { CORE_TEXT, t } from './text';

/** Findings listed per file, at most; the closing `too-many-findings` finding comes on top. */
export const MAX_FINDINGS_PER_FILE = 1000;
/** Findings listed per rule and file, at most, so that one noisy rule leaves room for the others. */
export const MAX_FINDINGS_PER_RULE = 200;

export const TOO_MANY_FINDINGS = 'too-many-findings';

const NAMED_RULES = 5;

function highest(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER[a] >= SEVERITY_ORDER[b] ? a : b;
}

function closing(left: ReadonlyMap<string, number>, total: number, first: Finding, severity: Severity, language: Language): Finding {
  const byCount = [...left].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const named = byCount.slice(0, NAMED_RULES).map(([id, n]) => `${id}: ${n}`);
  if (byCount.length > NAMED_RULES) named.push('…');
  const perFile = MAX_FINDINGS_PER_FILE.toLocaleString(language);
  const message = t(language, CORE_TEXT.findingsCapped, { total, named: named.join(', '), perFile, perRule: MAX_FINDINGS_PER_RULE });
  // As serious as the worst finding it stands for, so that the exit code and the editor's
  // problem count still tell the truth about the file.
  return { ruleId: TOO_MANY_FINDINGS, severity, message, range: first.range, path: first.path, fixes: [] };
}

/**
 * Keeps at most `MAX_FINDINGS_PER_RULE` findings of each rule and `MAX_FINDINGS_PER_FILE` in all,
 * in the given order, and adds one closing finding for the rest. The order must already be final
 * (by position) so that the same text always keeps the same findings.
 */
export function capFindings(findings: readonly Finding[], language: Language): readonly Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept: Finding[] = [];
  const perRule = new Map<string, number>();
  const left = new Map<string, number>();
  let dropped = 0;
  let firstDropped: Finding | undefined;
  let severity: Severity = 'hint';
  for (const finding of findings) {
    const count = perRule.get(finding.ruleId) ?? 0;
    if (count < MAX_FINDINGS_PER_RULE && kept.length < MAX_FINDINGS_PER_FILE) {
      perRule.set(finding.ruleId, count + 1);
      kept.push(finding);
      continue;
    }
    dropped++;
    firstDropped ??= finding;
    severity = highest(severity, finding.severity);
    left.set(finding.ruleId, (left.get(finding.ruleId) ?? 0) + 1);
  }
  if (!firstDropped) return findings;
  const close = closing(left, dropped, firstDropped, severity, language);
  // In position order like the rest: after the last kept finding that starts before it.
  let at = kept.length;
  while (at > 0 && kept[at - 1]!.range.start > close.range.start) at--;
  kept.splice(at, 0, close);
  return kept;
}

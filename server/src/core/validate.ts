/**
 * The validation pipeline: size → YAML → format → schema → domain rules → severities → disable
 * comments. Pure: a string in, findings out. The language server and the CLI both call this.
 */
import { isMap, isPair, visit, type Document, type LineCounter, type Node } from 'yaml';
import { DEFAULT_CONFIG, type Config } from './config';
import { replaceScalar, lineBreakOf } from './edits';
import { assessLevel, type LevelAssessment } from './evidence';
import { locate, rangeOf } from './locate';
import type { Description } from './model';
import { countLines, parse, type ParsedDocument } from './parse';
import { RULES, RULES_BY_ID, type Report, type Rule, type RuleContext, type WorkspaceView } from './rules';
import { flowDecimalCommas, withDecimals } from './decimal-comma';
import { capFindings } from './findings-cap';
import { schemaFixes } from './schema-fixes';
import { synonymTable } from './synonyms';
import { interventionValidator, validateAgainst, withoutRejected } from './schema';
import { parseDirectives, silences } from './suppress';
import type { Finding, Fix, KeyPath, Localized, OffsetRange, Severity } from './types';

export const FORMAT = 'intervention/v1';

export interface ValidateOptions {
  readonly config?: Config;
  /** "Today" for date rules; injectable so tests and baselines are reproducible. */
  readonly today?: Date;
  /** The rules to run; defaults to the full registry. */
  readonly rules?: readonly Rule[];
  /** The rest of the workspace, for cross-file rules such as `duplicate-id`. */
  readonly workspace?: WorkspaceView;
}

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly parsed: ParsedDocument | undefined;
  readonly lineCounter: LineCounter;
  /** The description the domain rules saw; absent when checking stopped before them. */
  readonly description: Description | undefined;
  readonly assessment: LevelAssessment | undefined;
}

interface RawFinding {
  readonly ruleId: string;
  readonly range: OffsetRange;
  readonly path: KeyPath;
  readonly message: Localized;
  readonly fixes: readonly Fix[];
  readonly severity?: Severity;
  readonly detail?: string;
}

const KNOWN_IDS = new Set(RULES.map((rule) => rule.meta.id));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatFixes(doc: Document.Parsed | undefined, text: string, present: boolean): Fix[] {
  const title: Localized = { en: `Set \`format: ${FORMAT}\``, nl: `Zet \`format: ${FORMAT}\`` };
  if (present && doc) {
    const edit = replaceScalar(doc, ['format'], FORMAT);
    return edit ? [{ title, edits: [edit], safe: true }] : [];
  }
  const contents = doc?.contents;
  if (contents && (!isMap(contents) || contents.flow === true)) return [];
  const first = isMap(contents) ? contents.items[0] : undefined;
  const keyNode = first && isPair(first) ? (first.key as Node | null) : null;
  const at = keyNode?.range?.[0] ?? (contents ? (contents.range?.[0] ?? 0) : 0);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = text.slice(lineStart, at);
  if (!/^ *$/.test(indent)) return [];
  const eol = lineBreakOf(text);
  const insertion = at === text.length && text.length > 0 && !text.endsWith('\n') ? `${eol}format: ${FORMAT}${eol}` : `format: ${FORMAT}${eol}${indent}`;
  return [{ title, edits: [{ start: at, end: at, text: insertion }], safe: true }];
}

function checkFormat(parsed: ParsedDocument): RawFinding | undefined {
  const { doc, data, text } = parsed;
  if (!doc) return undefined;
  const format = isPlainObject(data) ? data['format'] : undefined;
  if (format === FORMAT) return undefined;
  const present = isPlainObject(data) && 'format' in data;
  const message: Localized = present
    ? {
        en: `Unsupported format ${JSON.stringify(format)}: this tool reads \`format: ${FORMAT}\`. The rest of the file is not checked.`,
        nl: `Niet-ondersteund formaat ${JSON.stringify(format)}: dit hulpmiddel leest \`format: ${FORMAT}\`. De rest van het bestand wordt niet gecontroleerd.`,
      }
    : {
        en: `The first key must be \`format: ${FORMAT}\`; without it the file is not checked further.`,
        nl: `De eerste sleutel moet \`format: ${FORMAT}\` zijn; zonder die sleutel wordt het bestand niet verder gecontroleerd.`,
      };
  return { ruleId: 'format-version', range: rangeOf(doc, text, ['format']), path: ['format'], message, fixes: formatFixes(doc, text, present) };
}

function notAMapping(parsed: ParsedDocument): RawFinding | undefined {
  const { doc, data, text } = parsed;
  if (!doc || data === null || data === undefined || isPlainObject(data)) return undefined;
  return {
    ruleId: 'schema',
    range: rangeOf(doc, text, []),
    path: [],
    message: {
      en: 'A description must be a mapping of keys (`format:`, `id:`, `name:` …), not a list or a single value.',
      nl: 'Een beschrijving moet een mapping met sleutels zijn (`format:`, `id:`, `name:` …), geen lijst of losse waarde.',
    },
    fixes: [],
  };
}

function runRules(
  parsed: ParsedDocument,
  doc: Document.Parsed,
  description: Description,
  config: Config,
  today: Date,
  rules: readonly Rule[],
  workspace: WorkspaceView | undefined,
): { findings: RawFinding[]; assessment: LevelAssessment } {
  const findings: RawFinding[] = [];
  let assessment: LevelAssessment | undefined;
  const assess = (): LevelAssessment => (assessment ??= assessLevel(description, config.levels));
  for (const rule of rules) {
    if (!rule.check || config.rules[rule.meta.id] === 'off') continue;
    const context: RuleContext = {
      description,
      config,
      today,
      text: parsed.text,
      doc,
      workspace,
      assessment: assess,
      has: (path) => locate(doc, path).depth === path.length,
      report: (report: Report) =>
        findings.push({
          ruleId: rule.meta.id,
          range: report.range ?? rangeOf(doc, parsed.text, report.path, report.anchor),
          path: report.path,
          message: report.message,
          fixes: report.fixes ?? [],
          ...(report.detail !== undefined ? { detail: report.detail } : {}),
          ...(report.severity ? { severity: report.severity } : {}),
        }),
    };
    try {
      rule.check(context);
    } catch (error) {
      // One failing rule must not hide the others' findings.
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: 'internal-error',
        range: rangeOf(doc, parsed.text, []),
        path: [],
        message: { en: `Rule \`${rule.meta.id}\` failed: ${detail}`, nl: `Regel \`${rule.meta.id}\` faalde: ${detail}` },
        fixes: [],
      });
    }
  }
  return { findings, assessment: assess() };
}

/** Checks one description text. Never throws for any input. */
export function validate(text: string, options: ValidateOptions = {}): ValidationResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? new Date();
  const raw: RawFinding[] = [];
  let parsed: ParsedDocument | undefined;
  let description: Description | undefined;
  let assessment: LevelAssessment | undefined;

  const nul = text.indexOf('\u0000');
  // In UTF-8 bytes, as the CLI measures the file, so that the editor and CI agree on the limit.
  const bytes = utf8Length(text);
  if (bytes > config.limits.maxFileBytes) {
    raw.push({
      ruleId: 'document-too-large',
      range: { start: 0, end: 0 },
      path: [],
      message: {
        en: `The file has ${bytes} bytes, more than the limit of ${config.limits.maxFileBytes}; it is not checked.`,
        nl: `Het bestand heeft ${bytes} bytes, meer dan de grens van ${config.limits.maxFileBytes}; het wordt niet gecontroleerd.`,
      },
      fixes: [],
    });
  } else if (nul >= 0) {
    raw.push({
      ruleId: 'yaml-syntax',
      range: { start: nul, end: nul + 1 },
      path: [],
      message: { en: 'The file contains NUL bytes: it looks like a binary file, not YAML.', nl: 'Het bestand bevat NUL-bytes: het lijkt een binair bestand, geen YAML.' },
      fixes: [],
    });
  } else {
    parsed = parse(text);
    if (parsed.problems.length > 0 || !parsed.doc) {
      for (const problem of parsed.problems) raw.push({ ruleId: 'yaml-syntax', range: problem.range, path: [], message: problem.message, fixes: [] });
    } else {
      for (const warning of parsed.warnings) raw.push({ ruleId: 'yaml-warning', range: warning.range, path: [], message: warning.message, fixes: [] });
      const shape = notAMapping(parsed) ?? checkFormat(parsed);
      if (shape) raw.push(shape);
      else {
        const commas = flowDecimalCommas(parsed.doc, text);
        for (const comma of commas) {
          raw.push({ ruleId: 'schema', range: { start: comma.edit.start, end: comma.edit.end }, path: comma.path, message: comma.message, fixes: [{ title: { en: `Change to \`${comma.edit.text}\``, nl: `Wijzig in \`${comma.edit.text}\`` }, edits: [comma.edit], safe: true }] });
        }
        // The rest is checked as the writer meant it, so `0,41` is not also an unknown key `41`.
        const data = withDecimals(parsed.data, commas);
        const problems = validateAgainst(interventionValidator(), data, synonymTable());
        for (const p of problems) {
          raw.push({ ruleId: 'schema', range: rangeOf(parsed.doc, text, p.path, p.anchor), path: p.path, message: p.message, fixes: schemaFixes(parsed.doc, text, p) });
        }
        const rejected = problems.flatMap((p) => (p.rejected ? [p.rejected] : []));
        description = (withoutRejected(data, rejected) ?? {});
        const ran = runRules(parsed, parsed.doc, description, config, today, options.rules ?? RULES, options.workspace);
        // One by one: spreading 10⁵ findings into push() overflowed the stack.
        for (const finding of ran.findings) raw.push(finding);
        assessment = ran.assessment;
      }
    }
  }
  const lineCounter = parsed?.lineCounter ?? countLines(text);
  return { findings: finish(raw, text, config, lineCounter, textScalars(parsed?.doc, text)), parsed, lineCounter, description, assessment };
}

/** The size of `text` in UTF-8 (a lone surrogate counts as the 3 bytes of its replacement character). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 UTF-16 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Ranges of block and quoted scalars, whose `#` characters are text rather than comments. */
function textScalars(doc: Document.Parsed | undefined, text: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  // Only needed to tell disable comments from text; most files have none, so skip the walk.
  if (!doc || !text.includes('intervention-lint-disable')) return ranges;
  visit(doc, {
    Scalar(_, node) {
      if (node.range && node.type !== 'PLAIN') ranges.push({ start: node.range[0], end: node.range[1] });
    },
  });
  return ranges;
}

function finish(raw: readonly RawFinding[], text: string, config: Config, lineCounter: LineCounter | undefined, scalars: readonly OffsetRange[]): Finding[] {
  const language = config.language;
  const lineOf = (offset: number): number => (lineCounter ? lineCounter.linePos(offset).line : 1);
  const { directives, problems } = lineCounter && text.includes('intervention-lint-disable')
    ? parseDirectives(text, lineCounter, KNOWN_IDS, scalars)
    : { directives: [], problems: [] };
  const used = new Set<number>();
  const findings: Finding[] = [];
  const push = (f: RawFinding): void => {
    const setting = config.rules[f.ruleId] ?? f.severity ?? RULES_BY_ID.get(f.ruleId)?.meta.severity ?? 'error';
    if (setting === 'off') return;
    findings.push({ ruleId: f.ruleId, severity: setting, message: f.message[language], range: f.range, path: f.path, fixes: f.fixes, ...(f.detail !== undefined ? { detail: f.detail } : {}) });
  };
  for (const finding of raw) {
    const line = lineOf(finding.range.start);
    const silencer = directives.findIndex((d) => silences(d, finding.ruleId, line));
    if (silencer >= 0) {
      used.add(silencer);
      continue;
    }
    push(finding);
  }
  for (const problem of problems) push({ ruleId: 'invalid-disable', range: problem.range, path: [], message: problem.message, fixes: [] });
  directives.forEach((directive, index) => {
    if (used.has(index)) return;
    push({
      ruleId: 'unused-disable',
      range: directive.range,
      path: [],
      message: {
        en: `This disable comment silences nothing: ${directive.ruleIds.map((id) => `\`${id}\``).join(', ')} reports nothing ${directive.scope === 'file' ? 'in this file' : 'on the next line'}.`,
        nl: `Dit disable-commentaar zet niets uit: ${directive.ruleIds.map((id) => `\`${id}\``).join(', ')} meldt niets ${directive.scope === 'file' ? 'in dit bestand' : 'op de volgende regel'}.`,
      },
      fixes: [{ title: { en: 'Remove the unused disable comment', nl: 'Verwijder het ongebruikte disable-commentaar' }, edits: [removeComment(text, directive.range)], safe: false }],
    });
  });
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return [...capFindings(findings, language)];
}

/** Removes a comment; the whole line when the comment is alone on it. */
function removeComment(text: string, range: OffsetRange): { start: number; end: number; text: string } {
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const before = text.slice(lineStart, range.start);
  if (/^[ \t]*$/.test(before)) {
    const nl = text.indexOf('\n', range.end);
    return { start: lineStart, end: nl < 0 ? text.length : nl + 1, text: '' };
  }
  const trimmed = before.replace(/[ \t]+$/, '');
  return { start: lineStart + trimmed.length, end: range.end, text: '' };
}

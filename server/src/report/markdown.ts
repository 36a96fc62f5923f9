/** The evidence report as Markdown (GitHub-flavoured tables). Pure: report in, string out. */
import { escapeMarkdown as md, markdownWithCode as markdownCell } from '../markup/markdown';
import { MAX_REPORT_ROWS, type ChecklistLevel, type EvidenceReport, type LevelInfo } from './model';
import { findingsSummary, formatNumber } from './text';
import { append, REPORT_EFFECT_COLUMNS, REPORT_FINDING_COLUMNS, REPORT_STUDY_COLUMNS, REPORT_TEXT, textIn } from '../core';

const MET = '✓';
const MISSING = '✗';

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)];
}

function levelText(level: LevelInfo): string {
  return level.key === 'none' || level.key === level.name ? md(level.name) : `${md(level.name)} (\`${level.key}\`)`;
}

function checklistLines(report: EvidenceReport, level: ChecklistLevel, first: boolean): string[] {
  const say = textIn(report.language);
  const badges = [level.reached ? `${MET} ${say(REPORT_TEXT.reachedBadge)}` : `${MISSING} ${say(REPORT_TEXT.notReachedBadge)}`];
  if (level.claimed) badges.push(`**${say(REPORT_TEXT.claimedBadge)}**`);
  const lines = [`### ${levelText({ key: level.level, name: level.name })} — ${badges.join(', ')}`, ''];
  if (!first) lines.push(`_${say(REPORT_TEXT.checklistAbove)}:_`, '');
  for (const item of level.items) lines.push(`- ${item.met ? MET : MISSING} ${markdownCell(item.text)} (${item.met ? say(REPORT_TEXT.met) : say(REPORT_TEXT.missing)})`);
  lines.push('');
  return lines;
}

export function renderMarkdown(report: EvidenceReport): string {
  const say = textIn(report.language);
  const lang = report.language;
  const out: string[] = [];
  const omittedNote = (n: number): string[] => (n > 0 ? [`_${md(say(REPORT_TEXT.rowsOmitted, { omitted: n, shown: MAX_REPORT_ROWS }))}_`, ''] : []);
  out.push(`# ${say(REPORT_TEXT.title)}: ${md(report.title)}`, '');
  out.push(`- ${say(REPORT_TEXT.file)}: ${md(report.fileName)}`);
  if (report.intervention.id !== undefined) out.push(`- ${say(REPORT_TEXT.id)}: ${md(report.intervention.id)}`);
  if (report.intervention.categoryName !== undefined) out.push(`- ${say(REPORT_TEXT.category)}: ${md(report.intervention.categoryName)} (\`${report.intervention.category ?? ''}\`)`);
  out.push('');

  if (!report.checked) {
    out.push(`> **${MISSING} ${say(REPORT_TEXT.notChecked)}**`, `> ${markdownCell(report.notCheckedReason ?? '')}`, '');
  }

  if (report.levels) {
    const levels = report.levels;
    out.push(`## ${say(REPORT_TEXT.levelHeading)}`, '');
    const rows: string[][] = [
      [say(REPORT_TEXT.claimedLevel), levels.claimed ? levelText(levels.claimed) : say(REPORT_TEXT.noneClaimed)],
      [say(REPORT_TEXT.supportedLevel), levelText(levels.supported)],
    ];
    if (levels.assessed) {
      rows.push([say(REPORT_TEXT.assessedLevel), `${levelText(levels.assessed)}${levels.assessedOn !== undefined ? ` ${say(REPORT_TEXT.assessedOn)} ${md(levels.assessedOn)}` : ''}`]);
    }
    for (const [label, value] of rows) out.push(`- **${label ?? ''}:** ${value ?? ''}`);
    out.push('');
    const verdict =
      levels.verdict === 'supported'
        ? `${MET} ${levels.exceeds ? say(REPORT_TEXT.verdictExceeds, { supported: md(levels.supported.name) }) : say(REPORT_TEXT.verdictSupported)}`
        : levels.verdict === 'not-supported'
          ? `${MISSING} ${say(REPORT_TEXT.verdictNotSupported, { supported: md(levels.supported.name) })}`
          : markdownCell(say(REPORT_TEXT.verdictNotClaimed));
    out.push(`**${verdict}**`, '');
    if (levels.missing.length > 0) {
      out.push(`${say(REPORT_TEXT.missingForClaim)}:`, '');
      for (const m of levels.missing) out.push(`- ${MISSING} ${markdownCell(m)}`);
      out.push('');
    }
  }

  if (report.checklist.length > 0) {
    out.push(`## ${say(REPORT_TEXT.checklistHeading)}`, '', say(REPORT_TEXT.checklistIntro), '');
    report.checklist.forEach((level, index) => append(out, checklistLines(report, level, index === 0)));
  }

  if (report.checked) {
    out.push(`## ${say(REPORT_TEXT.studiesHeading)}`, '');
    if (report.studies.length === 0) out.push(say(REPORT_TEXT.noStudies), '');
    else {
      const rows = report.studies.map((s) => [
        s.key,
        md(s.listName),
        md(s.reference),
        s.year !== undefined ? String(s.year) : '',
        md(s.designName ?? ''),
        s.n !== undefined ? formatNumber(s.n, lang) : '',
        s.followUpMonths !== undefined ? formatNumber(s.followUpMonths, lang) : '',
        s.outcomes.map((o) => md(o.text)).join('; '),
        md(s.supportingText),
      ]);
      append(append(out, table(Object.values(REPORT_STUDY_COLUMNS).map((c) => say(c)), rows)), ['', ...omittedNote(report.omitted.studies), `_${say(REPORT_TEXT.supportingNote)}_`, '']);
    }

    out.push(`## ${say(REPORT_TEXT.effectsHeading)}`, '');
    if (report.effects.length === 0) out.push(say(REPORT_TEXT.noEffects), '');
    else {
      const rows = report.effects.map((e) => [
        `${e.studyKey} ${md(e.study)}`,
        md(e.measureText),
        md(e.valueText),
        md(e.className),
        `${e.label !== undefined ? md(e.label) : ''}${e.authorsInterpretation !== undefined ? ` (${md(say(REPORT_TEXT.authorsReading))}: ${md(e.authorsInterpretation)})` : ''}`,
        `${e.labelCheck === 'match' ? `${MET} ` : e.labelCheck === 'mismatch' ? `${MISSING} ` : ''}${md(e.labelCheckText)}`,
        e.line !== undefined ? String(e.line) : '',
      ]);
      append(append(out, table(Object.values(REPORT_EFFECT_COLUMNS).map((c) => say(c)), rows)), ['', ...omittedNote(report.omitted.effects), `_${md(say(REPORT_TEXT.classBoundsNote))}_`, '']);
    }
  }

  out.push(`## ${say(REPORT_TEXT.findingsHeading)}`, '');
  if (report.findings.length === 0) out.push(say(REPORT_TEXT.noFindings), '');
  else {
    out.push(`${findingsSummary(report.findingCounts, report.language)}.`, '');
    const rows = report.findings.map((f) => [`${f.line}:${f.column}`, f.severityName, `\`${f.ruleId}\``, markdownCell(f.message)]);
    append(out, table(Object.values(REPORT_FINDING_COLUMNS).map((c) => say(c)), rows)).push('');
  }

  out.push('---', '', `_${md(say(REPORT_TEXT.generatedBy))}_`, '');
  return out.join('\n');
}

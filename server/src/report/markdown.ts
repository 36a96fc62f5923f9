/** The evidence report as Markdown (GitHub-flavoured tables). Pure: report in, string out. */
import { escapeMarkdown as md, markdownWithCode as markdownCell } from '../markup/markdown';
import { MAX_REPORT_ROWS, type ChecklistLevel, type EvidenceReport, type LevelInfo } from './model';
import { formatNumber, textsFor } from './text';
import { append } from '../core';

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
  const t = textsFor(report.language);
  const badges = [level.reached ? `${MET} ${t.reachedBadge}` : `${MISSING} ${t.notReachedBadge}`];
  if (level.claimed) badges.push(`**${t.claimedBadge}**`);
  const lines = [`### ${levelText({ key: level.level, name: level.name })} — ${badges.join(', ')}`, ''];
  if (!first) lines.push(`_${t.checklistAbove}:_`, '');
  for (const item of level.items) lines.push(`- ${item.met ? MET : MISSING} ${markdownCell(item.text)} (${item.met ? t.met : t.missing})`);
  lines.push('');
  return lines;
}

export function renderMarkdown(report: EvidenceReport): string {
  const t = textsFor(report.language);
  const lang = report.language;
  const out: string[] = [];
  const omittedNote = (n: number): string[] => (n > 0 ? [`_${md(t.rowsOmitted(n, MAX_REPORT_ROWS))}_`, ''] : []);
  out.push(`# ${t.title}: ${md(report.title)}`, '');
  out.push(`- ${t.file}: ${md(report.fileName)}`);
  if (report.intervention.id !== undefined) out.push(`- ${t.id}: ${md(report.intervention.id)}`);
  if (report.intervention.categoryName !== undefined) out.push(`- ${t.category}: ${md(report.intervention.categoryName)} (\`${report.intervention.category ?? ''}\`)`);
  out.push('');

  if (!report.checked) {
    out.push(`> **${MISSING} ${t.notChecked}**`, `> ${markdownCell(report.notCheckedReason ?? '')}`, '');
  }

  if (report.levels) {
    const levels = report.levels;
    out.push(`## ${t.levelHeading}`, '');
    const rows: string[][] = [
      [t.claimedLevel, levels.claimed ? levelText(levels.claimed) : t.noneClaimed],
      [t.supportedLevel, levelText(levels.supported)],
    ];
    if (levels.assessed) {
      rows.push([t.assessedLevel, `${levelText(levels.assessed)}${levels.assessedOn !== undefined ? ` ${t.assessedOn} ${md(levels.assessedOn)}` : ''}`]);
    }
    for (const [label, value] of rows) out.push(`- **${label ?? ''}:** ${value ?? ''}`);
    out.push('');
    const verdict =
      levels.verdict === 'supported'
        ? `${MET} ${levels.exceeds ? t.verdictExceeds(md(levels.supported.name)) : t.verdictSupported}`
        : levels.verdict === 'not-supported'
          ? `${MISSING} ${t.verdictNotSupported(md(levels.supported.name))}`
          : markdownCell(t.verdictNotClaimed);
    out.push(`**${verdict}**`, '');
    if (levels.missing.length > 0) {
      out.push(`${t.missingForClaim}:`, '');
      for (const m of levels.missing) out.push(`- ${MISSING} ${markdownCell(m)}`);
      out.push('');
    }
  }

  if (report.checklist.length > 0) {
    out.push(`## ${t.checklistHeading}`, '', t.checklistIntro, '');
    report.checklist.forEach((level, index) => append(out, checklistLines(report, level, index === 0)));
  }

  if (report.checked) {
    out.push(`## ${t.studiesHeading}`, '');
    if (report.studies.length === 0) out.push(t.noStudies, '');
    else {
      const c = t.studyColumns;
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
      append(append(out, table([c.key, c.list, c.reference, c.year, c.design, c.n, c.followUp, c.outcomes, c.supporting], rows)), ['', ...omittedNote(report.omitted.studies), `_${t.supportingNote}_`, '']);
    }

    out.push(`## ${t.effectsHeading}`, '');
    if (report.effects.length === 0) out.push(t.noEffects, '');
    else {
      const c = t.effectColumns;
      const rows = report.effects.map((e) => [
        `${e.studyKey} ${md(e.study)}`,
        md(e.measureText),
        md(e.valueText),
        md(e.className),
        `${e.label !== undefined ? md(e.label) : ''}${e.authorsInterpretation !== undefined ? ` (${md(t.authorsReading)}: ${md(e.authorsInterpretation)})` : ''}`,
        `${e.labelCheck === 'match' ? `${MET} ` : e.labelCheck === 'mismatch' ? `${MISSING} ` : ''}${md(e.labelCheckText)}`,
        e.line !== undefined ? String(e.line) : '',
      ]);
      append(append(out, table([c.study, c.measure, c.effect, c.cls, c.label, c.labelCheck, c.line], rows)), ['', ...omittedNote(report.omitted.effects), `_${md(t.classBoundsNote)}_`, '']);
    }
  }

  out.push(`## ${t.findingsHeading}`, '');
  if (report.findings.length === 0) out.push(t.noFindings, '');
  else {
    const c = t.findingColumns;
    out.push(`${t.findingsSummary(report.findingCounts)}.`, '');
    const rows = report.findings.map((f) => [`${f.line}:${f.column}`, f.severityName, `\`${f.ruleId}\``, markdownCell(f.message)]);
    append(out, table([c.position, c.severity, c.rule, c.message], rows)).push('');
  }

  out.push('---', '', `_${md(t.generatedBy)}_`, '');
  return out.join('\n');
}

/**
 * The evidence report as one self-contained HTML page: inline CSS, an inline SVG chart, no
 * scripts, no fonts, images or links to load (a Content-Security-Policy forbids any request).
 * Pure: report in, string out.
 */
import { pageStart } from '../markup/html';
import { renderChart } from './chart';
import { escapeHtml as x, htmlWithCode } from './escape';
import { MAX_REPORT_ROWS, type ChecklistLevel, type EvidenceReport, type LevelInfo } from './model';
import { formatNumber, textsFor } from './text';
import { append } from '../core';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #102a43; --muted: #486581; --line: #d9e2ec; --head: #f0f4f8;
  --ok: #1b6a32; --ok-bg: #e3f4e8; --bad: #a51d1d; --bad-bg: #fdecec; --warn: #7a4d00; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0; color: var(--ink); background: #ffffff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1060px; margin: 0 auto; padding: 28px 28px 48px; }
.kicker { margin: 0; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .15rem 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .7rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.02rem; margin: 1.1rem 0 .3rem; }
p { margin: .4rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.levels { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 12px; margin: .6rem 0 .9rem; }
.level-card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.level-card .label { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
.level-card .value { font-size: 1.12rem; font-weight: 650; }
.level-card code { font-size: .8rem; }
.verdict { margin: .6rem 0; padding: 10px 14px; border-radius: 8px; font-weight: 600; border-left: 6px solid; }
.verdict.ok { background: var(--ok-bg); color: var(--ok); }
.verdict.bad { background: var(--bad-bg); color: var(--bad); }
.verdict.neutral { background: var(--head); color: var(--ink); }
.notice { margin: 1rem 0; padding: 12px 16px; border: 2px solid var(--bad); border-radius: 8px; background: var(--bad-bg); }
.notice p:first-child { font-weight: 700; color: var(--bad); }
ul.checklist { list-style: none; margin: .2rem 0 .6rem; padding: 0; }
ul.checklist li { display: flex; gap: .5rem; padding: 2px 0; }
.mark { flex: 0 0 1.2em; font-weight: 800; text-align: center; }
.met .mark { color: var(--ok); }
.missing .mark { color: var(--bad); }
.missing { font-weight: 600; }
.above { color: var(--muted); font-style: italic; font-size: .9rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; padding: 0 .6em; margin-left: .4em; border-radius: 999px;
  border: 1px solid currentColor; vertical-align: .1em; }
.badge.reached { color: var(--ok); }
.badge.not-reached { color: var(--bad); }
.badge.claimed { color: var(--ink); background: var(--head); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .88rem; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: .2rem 0 .35rem; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th, td { overflow-wrap: break-word; }
td ul { margin: 0; padding-left: 1.1em; }
.yes { color: var(--ok); font-weight: 600; }
.no { color: var(--bad); font-weight: 600; }
.sev-error { color: var(--bad); font-weight: 700; }
.sev-warning { color: var(--warn); font-weight: 700; }
.sev-info, .sev-hint { color: var(--muted); font-weight: 600; }
figure { margin: .8rem 0 1rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 980px; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .35rem; }
figcaption strong { color: var(--ink); }
.note { font-size: .85rem; color: var(--muted); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
  font-size: .86em; background: var(--head); padding: 0 .25em; border-radius: 3px; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* Beside the description (~420 px): tighter margins, tables and the chart scroll sideways inside
   their own box instead of shrinking the chart's labels or clipping the table. */
@media (max-width: 640px) {
  main { padding: 14px 12px 32px; }
  h1 { font-size: 1.35rem; }
  h2 { font-size: 1.1rem; margin-top: 1.6rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .35rem; }
  .levels { grid-template-columns: 1fr; }
  table { display: block; overflow-x: auto; font-size: .82rem; }
  th, td { padding: 4px 6px; }
  td { min-width: 4.5em; }
  figure.chart { overflow-x: auto; }
  figure.chart svg { width: 720px; max-width: none; }
  figure.chart figcaption { position: sticky; left: 0; max-width: calc(100vw - 24px); }
}
@page { size: A4; margin: 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, figure, .level-card, .verdict, ul.checklist li { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 5px; }
  .levels { grid-template-columns: repeat(3, 1fr); }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function levelValue(level: LevelInfo | undefined, fallback: string): string {
  if (!level) return `<div class="value">${x(fallback)}</div>`;
  const key = level.key === 'none' || level.key === level.name ? '' : `<code>${x(level.key)}</code>`;
  return `<div class="value">${x(level.name)}</div>${key}`;
}

function checklistHtml(report: EvidenceReport, level: ChecklistLevel, first: boolean): string {
  const t = textsFor(report.language);
  const badges = [
    level.reached ? `<span class="badge reached">✓ ${x(t.reachedBadge)}</span>` : `<span class="badge not-reached">✗ ${x(t.notReachedBadge)}</span>`,
  ];
  if (level.claimed) badges.push(`<span class="badge claimed">${x(t.claimedBadge)}</span>`);
  const items = level.items
    .map((item) => {
      const cls = item.met ? 'met' : 'missing';
      const mark = item.met ? '✓' : '✗';
      return `<li class="${cls}"><span class="mark" aria-hidden="true">${mark}</span><span><span class="sr-only">${x(item.met ? t.met : t.missing)}: </span>${htmlWithCode(item.text)}</span></li>`;
    })
    .join('');
  return [
    `<h3>${x(level.name)}${level.name === level.level ? '' : ` <code>${x(level.level)}</code>`} ${badges.join(' ')}</h3>`,
    first ? '' : `<p class="above">${x(t.checklistAbove)}:</p>`,
    `<ul class="checklist">${items}</ul>`,
  ].join('');
}

/** Soft hyphens in long words that would otherwise widen narrow table columns. */
const SOFT_HYPHENS: Readonly<Record<string, string>> = {
  internationaal: 'inter\u00ADnationaal',
  international: 'inter\u00ADnational',
  Ondersteunend: 'Onder\u00ADsteunend',
  Supporting: 'Suppor\u00ADting',
  'quasi-experimenteel': 'quasi-experi\u00ADmenteel',
  'quasi-experimental': 'quasi-experi\u00ADmental',
  'meta-analyse': 'meta-ana\u00ADlyse',
  'meta-analysis': 'meta-ana\u00ADlysis',
};

function soft(text: string): string {
  return SOFT_HYPHENS[text] ?? text;
}

function th(cells: readonly string[]): string {
  return `<thead><tr>${cells.map((c) => `<th scope="col">${x(c)}</th>`).join('')}</tr></thead>`;
}

export function renderHtml(report: EvidenceReport): string {
  const t = textsFor(report.language);
  const lang = report.language;
  const body: string[] = [];

  body.push(
    '<header>',
    `<p class="kicker">${x(t.title)}</p>`,
    `<h1>${x(report.title)}</h1>`,
    '<dl class="facts">',
    `<dt>${x(t.file)}</dt><dd><code>${x(report.fileName)}</code></dd>`,
    report.intervention.id !== undefined ? `<dt>${x(t.id)}</dt><dd><code>${x(report.intervention.id)}</code></dd>` : '',
    report.intervention.categoryName !== undefined
      ? `<dt>${x(t.category)}</dt><dd>${x(report.intervention.categoryName)} <code>${x(report.intervention.category ?? '')}</code></dd>`
      : '',
    '</dl>',
    '</header>',
  );

  if (!report.checked) {
    body.push(`<div class="notice" role="note"><p>${x(t.notChecked)}</p><p>${htmlWithCode(report.notCheckedReason ?? '')}</p></div>`);
  }

  if (report.levels) {
    const levels = report.levels;
    const verdict =
      levels.verdict === 'supported'
        ? `<p class="verdict ok">✓ ${x(levels.exceeds ? t.verdictExceeds(levels.supported.name) : t.verdictSupported)}</p>`
        : levels.verdict === 'not-supported'
          ? `<p class="verdict bad">✗ ${x(t.verdictNotSupported(levels.supported.name))}</p>`
          : `<p class="verdict neutral">${htmlWithCode(t.verdictNotClaimed)}</p>`;
    const missing =
      levels.missing.length > 0
        ? `<p><strong>${x(t.missingForClaim)}:</strong></p><ul class="checklist">${levels.missing
            .map((m) => `<li class="missing"><span class="mark" aria-hidden="true">✗</span><span><span class="sr-only">${x(t.missing)}: </span>${htmlWithCode(m)}</span></li>`)
            .join('')}</ul>`
        : '';
    body.push(
      '<section aria-labelledby="h-levels">',
      `<h2 id="h-levels">${x(t.levelHeading)}</h2>`,
      '<div class="levels">',
      `<div class="level-card claimed-level"><div class="label">${x(t.claimedLevel)}</div>${levelValue(levels.claimed, t.noneClaimed)}</div>`,
      `<div class="level-card supported-level"><div class="label">${x(t.supportedLevel)}</div>${levelValue(levels.supported, '')}</div>`,
      levels.assessed
        ? `<div class="level-card assessed-level"><div class="label">${x(t.assessedLevel)}</div>${levelValue(levels.assessed, '')}${
            levels.assessedOn !== undefined ? ` <span class="note">${x(t.assessedOn)} ${x(levels.assessedOn)}</span>` : ''
          }</div>`
        : '',
      '</div>',
      verdict,
      missing,
      '</section>',
    );
  }

  if (report.checklist.length > 0) {
    append(body, [
      '<section aria-labelledby="h-checklist">',
      `<h2 id="h-checklist">${x(t.checklistHeading)}</h2>`,
      `<p class="note">${x(t.checklistIntro)}</p>`,
      ...report.checklist.map((level, i) => checklistHtml(report, level, i === 0)),
      '</section>',
    ]);
  }

  if (report.checked) {
    body.push('<section aria-labelledby="h-studies">', `<h2 id="h-studies">${x(t.studiesHeading)}</h2>`);
    if (report.studies.length === 0) body.push(`<p>${x(t.noStudies)}</p>`);
    else {
      const c = t.studyColumns;
      const rows = report.studies
        .map((s) => {
          const supportingClass = s.supporting === true ? 'yes' : s.supporting === false ? 'no' : '';
          return [
            `<tr><th scope="row">${x(s.key)}<br><span class="note">${x(soft(s.listName))}</span></th>`,
            `<td class="ref">${x(s.reference)}</td>`,
            `<td class="num">${s.year !== undefined ? x(String(s.year)) : ''}</td>`,
            `<td>${x(soft(s.designName ?? ''))}</td>`,
            `<td class="num">${s.n !== undefined ? x(formatNumber(s.n, lang)) : ''}</td>`,
            `<td class="num">${s.followUpMonths !== undefined ? x(formatNumber(s.followUpMonths, lang)) : ''}</td>`,
            `<td class="outcomes">${s.outcomes.length > 0 ? `<ul>${s.outcomes.map((o) => `<li>${x(o.text)}</li>`).join('')}</ul>` : ''}</td>`,
            `<td${supportingClass ? ` class="${supportingClass}"` : ''}>${x(s.supportingText)}</td></tr>`,
          ].join('');
        })
        .join('');
      body.push(
        `<table class="studies"><caption class="sr-only">${x(t.studiesHeading)}</caption>${th([`${c.key} · ${c.list}`, c.reference, c.year, c.design, c.n, c.followUp, c.outcomes, soft(c.supporting)])}<tbody>${rows}</tbody></table>`,
        `<p class="note">${x(t.supportingNote)}</p>`,
      );
      if (report.omitted.studies > 0) body.push(`<p class="note">${x(t.rowsOmitted(report.omitted.studies, MAX_REPORT_ROWS))}</p>`);
    }
    body.push('</section>');

    body.push('<section aria-labelledby="h-effects">', `<h2 id="h-effects">${x(t.effectsHeading)}</h2>`);
    if (report.effects.length === 0) body.push(`<p>${x(t.noEffects)}</p>`);
    else {
      const chart = renderChart(report);
      if (chart.svg !== undefined) {
        body.push(`<figure class="chart">${chart.svg}<figcaption><strong>${x(t.chartTitle)}.</strong> ${x(t.classBoundsNote)}</figcaption></figure>`);
      } else body.push(`<p>${x(t.chartNone)}</p>`);
      if (chart.omitted.length > 0) {
        body.push(
          `<p class="omitted">${x(t.notInChart)}</p><ul class="omitted">${chart.omitted
            .map((e) => `<li>${x(e.measureText)} — ${x(e.studyKey)} ${x(e.study)}: ${x(e.valueText)}</li>`)
            .join('')}</ul>`,
        );
      }
      const c = t.effectColumns;
      const rows = report.effects
        .map((e) => {
          const check = e.labelCheck === 'match' ? 'yes' : e.labelCheck === 'mismatch' ? 'no' : '';
          const mark = e.labelCheck === 'match' ? '✓ ' : e.labelCheck === 'mismatch' ? '✗ ' : '';
          return [
            `<tr><th scope="row">${x(e.studyKey)} <span class="note">${x(e.study)}</span></th>`,
            `<td>${x(e.measureText)}</td>`,
            `<td class="num">${x(e.valueText)}</td>`,
            `<td>${x(e.className)}</td>`,
            `<td>${e.label !== undefined ? x(e.label) : ''}${e.authorsInterpretation !== undefined ? ` <span class="note">(${x(t.authorsReading)}: ${x(e.authorsInterpretation)})</span>` : ''}</td>`,
            `<td${check ? ` class="${check}"` : ''}>${mark}${x(e.labelCheckText)}</td>`,
            `<td class="num">${e.line !== undefined ? x(String(e.line)) : ''}</td></tr>`,
          ].join('');
        })
        .join('');
      body.push(
        `<table class="effects"><caption class="sr-only">${x(t.effectsHeading)}</caption>${th([c.study, c.measure, c.effect, c.cls, c.label, c.labelCheck, c.line])}<tbody>${rows}</tbody></table>`,
      );
      if (report.omitted.effects > 0) body.push(`<p class="note">${x(t.rowsOmitted(report.omitted.effects, MAX_REPORT_ROWS))}</p>`);
    }
    body.push('</section>');
  }

  body.push('<section aria-labelledby="h-findings">', `<h2 id="h-findings">${x(t.findingsHeading)}</h2>`);
  if (report.findings.length === 0) body.push(`<p class="no-findings">${x(t.noFindings)}</p>`);
  else {
    const c = t.findingColumns;
    const rows = report.findings
      .map(
        (f) =>
          `<tr><td class="num">${f.line}:${f.column}</td><td class="sev-${f.severity}">${x(f.severityName)}</td><td><code>${x(f.ruleId)}</code></td><td>${htmlWithCode(f.message)}</td></tr>`,
      )
      .join('');
    body.push(
      `<p>${x(t.findingsSummary(report.findingCounts))}.</p>`,
      `<table class="findings"><caption class="sr-only">${x(t.findingsHeading)}</caption>${th([c.position, c.severity, c.rule, c.message])}<tbody>${rows}</tbody></table>`,
    );
  }
  body.push('</section>');

  return [
    pageStart({ lang, title: `${t.title}: ${report.title}`, csp: CSP, style: STYLE, noReferrer: true }),
    '<main>',
    ...body.filter((part) => part !== ''),
    `<footer><p>${x(t.generatedBy)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The evidence report as one self-contained HTML page: inline CSS, an inline SVG chart, no
 * scripts, no fonts, images or links to load (a Content-Security-Policy forbids any request).
 * Pure: report in, string out.
 */
import { html, htmlWithCode, join, pageStart, type Markup } from '../markup/html';
import { renderChart } from './chart';
import { MAX_REPORT_ROWS, type ChecklistLevel, type EvidenceReport, type LevelInfo } from './model';
import { findingsSummary, formatNumber } from './text';
import { append, REPORT_EFFECT_COLUMNS, REPORT_FINDING_COLUMNS, REPORT_STUDY_COLUMNS, REPORT_TEXT, textIn } from '../core';

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

function levelValue(level: LevelInfo | undefined, fallback: string): Markup {
  if (!level) return html`<div class="value">${fallback}</div>`;
  const key = level.key === 'none' || level.key === level.name ? undefined : html`<code>${level.key}</code>`;
  return html`<div class="value">${level.name}</div>${key}`;
}

function checklistHtml(report: EvidenceReport, level: ChecklistLevel, first: boolean): Markup {
  const say = textIn(report.language);
  const badge = level.reached ? html`<span class="badge reached">✓ ${say(REPORT_TEXT.reachedBadge)}</span>` : html`<span class="badge not-reached">✗ ${say(REPORT_TEXT.notReachedBadge)}</span>`;
  const badges = level.claimed ? html`${badge} <span class="badge claimed">${say(REPORT_TEXT.claimedBadge)}</span>` : badge;
  const items = level.items.map((item) => {
    const cls = item.met ? 'met' : 'missing';
    const mark = item.met ? '✓' : '✗';
    return html`<li class="${cls}"><span class="mark" aria-hidden="true">${mark}</span><span><span class="sr-only">${item.met ? say(REPORT_TEXT.met) : say(REPORT_TEXT.missing)}: </span>${htmlWithCode(item.text)}</span></li>`;
  });
  return html`<h3>${level.name}${level.name === level.level ? undefined : html` <code>${level.level}</code>`} ${badges}</h3>${
    first ? undefined : html`<p class="above">${say(REPORT_TEXT.checklistAbove)}:</p>`
  }<ul class="checklist">${items}</ul>`;
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

function th(cells: readonly string[]): Markup {
  return html`<thead><tr>${cells.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>`;
}

/** A cell's class attribute, or nothing. */
function classAttribute(cls: string): Markup | undefined {
  return cls === '' ? undefined : html` class="${cls}"`;
}

function header(report: EvidenceReport): Markup[] {
  const say = textIn(report.language);
  const { id, category, categoryName } = report.intervention;
  return [
    html`<header>`,
    html`<p class="kicker">${say(REPORT_TEXT.title)}</p>`,
    html`<h1>${report.title}</h1>`,
    html`<dl class="facts">`,
    html`<dt>${say(REPORT_TEXT.file)}</dt><dd><code>${report.fileName}</code></dd>`,
    ...(id !== undefined ? [html`<dt>${say(REPORT_TEXT.id)}</dt><dd><code>${id}</code></dd>`] : []),
    ...(categoryName !== undefined ? [html`<dt>${say(REPORT_TEXT.category)}</dt><dd>${categoryName} <code>${category ?? ''}</code></dd>`] : []),
    html`</dl>`,
    html`</header>`,
  ];
}

function levelsSection(report: EvidenceReport, levels: NonNullable<EvidenceReport['levels']>): Markup[] {
  const say = textIn(report.language);
  const verdict =
    levels.verdict === 'supported'
      ? html`<p class="verdict ok">✓ ${levels.exceeds ? say(REPORT_TEXT.verdictExceeds, { supported: levels.supported.name }) : say(REPORT_TEXT.verdictSupported)}</p>`
      : levels.verdict === 'not-supported'
        ? html`<p class="verdict bad">✗ ${say(REPORT_TEXT.verdictNotSupported, { supported: levels.supported.name })}</p>`
        : html`<p class="verdict neutral">${htmlWithCode(say(REPORT_TEXT.verdictNotClaimed))}</p>`;
  const missing =
    levels.missing.length > 0
      ? html`<p><strong>${say(REPORT_TEXT.missingForClaim)}:</strong></p><ul class="checklist">${levels.missing.map(
          (m) => html`<li class="missing"><span class="mark" aria-hidden="true">✗</span><span><span class="sr-only">${say(REPORT_TEXT.missing)}: </span>${htmlWithCode(m)}</span></li>`,
        )}</ul>`
      : undefined;
  const assessed = levels.assessed
    ? html`<div class="level-card assessed-level"><div class="label">${say(REPORT_TEXT.assessedLevel)}</div>${levelValue(levels.assessed, '')}${
        levels.assessedOn !== undefined ? html` <span class="note">${say(REPORT_TEXT.assessedOn)} ${levels.assessedOn}</span>` : undefined
      }</div>`
    : undefined;
  return [
    html`<section aria-labelledby="h-levels">`,
    html`<h2 id="h-levels">${say(REPORT_TEXT.levelHeading)}</h2>`,
    html`<div class="levels">`,
    html`<div class="level-card claimed-level"><div class="label">${say(REPORT_TEXT.claimedLevel)}</div>${levelValue(levels.claimed, say(REPORT_TEXT.noneClaimed))}</div>`,
    html`<div class="level-card supported-level"><div class="label">${say(REPORT_TEXT.supportedLevel)}</div>${levelValue(levels.supported, '')}</div>`,
    ...(assessed ? [assessed] : []),
    html`</div>`,
    verdict,
    ...(missing ? [missing] : []),
    html`</section>`,
  ];
}

function studiesSection(report: EvidenceReport): Markup[] {
  const say = textIn(report.language);
  const lang = report.language;
  const out = [html`<section aria-labelledby="h-studies">`, html`<h2 id="h-studies">${say(REPORT_TEXT.studiesHeading)}</h2>`];
  if (report.studies.length === 0) out.push(html`<p>${say(REPORT_TEXT.noStudies)}</p>`);
  else {
    const rows = report.studies.map((s) => {
      const supportingClass = s.supporting === true ? 'yes' : s.supporting === false ? 'no' : '';
      return html`<tr>${[
        html`<th scope="row">${s.key}<br><span class="note">${soft(s.listName)}</span></th>`,
        html`<td class="ref">${s.reference}</td>`,
        html`<td class="num">${s.year}</td>`,
        html`<td>${soft(s.designName ?? '')}</td>`,
        html`<td class="num">${s.n !== undefined ? formatNumber(s.n, lang) : undefined}</td>`,
        html`<td class="num">${s.followUpMonths !== undefined ? formatNumber(s.followUpMonths, lang) : undefined}</td>`,
        html`<td class="outcomes">${s.outcomes.length > 0 ? html`<ul>${s.outcomes.map((o) => html`<li>${o.text}</li>`)}</ul>` : undefined}</td>`,
        html`<td${classAttribute(supportingClass)}>${s.supportingText}</td>`,
      ]}</tr>`;
    });
    out.push(
      html`<table class="studies"><caption class="sr-only">${say(REPORT_TEXT.studiesHeading)}</caption>${th([`${say(REPORT_STUDY_COLUMNS.key)} · ${say(REPORT_STUDY_COLUMNS.list)}`, say(REPORT_STUDY_COLUMNS.reference), say(REPORT_STUDY_COLUMNS.year), say(REPORT_STUDY_COLUMNS.design), say(REPORT_STUDY_COLUMNS.n), say(REPORT_STUDY_COLUMNS.followUp), say(REPORT_STUDY_COLUMNS.outcomes), soft(say(REPORT_STUDY_COLUMNS.supporting))])}<tbody>${rows}</tbody></table>`,
      html`<p class="note">${say(REPORT_TEXT.supportingNote)}</p>`,
    );
    if (report.omitted.studies > 0) out.push(html`<p class="note">${say(REPORT_TEXT.rowsOmitted, { omitted: report.omitted.studies, shown: MAX_REPORT_ROWS })}</p>`);
  }
  out.push(html`</section>`);
  return out;
}

function effectsSection(report: EvidenceReport): Markup[] {
  const say = textIn(report.language);
  const out = [html`<section aria-labelledby="h-effects">`, html`<h2 id="h-effects">${say(REPORT_TEXT.effectsHeading)}</h2>`];
  if (report.effects.length === 0) out.push(html`<p>${say(REPORT_TEXT.noEffects)}</p>`);
  else {
    const chart = renderChart(report);
    if (chart.svg !== undefined) {
      out.push(html`<figure class="chart">${chart.svg}<figcaption><strong>${say(REPORT_TEXT.chartTitle)}.</strong> ${say(REPORT_TEXT.classBoundsNote)}</figcaption></figure>`);
    } else out.push(html`<p>${say(REPORT_TEXT.chartNone)}</p>`);
    if (chart.omitted.length > 0) {
      out.push(
        html`<p class="omitted">${say(REPORT_TEXT.notInChart)}</p><ul class="omitted">${chart.omitted.map((e) => html`<li>${e.measureText} — ${e.studyKey} ${e.study}: ${e.valueText}</li>`)}</ul>`,
      );
    }
    const rows = report.effects.map((e) => {
      const check = e.labelCheck === 'match' ? 'yes' : e.labelCheck === 'mismatch' ? 'no' : '';
      const mark = e.labelCheck === 'match' ? '✓ ' : e.labelCheck === 'mismatch' ? '✗ ' : '';
      const reading = e.authorsInterpretation !== undefined ? html` <span class="note">(${say(REPORT_TEXT.authorsReading)}: ${e.authorsInterpretation})</span>` : undefined;
      return html`<tr>${[
        html`<th scope="row">${e.studyKey} <span class="note">${e.study}</span></th>`,
        html`<td>${e.measureText}</td>`,
        html`<td class="num">${e.valueText}</td>`,
        html`<td>${e.className}</td>`,
        html`<td>${e.label}${reading}</td>`,
        html`<td${classAttribute(check)}>${mark}${e.labelCheckText}</td>`,
        html`<td class="num">${e.line}</td>`,
      ]}</tr>`;
    });
    out.push(
      html`<table class="effects"><caption class="sr-only">${say(REPORT_TEXT.effectsHeading)}</caption>${th(Object.values(REPORT_EFFECT_COLUMNS).map((c) => say(c)))}<tbody>${rows}</tbody></table>`,
    );
    if (report.omitted.effects > 0) out.push(html`<p class="note">${say(REPORT_TEXT.rowsOmitted, { omitted: report.omitted.effects, shown: MAX_REPORT_ROWS })}</p>`);
  }
  out.push(html`</section>`);
  return out;
}

function findingsSection(report: EvidenceReport): Markup[] {
  const say = textIn(report.language);
  const out = [html`<section aria-labelledby="h-findings">`, html`<h2 id="h-findings">${say(REPORT_TEXT.findingsHeading)}</h2>`];
  if (report.findings.length === 0) out.push(html`<p class="no-findings">${say(REPORT_TEXT.noFindings)}</p>`);
  else {
    const rows = report.findings.map(
      (f) =>
        html`<tr><td class="num">${f.line}:${f.column}</td><td class="sev-${f.severity}">${f.severityName}</td><td><code>${f.ruleId}</code></td><td>${htmlWithCode(f.message)}</td></tr>`,
    );
    out.push(
      html`<p>${findingsSummary(report.findingCounts, report.language)}.</p>`,
      html`<table class="findings"><caption class="sr-only">${say(REPORT_TEXT.findingsHeading)}</caption>${th(Object.values(REPORT_FINDING_COLUMNS).map((c) => say(c)))}<tbody>${rows}</tbody></table>`,
    );
  }
  out.push(html`</section>`);
  return out;
}

export function renderHtml(report: EvidenceReport): string {
  const say = textIn(report.language);
  const body = header(report);
  if (!report.checked) {
    body.push(html`<div class="notice" role="note"><p>${say(REPORT_TEXT.notChecked)}</p><p>${htmlWithCode(report.notCheckedReason ?? '')}</p></div>`);
  }
  if (report.levels) append(body, levelsSection(report, report.levels));
  if (report.checklist.length > 0) {
    append(body, [
      html`<section aria-labelledby="h-checklist">`,
      html`<h2 id="h-checklist">${say(REPORT_TEXT.checklistHeading)}</h2>`,
      html`<p class="note">${say(REPORT_TEXT.checklistIntro)}</p>`,
      ...report.checklist.map((level, i) => checklistHtml(report, level, i === 0)),
      html`</section>`,
    ]);
  }
  if (report.checked) {
    append(body, studiesSection(report));
    append(body, effectsSection(report));
  }
  append(body, findingsSection(report));

  const page = [
    pageStart({ lang: report.language, title: `${say(REPORT_TEXT.title)}: ${report.title}`, csp: CSP, style: STYLE, noReferrer: true }),
    html`<main>`,
    ...body,
    html`<footer><p>${say(REPORT_TEXT.generatedBy)}</p></footer>`,
    html`</main>`,
    html`</body>`,
    html`</html>`,
    html``,
  ];
  return String(join(page, '\n'));
}

import { FINDINGS_PAGE_TEXT, largest, RULES_BY_ID, SEVERITY_NAMES, SEVERITY_ORDER, textIn, type Language, type Say, type Severity } from '../../core';
import type { FileReport } from '../check';
import { html, htmlWithCode as richText, join, pageStart, raw, type Markup } from '../../markup/html';
import { locatedFindings, type LocatedFinding } from './located';
import { countSeverities, counted, SEVERITIES, summaryLine } from './summary';
import type { Formatter } from './types';

export interface HtmlOptions {
  /**
   * Where the rule pages `<id>.md` are (any URL the reader can open); default: the run's `docsUrl`.
   * Without one the page links nowhere: each rule's documentation is embedded in it anyway.
   */
  readonly docsBase?: string;
}

/** System fonts only and no `url()`: the page makes no requests. */
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #fff; --line: #d1d9e0; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --hint: #59636e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --panel: #151b23;
  --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --hint: #9198a1; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.1rem; margin: 0; padding: 0.5rem 0.75rem; background: var(--panel); border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0; }
a { color: var(--info); }
[hidden] { display: none !important; }
.summary { margin: 0 0 0.75rem; color: var(--muted); }
.totals { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; margin: 0 0 0.75rem; padding: 0; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1.5rem; padding: 0.5rem 0.75rem; }
.filters legend { padding: 0 0.25rem; color: var(--muted); }
.file { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1.25rem; overflow: hidden; }
.file > p { margin: 0; padding: 0.5rem 0.75rem; }
.count { font-weight: normal; color: var(--muted); }
.rule { padding: 0.5rem 0.75rem; border-top: 1px solid var(--line); }
.rule:first-of-type { border-top: 0; }
.rule-source { margin: 0; color: var(--muted); font-size: 0.9em; }
.rule-docs { margin: 0.25rem 0; color: var(--muted); font-size: 0.9em; }
.rule-docs p { margin: 0.25rem 0 0; }
.findings { list-style: none; margin: 0.25rem 0 0; padding: 0; }
.finding { display: flex; gap: 0.75rem; align-items: baseline; padding: 0.15rem 0; }
.loc { min-width: 4.5rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 6.5rem; padding: 0 0.4rem; border: 1px solid currentColor; border-radius: 1rem; font-size: 0.8em; text-align: center; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); } .sev-hint { color: var(--hint); }
.unreadable { color: var(--error); }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85em; }
`;

/** Hides findings of unticked severities, and rules and files left without visible findings. */
const SCRIPT = `
(function () {
  'use strict';
  var filters = document.querySelector('.filters');
  if (!filters) return;
  filters.hidden = false;
  function apply() {
    var shown = {};
    var boxes = filters.querySelectorAll('input[data-severity]');
    for (var i = 0; i < boxes.length; i++) shown[boxes[i].getAttribute('data-severity')] = boxes[i].checked;
    var findings = document.querySelectorAll('.finding');
    for (var j = 0; j < findings.length; j++) findings[j].hidden = !shown[findings[j].getAttribute('data-severity')];
    var groups = document.querySelectorAll('.rule, .file[data-findings]');
    for (var k = 0; k < groups.length; k++) groups[k].hidden = !groups[k].querySelector('.finding:not([hidden])');
  }
  filters.addEventListener('change', apply);
  apply();
})();
`;

function byPosition(a: LocatedFinding, b: LocatedFinding): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}

/** Rules of one file: most serious first, then in the order they first fire. */
function groupByRule(findings: readonly LocatedFinding[]): LocatedFinding[][] {
  const groups = new Map<string, LocatedFinding[]>();
  for (const finding of [...findings].sort(byPosition)) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  const worst = (group: readonly LocatedFinding[]): number => largest(group.map((f) => SEVERITY_ORDER[f.severity]));
  return [...groups.values()].sort((a, b) => worst(b) - worst(a));
}

function badge(severity: Severity, say: Say): Markup {
  return html`<span class="badge sev-${severity}">${say(SEVERITY_NAMES[severity])}</span>`;
}

function ruleSection(findings: readonly LocatedFinding[], language: Language, say: Say, docsBase: string | undefined): Markup {
  const ruleId = findings[0]?.ruleId ?? '';
  const rule = RULES_BY_ID.get(ruleId);
  const id = html`<code>${ruleId}</code>`;
  const linked = rule && docsBase !== undefined ? html`<a class="rule-id" href="${`${docsBase}${encodeURIComponent(ruleId)}.md`}" title="${say(FINDINGS_PAGE_TEXT.docs)}">${id}</a>` : id;
  const heading = rule ? html`${linked} <span class="rule-title">${richText(rule.meta.docs[language].title)}</span>` : id;
  // The page travels (a CI artefact, an e-mail): the documentation goes with it, not a link into a checkout.
  const docs = rule
    ? html`\n<details class="rule-docs"><summary>${say(FINDINGS_PAGE_TEXT.docs)}</summary>\n<p>${richText(rule.meta.docs[language].what)}</p>\n<p><strong>${say(FINDINGS_PAGE_TEXT.why)}</strong> ${richText(rule.meta.docs[language].why)}</p>\n</details>`
    : undefined;
  // The engine's own rules (syntax, schema) have no source but a dash.
  const sourceText = rule?.meta.source[language] ?? '';
  const source = /[\p{L}\p{N}]/u.test(sourceText) ? html`\n<p class="rule-source">${say(FINDINGS_PAGE_TEXT.source)}: ${sourceText}</p>` : undefined;
  const items = findings.map(
    (f) =>
      html`<li class="finding" data-severity="${f.severity}"><span class="loc">${f.start.line}:${f.start.column}</span> ${badge(f.severity, say)} <span class="message">${richText(f.message)}</span></li>`,
  );
  return html`<section class="rule" data-rule="${ruleId}">\n<h3>${heading}</h3>${source}${docs}\n<ul class="findings">\n${joined(items)}\n</ul>\n</section>`;
}

/** Markup items one per line. */
function joined(items: readonly Markup[]): Markup {
  return join(items, '\n');
}

function fileSection(report: FileReport, language: Language, say: Say, docsBase: string | undefined): Markup {
  const file = report.target.display;
  if (report.error !== undefined) {
    return html`<section class="file">\n<h2><code>${file}</code></h2>\n<p class="unreadable">${say(FINDINGS_PAGE_TEXT.cannotRead)} ${report.error}</p>\n</section>`;
  }
  const findings = locatedFindings([report]);
  if (findings.length === 0) return html`<section class="file">\n<h2><code>${file}</code></h2>\n<p>${say(FINDINGS_PAGE_TEXT.noFindings)}</p>\n</section>`;
  const rules = groupByRule(findings).map((group) => ruleSection(group, language, say, docsBase));
  const count = html`<span class="count">${counted(language, findings.length, 'problem')}</span>`;
  return html`<section class="file" data-findings="${findings.length}">\n<h2><code>${file}</code> ${count}</h2>\n${joined(rules)}\n</section>`;
}

/**
 * One self-contained HTML page (inline CSS and JS, no requests of any kind): totals per severity,
 * findings per file and per rule with each rule's documentation (and a link to its published page
 * when there is a docs URL), and severity filters that need
 * JavaScript; without it the filters stay hidden and every finding is shown.
 */
export function createHtmlFormatter(options: HtmlOptions = {}): Formatter {
  return ({ reports, language, version, docsUrl }) => {
    const base = options.docsBase ?? docsUrl;
    const docsBase = base === undefined || base === '' || base.endsWith('/') ? base : `${base}/`;
    const say = textIn(language);
    const findings = locatedFindings(reports);
    const counts = countSeverities(findings);
    const totals = SEVERITIES.map((s) => html`<li>${badge(s, say)} <span class="n">${counts[s]}</span></li>`);
    const filters = SEVERITIES.map((s) => html`<label><input type="checkbox" data-severity="${s}" checked> ${counted(language, counts[s], s)}</label>`);
    const head = pageStart({
      lang: language,
      title: say(FINDINGS_PAGE_TEXT.title),
      csp: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
      style: STYLE,
      generator: `intervention-lint ${version}`,
    });
    // The script is the tool's own constant.
    return String(html`${head}
<header>
<h1>${say(FINDINGS_PAGE_TEXT.title)}</h1>
<p class="summary">${summaryLine(reports, findings, language)}</p>
<ul class="totals">
${joined(totals)}
</ul>
<fieldset class="filters" hidden>
<legend>${say(FINDINGS_PAGE_TEXT.show)}</legend>
${joined(filters)}
</fieldset>
</header>
<main>
${joined(reports.map((report) => fileSection(report, language, say, docsBase)))}
</main>
<footer>${`intervention-lint ${version}`}</footer>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`);
  };
}

export const formatHtml: Formatter = createHtmlFormatter();

/**
 * The worksheet as one self-contained HTML page: inline CSS, no scripts, nothing to load (a
 * Content-Security-Policy forbids any request). Placeholders are marked and linked from the list at
 * the top. Pure: worksheet in, string out.
 */
import { html, join, pageStart, type Markup } from '../markup/html';
import { missingListItem, placeholder, type Block, type Value, type Worksheet } from './types';
import { append } from '../core';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1b2631; --muted: #52606d; --line: #d5dde5; --head: #eef2f6;
  --ok: #1b6a32; --ok-bg: #e3f4e8; --bad: #a51d1d; --bad-bg: #fdecec; --gap: #fff3b0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 28px 28px 48px; }
h1 { font-size: 1.65rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: .98rem; margin: 1rem 0 .3rem; color: var(--muted); }
p { margin: .4rem 0; }
.intro, .note { color: var(--muted); font-style: italic; }
.status { border: 1px solid var(--line); border-radius: 8px; padding: 4px 18px 12px; background: #fafbfc; }
.verdict { font-weight: 650; padding: 8px 12px; border-radius: 6px; border-left: 6px solid; }
.verdict.ok { color: var(--ok); background: var(--ok-bg); }
.verdict.bad { color: var(--bad); background: var(--bad-bg); }
mark.missing { background: var(--gap); color: var(--bad); font-weight: 700; padding: 0 .25em; border: 1px dashed var(--bad); border-radius: 3px; }
ul.gaps a { color: var(--bad); }
.label { font-weight: 650; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .88rem; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: .2rem 0 .35rem; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
thead th { background: var(--head); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media print { main { padding: 0; } h2 { break-after: avoid; } mark.missing { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function value(v: Value): Markup {
  return v.kind === 'text' ? html`${v.text}` : html`<mark class="missing" id="ontbreekt-${v.missing.number}">${placeholder(v.missing)}</mark>`;
}

function block(b: Block): Markup {
  switch (b.kind) {
    case 'paragraph':
      return html`<p>${value(b.value)}</p>`;
    case 'field':
      return html`<p><span class="label">${b.label}:</span> ${value(b.value)}</p>`;
    case 'list':
      return html`${b.label !== undefined ? html`<p class="label">${b.label}:</p>` : undefined}<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    case 'table': {
      const head = html`<thead><tr>${b.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>`;
      const rows = b.rows.map((row) => html`<tr>${row.map((c) => html`<td>${join(c.map((line) => html`${line}`), '<br>')}</td>`)}</tr>`);
      return html`<table><caption>${b.caption}</caption>${head}<tbody>\n${join(rows, '\n')}\n</tbody></table>`;
    }
    case 'note':
      return html`<p class="note">${b.text}</p>`;
    case 'subheading':
      return html`<h4>${b.text}</h4>`;
  }
}

function status(sheet: Worksheet): Markup {
  const s = sheet.status;
  const out = [html`<section class="status" aria-labelledby="stand"><h2 id="stand">${sheet.statusHeading}</h2>`];
  out.push(html`<p><span class="label">Geclaimd niveau:</span> ${s.claimed}</p>`, html`<p><span class="label">Niveau dat het bewijs ondersteunt:</span> ${s.supported}</p>`);
  if (s.assessed !== undefined) out.push(html`<p><span class="label">Oordeel erkenningscommissie:</span> ${s.assessed}</p>`);
  out.push(html`<p class="verdict ${s.supportsClaim ? 'ok' : 'bad'}">${s.supportsClaim ? '✓' : '✗'} ${s.verdict}</p>`);
  if (s.levelGaps.length > 0) out.push(html`<p>Ontbreekt voor het geclaimde niveau:</p>`, html`<ul>${s.levelGaps.map((g) => html`<li>${g}</li>`)}</ul>`);
  if (sheet.missing.length === 0) out.push(html`<p>Alle onderdelen van het werkblad zijn ingevuld.</p>`);
  else {
    out.push(html`<p class="label">Nog in te vullen (${sheet.missing.length}):</p>`);
    out.push(html`<ul class="gaps">${sheet.missing.map((m) => html`<li><a href="#ontbreekt-${m.number}">${missingListItem(m)}</a></li>`)}</ul>`);
  }
  for (const note of s.notes) out.push(html`<p class="note">${note}</p>`);
  out.push(html`</section>`);
  return join(out, '\n');
}

export function renderWorksheetHtml(sheet: Worksheet): string {
  const body: Markup[] = [];
  for (const chapter of sheet.chapters) {
    append(body, [html`<section><h2>${chapter.heading}</h2>`, ...chapter.blocks.map(block)]);
    for (const section of chapter.sections) append(body, [html`<h3>${section.heading}</h3>`, ...section.blocks.map(block)]);
    body.push(html`</section>`);
  }
  return String(html`${pageStart({ lang: 'nl', title: `${sheet.title}: ${sheet.name}`, csp: CSP, style: STYLE, generator: 'intervention-lint' })}
<main>
<h1>${sheet.title}: ${sheet.name}</h1>
<p class="intro">${sheet.intro}</p>
${status(sheet)}
${join(body, '\n')}
<footer><p>${sheet.footer}</p></footer>
</main>
</body>
</html>
`);
}

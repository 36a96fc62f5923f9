import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { LEVEL_NAMES, lineColumn } from '../../server/src/core';
import { renderHtml, renderMarkdown, type EvidenceReport } from '../../server/src/report';
import { ROOT } from '../support/paths';
import { reportOf, sampleReport, SCRIPT_MEASURE, withEdgeCases } from '../support/report-fixtures';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere on other systems. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RESULTS = join(ROOT, 'test-results');

/** The Markdown table row whose first cell is `first` (cells trimmed, escaped pipes kept inside cells). */
function rowsStartingWith(markdown: string, first: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells[0] === first);
}

function svgOf(html: string): string {
  const match = /<svg[\s\S]*?<\/svg>/.exec(html);
  assert.ok(match, 'the page has an inline SVG chart');
  return match[0];
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

function plottable(report: EvidenceReport): number {
  return report.effects.filter((e) => e.kind === 'd' || e.kind === 'r').length;
}

describe('evidence report', () => {
  describe('Markdown', () => {
    it('shows claimed and supported level, every study, every effect with its class and no findings (complete sample, English)', () => {
      const { report } = sampleReport('complete', 'voorbeeld-samen-kijken.intervention.yaml', 'en');
      const md = renderMarkdown(report);
      assert.match(md, /^# Evidence report: Samen Kijken \(voorbeeldinterventie\)$/m);
      assert.match(md, /^- \*\*Claimed level:\*\* effective, strong indications \(`effective-strong`\)$/m);
      assert.match(md, /^- \*\*Level supported by the evidence:\*\* effective, strong indications \(`effective-strong`\)$/m);
      assert.match(md, /^\*\*✓ The evidence supports the claimed level\.\*\*$/m);

      // Studies: list, year, design, N, follow-up, outcomes as "measure (domain)", supporting.
      const nl1 = rowsStartingWith(md, 'NL1');
      assert.equal(nl1.length, 1, 'one study row NL1');
      const [, list, reference, year, design, n, followUp, outcomes, supporting] = nl1[0] ?? [];
      assert.equal(list, 'Dutch');
      assert.match(reference ?? '', /^Voorbeeld, A\., & Fictief, B\. \(2021\)\. Fictieve studie: Samen Kijken/);
      assert.deepEqual([year, design, n, followUp, supporting], ['2021', 'RCT', '184', '6', 'yes']);
      assert.equal(
        outcomes,
        'Ainsworth-schaal voor sensitiviteit (observatie) (sensitivity); Attachment Q-Sort (attachment); Nijmeegse Ouderlijke Stress Index (verkort) (parenting stress)',
      );
      const int1 = rowsStartingWith(md, 'INT1')[0] ?? [];
      assert.deepEqual(int1.slice(1, 2).concat(int1.slice(3, 7), int1.slice(8)), ['international', '2019', 'RCT', '126', '3', 'yes']);
      assert.equal(int1[7], 'Emotional Availability Scales, sensitiviteit (sensitivity)');

      // Effects: value, class of the advice, stated label, whether it matches, line in the file.
      const effects = md.split('\n').filter((line) => line.startsWith('| NL1 Voorbeeld & Fictief (2021) |') || line.startsWith('| INT1 Exemplar & Sample (2019) |'));
      assert.deepEqual(effects, [
        '| NL1 Voorbeeld & Fictief (2021) | Ainsworth-schaal voor sensitiviteit (observatie) (sensitivity) | d = 0.44 | small | small | ✓ yes | 115 |',
        '| NL1 Voorbeeld & Fictief (2021) | Attachment Q-Sort (attachment) | d = 0.27 | small | small | ✓ yes | 122 |',
        '| NL1 Voorbeeld & Fictief (2021) | Nijmeegse Ouderlijke Stress Index (verkort) (parenting stress) | d = 0.12 | negligible | negligible | ✓ yes | 129 |',
        '| INT1 Exemplar & Sample (2019) | Emotional Availability Scales, sensitiviteit (sensitivity) | d = 0.38 | small | small | ✓ yes | 144 |',
      ]);
      assert.match(md, /## Findings\n\nNo findings\.\n/);
      assert.equal(report.findings.length, 0);
    });

    it('gives Dutch labels, classes and decimal commas, with r classed by its own bounds (complete sample, Dutch)', () => {
      const { report } = sampleReport('complete', 'voorbeeld-opvoeden-in-balans.intervention.yaml', 'nl');
      const md = renderMarkdown(report);
      assert.match(md, /^# Bewijsrapport: Opvoeden in Balans \(voorbeeldinterventie\)$/m);
      assert.match(md, /^- \*\*Geclaimd niveau:\*\* effectief volgens eerste aanwijzingen \(`effective-first`\)$/m);
      assert.match(md, /^- \*\*Niveau dat het bewijs ondersteunt:\*\* effectief volgens eerste aanwijzingen \(`effective-first`\)$/m);
      const study = rowsStartingWith(md, 'NL1')[0] ?? [];
      assert.deepEqual([study[1], study[3], study[4], study[5], study[6], study[8]], ['Nederlands', '2023', 'herhaalde metingen', '96', '3', 'ja']);
      const effects = md.split('\n').filter((line) => line.startsWith('| NL1 Oefening & Voorbeeld (2023) |'));
      assert.deepEqual(
        effects.map((line) => line.split(' | ').slice(2, 6)),
        [
          ['d = 0,36', 'klein', 'small', '✓ ja'],
          ['r = 0,24', 'klein', 'small', '✓ ja'],
          ['d = 0,21', 'klein', 'small', '✓ ja'],
        ],
      );
      // The checklist: what the claimed level needs is met; the next levels are not reached.
      assert.match(md, /^### effectief volgens eerste aanwijzingen \(`effective-first`\) — ✓ gehaald, \*\*geclaimd\*\*$/m);
      assert.match(md, /^### effectief volgens goede aanwijzingen \(`effective-good`\) — ✗ niet gehaald$/m);
      assert.match(md, /^- ✗ 1 ondersteunende gecontroleerde studie \(rct of quasi-experimenteel\); gevonden: 0 — standaard van dit hulpmiddel, in te stellen met `levels\.effective-good\.controlledStudies` \(ontbreekt\)$/m);
      assert.match(md, /Geen bevindingen\./);
    });

    it('classes every effect of the third complete sample in Dutch, medium and negligible included', () => {
      const { report } = sampleReport('complete', 'voorbeeld-sterk-thuis.intervention.yaml', 'nl');
      const md = renderMarkdown(report);
      const classes = md
        .split('\n')
        .filter((line) => /^\| (NL1|INT1) /.test(line) && / = /.test(line))
        .map((line) => line.split(' | ').slice(2, 5).join(' / '));
      assert.deepEqual(classes, [
        'd = 0,29 / klein / klein',
        'd = 0,41 / klein / klein',
        'd = 0,55 / middelmatig / middelmatig',
        'd = 0,17 / verwaarloosbaar / verwaarloosbaar',
        'd = 0,33 / klein / klein',
      ]);
      assert.match(md, /^- \*\*Geclaimd niveau:\*\* effectief volgens goede aanwijzingen \(`effective-good`\)$/m);
    });

    it("shows the authors' own reading of an effect next to the label, in Markdown and HTML", () => {
      const text = completeSample().replace('          label: small\n', '          label: small\n          authorsInterpretation: medium according to the authors\n');
      const { report } = reportOf('a.intervention.yaml', text, 'en');
      assert.match(renderMarkdown(report), /\| small \(authors: medium according to the authors\) \|/);
      assert.match(renderHtml(report), /<td>small <span class="note">\(authors: medium according to the authors\)<\/span><\/td>/);
    });

    it('shows the findings and the missing requirements of a databank draft', () => {
      const { report, result } = sampleReport('databank', 'pcit.intervention.yaml', 'en');
      const md = renderMarkdown(report);
      assert.match(md, /^- \*\*Claimed level:\*\* effective, first indications \(`effective-first`\)$/m);
      assert.match(md, /^- \*\*Level supported by the evidence:\*\* none \(not yet well-founded\)$/m);
      assert.match(md, /^\*\*✗ The evidence does not support the claimed level; it supports: none \(not yet well-founded\)\.\*\*$/m);
      assert.match(md, /Missing for the claimed level:\n\n- ✗ well-founded: problem analysis \(`rationale\.problem`\) — source: GR Table 1, note a\n- ✗ well-founded: causes \(`rationale\.causes`\) — source: GR Table 1, note a\n- ✗ well-founded: theory of change \(`rationale\.theory`\) — source: GR Table 1, note a\n/);
      assert.match(md, /^- ✗ a supporting study with a follow-up of at least 6 months — tool default, configurable as `levels\.effective-strong\.followUpMonths` \(missing\)$/m);
      assert.match(md, /^2 errors, 7 warnings, 4 info\.$/m);
      assert.match(md, /^\| 26:12 \| error \| `missing-rationale` \| Level `effective-first` is claimed but there is no `rationale`/m);
      assert.match(md, /^\| 39:20 \| warning \| `sessions-outside-effective-range` \| 12 sessions lie outside the range found most effective for category `maltreatment-prevention`, 16–30/m);
      // Every finding of the validation, at its 1-based position.
      assert.equal(result.findings.length, 13);
      for (const finding of result.findings) {
        const at = lineColumn(result.lineCounter, finding.range.start);
        assert.ok(md.includes(`| ${at.line}:${at.column} | ${finding.severity} | \`${finding.ruleId}\` |`), `${finding.ruleId} at ${at.line}:${at.column}`);
      }
      // The meta-analysis is listed but not counted; studies without effects give no effect rows.
      assert.equal(rowsStartingWith(md, 'MA1')[0]?.[8], 'not counted');
      assert.match(md, /## Effect sizes\n\nNo effect sizes are reported\./);
    });

    it('shows a Dutch draft\'s findings in Dutch', () => {
      const { report } = sampleReport('databank', 'k-vht.intervention.yaml', 'nl');
      const md = renderMarkdown(report);
      assert.match(md, /^## Bevindingen$/m);
      assert.match(md, /^\| \d+:\d+ \| waarschuwing \| `sessions-outside-effective-range` \|/m);
      assert.match(md, /^\| \d+:\d+ \| fout \| `missing-rationale` \|/m);
      assert.match(md, /^- ✗ goed onderbouwd: probleemanalyse \(`rationale\.problem`\) — bron: GR tabel 1, noot a$/m);
    });

    it('says when a document could not be checked and still lists its findings', () => {
      const { report } = reportOf('broken.intervention.yaml', 'format: intervention/v1\nid: x\n  name: [\n', 'en');
      assert.equal(report.checked, false);
      const md = renderMarkdown(report);
      assert.match(md, /This document could not be checked/);
      assert.match(md, /The file is not valid YAML\./);
      assert.match(md, /^\| \d+:\d+ \| error \| `yaml-syntax` \|/m);
      assert.doesNotMatch(md, /## Studies|## Effect sizes|## Claimed and supported level/);
      const other = reportOf('old.intervention.yaml', 'format: intervention/v0\nid: old\nname: Oud\n', 'nl');
      assert.equal(other.report.checked, false);
      assert.equal(other.report.title, 'Oud');
      assert.match(renderMarkdown(other.report), /Het bestand vermeldt geen `format: intervention\/v1`\./);
    });

    it('escapes markup and pipes, and classes r, odds ratios and mismatching labels', () => {
      const { report } = reportOf('edge.intervention.yaml', withEdgeCases(completeSample()), 'en');
      const md = renderMarkdown(report);
      assert.ok(!md.includes('<script>'), 'no raw <script> in the Markdown');
      assert.ok(md.includes("\\<script\\>alert('x')\\</script\\> \\| pipe & co (sensitivity)"));
      for (const row of md.split('\n').filter((line) => line.startsWith('| MA1'))) {
        assert.equal(row.split(/(?<!\\)\|/).length, row.startsWith('| MA1 | ') ? 11 : 9, `cell count of ${row}`);
      }
      const cells = (measure: string): string[] => (md.split('\n').find((line) => line.includes(`| ${measure} (`)) ?? '').split(' | ').slice(2, 6);
      assert.deepEqual(cells('Implausibly large effect'), ['d = 3.1', 'very large', 'large', '✗ no: the class is very large']);
      assert.deepEqual(cells('Correlation without label'), ['r = 0.35', 'medium', '', 'no label']);
      assert.deepEqual(cells('Odds of a report'), ['OR = 1.8', 'no class in the advice', 'large', 'not checked']);
      assert.deepEqual(cells('Perfect correlation'), ['r = 1', 'large', '', 'no label']);
    });
  });

  describe('HTML', () => {
    it('is one self-contained page: no URLs in src/href, no scripts, no external resources', () => {
      for (const [folder, file] of [
        ['complete', 'voorbeeld-samen-kijken.intervention.yaml'],
        ['complete', 'voorbeeld-opvoeden-in-balans.intervention.yaml'],
        ['databank', 'pcit.intervention.yaml'],
      ] as const) {
        for (const language of ['nl', 'en'] as const) {
          const html = renderHtml(sampleReport(folder, file, language).report);
          assert.doesNotMatch(html, /\b(?:src|href)\s*=\s*["']?\s*https?:/i, 'no http(s) URL in src/href');
          assert.doesNotMatch(html, /\b(?:src|href|xlink:href|srcset|action)\s*=/i, 'no src/href attributes at all');
          assert.doesNotMatch(html, /<(?:script|link|img|iframe|object|embed)\b/i);
          assert.doesNotMatch(html, /url\(|@import|@font-face/i, 'no CSS that loads anything');
          assert.match(html, new RegExp(`^<html lang="${language}">$`, 'm'));
          assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
        }
      }
    });

    it('draws one marker per d or r effect, with a title, class bands in the report language and an r legend', () => {
      const { report } = sampleReport('complete', 'voorbeeld-opvoeden-in-balans.intervention.yaml', 'nl');
      const svg = svgOf(renderHtml(report));
      assert.equal(plottable(report), 3);
      assert.equal(count(svg, /class="marker"/g), 3);
      assert.equal(count(svg, /class="marker" data-kind="r"/g), 1);
      assert.match(svg, /^<svg class="effect-chart" role="img" aria-label="Effectgroottes tegen de klassen van effectgrootte uit het advies"/);
      assert.match(svg, /<title>Effectgroottes tegen de klassen van effectgrootte uit het advies<\/title>/);
      for (const band of ['verwaarloosbaar', 'klein', 'middelmatig', 'groot', 'zeer groot']) assert.ok(svg.includes(`>${band}</text>`), band);
      assert.ok(svg.includes('r, omgerekend naar d = 2r/√(1−r²)'));
      assert.ok(svg.includes('>1,6</text>'), 'the axis runs to 1.6');
      assert.ok(svg.includes('<title>Nijmeegse Ouderlijke Stress Index (verkort) (opvoedingsstress) — NL1 Oefening &amp; Voorbeeld (2023): r = 0,24 → d ≈ 0,49 (klein)</title>'));

      const english = sampleReport('complete', 'voorbeeld-samen-kijken.intervention.yaml', 'en');
      const englishSvg = svgOf(renderHtml(english.report));
      assert.equal(count(englishSvg, /class="marker"/g), 4);
      for (const band of ['negligible', 'small', 'medium', 'large', 'very large']) assert.ok(englishSvg.includes(`>${band}</text>`), band);
    });

    it('escapes a <script> in a measure, leaves odds ratios out of the chart and widens the axis for large values', () => {
      const { report } = reportOf('edge.intervention.yaml', withEdgeCases(completeSample()), 'en');
      const html = renderHtml(report);
      assert.doesNotMatch(html, /<script/i);
      assert.ok(html.includes('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | pipe &amp; co'));
      assert.ok(!SCRIPT_MEASURE.includes('&lt;'));
      const svg = svgOf(html);
      assert.equal(plottable(report), 8);
      assert.equal(count(svg, /class="marker"/g), 8, 'one marker per d/r effect, r = 1 included (off the axis)');
      assert.ok(!svg.includes('Odds of a report'), 'odds ratios are not in the chart');
      assert.match(html, /Not in the chart \(odds ratios have no class in the advice\):<\/p><ul class="omitted"><li>Odds of a report \(sensitivity\) — MA1 Meta \(2020\): OR = 1\.8<\/li><\/ul>/);
      assert.ok(svg.includes('>3.2</text>'), 'the axis is widened to hold d = 3.1');
      assert.ok(svg.includes('beyond the axis (&gt; 3.2)'), 'r = 1 is drawn beyond the axis');
      assert.ok(svg.includes('negative value (plotted as |d|)'));
    });

    it('says when a document could not be checked', () => {
      const html = renderHtml(reportOf('broken.intervention.yaml', 'a: [\n', 'nl').report);
      assert.match(html, /Dit document kon niet worden gecontroleerd/);
      assert.match(html, /<code>yaml-syntax<\/code>/);
      assert.doesNotMatch(html, /<svg/);
    });
  });

  describe('HTML in a real browser (headless Chromium)', function () {
    this.timeout(120000);
    let browser: Browser | undefined;
    const dir = tempDir('il-report-');

    before(async () => {
      let chromium: typeof import('playwright-core').chromium;
      try {
        ({ chromium } = await import('playwright-core'));
      } catch (error) {
        assert.fail(`playwright-core is not installed (${String(error)}): run \`npm ci\` (it is a devDependency).`);
      }
      try {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      } catch (error) {
        assert.fail(
          `Could not launch Chromium at ${CHROMIUM}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n` +
            'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) so that /usr/bin/chromium exists, or set CHROMIUM_PATH to a Chromium binary; this test does not skip.',
        );
      }
    });

    after(async () => {
      await browser?.close();
    });

    async function open(html: string, name: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
      assert.ok(browser, 'the browser was launched');
      const file = join(dir, name);
      writeFileSync(file, html);
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return { page, requests, problems };
    }

    it('stays readable beside the description, at 420 px: no page-wide overflow, chart labels at their size, tables scroll in their box', async () => {
      const { report } = sampleReport('complete', 'voorbeeld-sterk-thuis.intervention.yaml', 'nl');
      const { page } = await open(renderHtml(report), 'report-narrow.html');
      try {
        await page.setViewportSize({ width: 420, height: 900 });
        // A string, run in the page: this project compiles without the DOM library.
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the view`);
        const label = await page.locator('svg.effect-chart text.band-label').first().boundingBox();
        // At 1:1 the 12.5 px labels are about 15 px high; squeezed to 420 px they were 6 px.
        assert.ok(label && label.height >= 10, `band label is ${label?.height ?? 0} px high`);
        for (const table of await page.locator('table').all()) {
          const box = await table.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= 421, `a table sticks out: ${JSON.stringify(box)}`);
        }
        mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: join(RESULTS, 'report-420.png'), fullPage: true });
      } finally {
        await page.close();
      }
    });

    it('renders the report with a visible chart, makes no network requests, and takes a screenshot', async () => {
      const { report } = sampleReport('complete', 'voorbeeld-sterk-thuis.intervention.yaml', 'nl');
      const { page, requests, problems } = await open(renderHtml(report), 'report.html');
      try {
        const text = await page.locator('body').innerText();
        assert.ok(text.includes(LEVEL_NAMES['effective-good'].nl), 'the claimed and supported level names are shown');
        assert.match(text, /Niveau dat het bewijs ondersteunt/i);
        assert.ok(text.includes('Meldingen bij Veilig Thuis in de follow-upperiode (registratie)'));

        const svg = page.locator('svg.effect-chart');
        assert.equal(await svg.count(), 1);
        const box = await svg.boundingBox();
        assert.ok(box && box.width > 300 && box.height > 100, `chart box ${JSON.stringify(box)}`);
        const markers = page.locator('svg.effect-chart .marker');
        assert.equal(await markers.count(), 5);
        for (let i = 0; i < 5; i++) {
          const m = await markers.nth(i).boundingBox();
          assert.ok(m && m.width > 0 && m.x >= box.x && m.x + m.width <= box.x + box.width + 1 && m.y >= box.y && m.y + m.height <= box.y + box.height, `marker ${i} inside the chart`);
        }
        for (const band of ['verwaarloosbaar', 'klein', 'middelmatig', 'groot', 'zeer groot']) {
          const label = page.locator('svg.effect-chart text.band-label', { hasText: new RegExp(`^${band}$`) });
          const b = await label.boundingBox();
          assert.ok(b && b.width > 0 && b.height > 0, `band label ${band} is visible`);
        }

        mkdirSync(RESULTS, { recursive: true });
        const png = await page.screenshot({ path: join(RESULTS, 'report.png'), fullPage: true });
        assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
        assert.ok(png.length > 10 * 1024, `screenshot is ${png.length} bytes`);
        assert.ok(png.readUInt32BE(16) >= 1200 && png.readUInt32BE(20) > 900, 'full-page screenshot dimensions');

        // Printed: the chart stays visible and a PDF can be produced.
        await page.emulateMedia({ media: 'print' });
        const printed = await svg.boundingBox();
        assert.ok(printed && printed.width > 300 && printed.height > 100);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

        assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), [], 'no request leaves the file system');
        assert.deepEqual(problems, [], 'no console errors, blocked loads or dialogs');
      } finally {
        await page.close();
      }
    });

    it('shows a <script> in a measure as text and runs nothing', async () => {
      const { report } = reportOf('edge.intervention.yaml', withEdgeCases(completeSample()), 'en');
      const { page, requests, problems } = await open(renderHtml(report), 'edge.html');
      try {
        const text = await page.locator('body').innerText();
        assert.ok(text.includes(SCRIPT_MEASURE), 'the measure is shown literally');
        assert.equal(await page.locator('script').count(), 0);
        assert.equal(await page.locator('svg.effect-chart .marker').count(), 8);
        mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: join(RESULTS, 'report-edge-cases.png'), fullPage: true });
        assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });
});

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { defaultDocxName } from '../../server/src/cli/export-command';
import { validate } from '../../server/src/core';
import { buildWorksheet, CHAPTER_HEADINGS, missingListItem, placeholder, renderWorksheetMarkdown, type Worksheet } from '../../server/src/export';
import { SAMPLES, TODAY } from '../support/paths';
import { runCli } from '../support/run-cli';
import { COMPLETE_SAMPLES, completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const DRAFT = 'houvast.intervention.yaml';
const DRAFT_PATH = `samples/databank/${DRAFT}`;
const PROBLEM = '[ONTBREEKT: probleemanalyse (rationale.problem)]';

function draftText(name = DRAFT): string {
  return readFileSync(join(SAMPLES, 'databank', name), 'utf8');
}

function worksheetOf(text: string, fileName: string): Worksheet {
  return buildWorksheet(fileName, text, validate(text, { today: TODAY }));
}

/** Positions of the headings in `text`, which must all be there and in this order. */
function assertInOrder(text: string, headings: readonly string[], pattern: (heading: string) => RegExp): void {
  let last = -1;
  for (const heading of headings) {
    const match = pattern(heading).exec(text);
    assert.ok(match, `heading "${heading}" is missing`);
    assert.ok(match.index > last, `heading "${heading}" is out of order`);
    last = match.index;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** The DOCX as HTML, as a real reader (mammoth) sees it; yellow highlights become `<mark>`. */
async function docxAsHtml(path: string): Promise<string> {
  const result = await mammoth.convertToHtml({ path }, { styleMap: ["highlight[color='yellow'] => mark"] });
  assert.deepEqual(result.messages.filter((m) => m.type === 'error'), []);
  return result.value;
}

function marked(html: string): string[] {
  return [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('intervention-lint export', () => {
  it("shows the authors' own reading of an effect next to its label (authorsInterpretation)", () => {
    const text = completeSample().replace('          label: small\n', '          label: small\n          authorsInterpretation: De auteurs noemen dit effect middelmatig.\n');
    const result = validate(text, { today: TODAY });
    assert.deepEqual(result.findings, [], 'authorsInterpretation is a known key that no rule checks');
    const md = renderWorksheetMarkdown(buildWorksheet('a.intervention.yaml', text, result));
    assert.match(md, /— klein; significant; duiding door de auteurs: De auteurs noemen dit effect middelmatig\./);
  });

  it('lists placeholder values as still to fill in, not as written text', () => {
    const text = completeSample().replace(/^ {2}main: .*$/m, '  main: "TODO: vul in (hoofddoel)"').replace(/^ {2}organisation: .*$/m, '  organisation: "<organisatie>"');
    const sheet = buildWorksheet('a.intervention.yaml', text, validate(text, { today: TODAY }));
    assert.deepEqual(sheet.missing.map((m) => m.path), ['owner.organisation', 'goals.main']);
    const md = renderWorksheetMarkdown(sheet);
    assert.doesNotMatch(md, /TODO: vul in|<organisatie>/);
    assert.match(md, /\[ONTBREEKT: hoofddoel \(goals\.main\)\]/);
  });

  describe('complete samples: every chapter, no placeholder', () => {
    for (const name of COMPLETE_SAMPLES) {
      it(`${name} as Markdown`, async () => {
        const run = await runCli(['export', `samples/complete/${name}`]);
        assert.equal(run.code, 0, run.stderr);
        assertInOrder(run.stdout, CHAPTER_HEADINGS, (h) => new RegExp(`^## ${escapeRegExp(h)}$`, 'm'));
        assert.match(run.stdout, /^# Werkblad beschrijving interventie: /m);
        assert.doesNotMatch(run.stdout, /ONTBREEKT/);
        assert.match(run.stdout, /Alle onderdelen van het werkblad zijn ingevuld\./);
        assert.match(run.stdout, /\*\*Geclaimd niveau:\*\* effectief volgens/);
        assert.match(run.stdout, /\*\*Niveau dat het bewijs ondersteunt:\*\* effectief volgens/);
        assert.match(run.stdout, /^_\d+ woorden; het werkblad vraagt hooguit één A4/m);
        assert.match(run.stdout, /^\| NL1 \| .* \| (RCT|quasi-experimenteel|herhaalde metingen|voor- en nameting met norm) \| \d+ \|/m, 'a Dutch study row');
        assert.match(run.stdout, /d = \d,\d+ — (verwaarloosbaar|klein|middelmatig|groot|zeer groot)/, 'an effect size with its class');
      });

      it(`${name} as HTML`, async () => {
        const run = await runCli(['export', `samples/complete/${name}`, '--format', 'html']);
        assert.equal(run.code, 0, run.stderr);
        const html = run.stdout;
        assertInOrder(html, CHAPTER_HEADINGS, (h) => new RegExp(`<h2>${escapeRegExp(h)}</h2>`));
        assert.doesNotMatch(html, /ONTBREEKT|class="missing"/);
        assert.match(html, /<html lang="nl">/);
        assert.match(html, /<table><caption>Nederlands effectonderzoek/);
        // Self-contained: no scripts, style sheets, images or frames to load.
        assert.doesNotMatch(html, /<script|<link|<img|<iframe|\bsrc=|url\(/i);
        assert.match(html, /Content-Security-Policy" content="default-src (&#39;|')none/);
      });
    }
  });

  describe('a databank draft: placeholders at the top and in place', () => {
    const sheet = worksheetOf(draftText(), DRAFT_PATH);

    it('the model lists the gaps in document order with their sections', () => {
      assert.ok(sheet.missing.length >= 10, `many gaps, got ${sheet.missing.length}`);
      assert.deepEqual(sheet.missing.map((m) => m.number), sheet.missing.map((_, i) => i + 1));
      const problem = sheet.missing.find((m) => m.path === 'rationale.problem');
      assert.ok(problem);
      assert.equal(placeholder(problem), PROBLEM);
      assert.equal(problem.section, '3.1 Probleemanalyse');
      assert.ok(sheet.missing.some((m) => m.path === 'targetGroup.contraIndications'));
      assert.ok(!sheet.missing.some((m) => m.path === 'research.dutchStudies'), 'no Dutch study is needed for well-founded');
      assert.deepEqual(sheet.chapters.map((c) => c.heading), [...CHAPTER_HEADINGS]);
    });

    it('Markdown: the list at the top with the levels, each placeholder in place', async () => {
      const run = await runCli(['export', DRAFT_PATH, '--format', 'md']);
      assert.equal(run.code, 0, run.stderr);
      const [top = '', body = ''] = run.stdout.split(/^## Colofon$/m);
      assert.ok(body.length > 0, 'has a Colofon chapter');
      assert.match(top, /\*\*Geclaimd niveau:\*\* goed onderbouwd \(well-founded\)/);
      assert.match(top, /\*\*Niveau dat het bewijs ondersteunt:\*\* geen \(nog niet goed onderbouwd\)/);
      assert.match(top, new RegExp(`\\*\\*Nog in te vullen \\(${sheet.missing.length}\\):\\*\\*`));
      for (const missing of sheet.missing) {
        assert.ok(top.includes(`- ${missingListItem(missing)}`), `listed at the top: ${missingListItem(missing)}`);
        assert.equal(count(body, placeholder(missing)), 1, `shown once in place: ${placeholder(missing)}`);
      }
      assert.equal(count(top, '[ONTBREEKT'), 0, 'the top list names the gaps, the placeholders are in place');
      // In place: the placeholder stands under its section heading.
      const section = /### 3\.1 Probleemanalyse\n\n(.*)\n/.exec(body);
      assert.equal(section?.[1], `**${PROBLEM}**`);
    });

    it('HTML: placeholders are marked and linked from the list at the top', async () => {
      const run = await runCli(['export', DRAFT_PATH, '--format', 'html']);
      assert.equal(run.code, 0, run.stderr);
      const html = run.stdout;
      assert.equal(count(html, '<mark class="missing"'), sheet.missing.length);
      assert.ok(html.includes(`<mark class="missing" id="ontbreekt-${sheet.missing.find((m) => m.path === 'rationale.problem')?.number}">${PROBLEM}</mark>`));
      for (const missing of sheet.missing) assert.ok(html.includes(`<a href="#ontbreekt-${missing.number}">`));
      assert.match(html, /mark\.missing \{[^}]*background/, 'placeholders are styled visibly');
    });

    it('a summary longer than one A4 is flagged in place and at the top', () => {
      const long = Array.from({ length: 650 }, (_, i) => `woord${i}`).join(' ');
      const text = completeSample().replace(/^summary: >-\n(  .*\n)+/m, `summary: ${long}\n`);
      const sheet = worksheetOf(text, 'a.intervention.yaml');
      assert.ok(sheet.status.notes.some((n) => n.includes('650 woorden, meer dan één A4')), sheet.status.notes.join('\n'));
      assert.ok(sheet.chapters[1]?.blocks.some((b) => b.kind === 'note' && b.text.startsWith('Let op: 650 woorden')));
    });

    it('names the DOCX after the id, else after the file', () => {
      assert.equal(defaultDocxName('vipp-sd', 'x/y.intervention.yaml'), 'vipp-sd-werkblad.docx');
      assert.equal(defaultDocxName(undefined, 'x/Mijn Interventie.intervention.yml'), 'mijn-interventie-werkblad.docx');
    });

    it('an effective claim without Dutch studies gets a placeholder for them', () => {
      const text = draftText().replace('claimed: well-founded', 'claimed: effective-first');
      const effective = worksheetOf(text, DRAFT_PATH);
      assert.ok(effective.missing.some((m) => m.path === 'research.dutchStudies' && m.section === '4.2 Effectonderzoek'));
    });
  });

  describe('DOCX, read back with mammoth', () => {
    it('a complete sample: default file name, chapter headings as h1, sections as h2, the study tables', async () => {
      const dir = makeWorkspace({ 'sk.intervention.yaml': completeSample('voorbeeld-samen-kijken.intervention.yaml') });
      const run = await runCli(['export', 'sk.intervention.yaml', '--format', 'docx'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, '', 'DOCX never goes to standard output');
      const path = join(dir, 'voorbeeld-samen-kijken-werkblad.docx');
      assert.ok(existsSync(path), run.stderr);
      assert.match(run.stderr, /wrote voorbeeld-samen-kijken-werkblad\.docx \(0 placeholders/);
      const html = await docxAsHtml(path);
      assertInOrder(html, CHAPTER_HEADINGS, (h) => new RegExp(`<h1>${escapeRegExp(h)}</h1>`));
      for (const section of ['1.1 Doelgroep', '2.4 Randvoorwaarden', '3.1 Probleemanalyse', '4.1 Onderzoek naar de uitvoering', '4.2 Effectonderzoek']) {
        assert.ok(html.includes(`<h2>${section}</h2>`), section);
      }
      const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      assert.equal(tables.length, 2, 'a Dutch and an international study table');
      const dutch = tables[0] ?? '';
      assert.match(dutch, /<p><strong>Nr\.<\/strong><\/p>/);
      assert.match(dutch, /<td><p>NL1<\/p><\/td>/);
      assert.match(dutch, /<td><p>RCT<\/p><\/td><td><p>184<\/p><\/td><td><p>6<\/p><\/td>/);
      assert.match(dutch, /Ainsworth-schaal voor sensitiviteit \(observatie\) \(sensitiviteit\): d = 0,44 — klein; significant/);
      assert.doesNotMatch(html, /ONTBREEKT/);
      assert.deepEqual(marked(html), []);
    });

    it('a databank draft: every placeholder is there, highlighted', async () => {
      const dir = makeWorkspace({ [DRAFT]: draftText() });
      const run = await runCli(['export', DRAFT, '--format', 'docx', '--output', 'werkblad.docx'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      const html = await docxAsHtml(join(dir, 'werkblad.docx'));
      const sheet = worksheetOf(draftText(), DRAFT);
      const highlighted = marked(html);
      for (const missing of sheet.missing) {
        assert.ok(highlighted.includes(placeholder(missing)), `highlighted in place: ${placeholder(missing)}`);
        assert.ok(highlighted.includes(missingListItem(missing)), `highlighted in the list at the top: ${missingListItem(missing)}`);
      }
      assert.match(html, /<h1>Stand van zaken<\/h1>[\s\S]*Geclaimd niveau: <\/strong>goed onderbouwd \(well-founded\)[\s\S]*<h1>Colofon<\/h1>/);
      assert.match(html, /<h2>3\.1 Probleemanalyse<\/h2><p>(<strong>|<mark>)+\[ONTBREEKT: probleemanalyse \(rationale\.problem\)\](<\/strong>|<\/mark>)+<\/p>/);
    });
  });

  describe('usage errors (exit 2)', () => {
    it('no file, a missing file, an unknown format, two formats', async () => {
      assert.equal((await runCli(['export'])).code, 2);
      assert.equal((await runCli(['export', 'nope.intervention.yaml'])).code, 2);
      assert.equal((await runCli(['export', DRAFT_PATH, '--format', 'pdf'])).code, 2);
      assert.equal((await runCli(['export', DRAFT_PATH, '--format', 'md', '--format', 'html'])).code, 2);
    });

    it('a file that is not a description says why', async () => {
      const dir = makeWorkspace({ 'bad.intervention.yaml': 'format: intervention/v1\nid: [unclosed\n' });
      const run = await runCli(['export', 'bad.intervention.yaml'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /Cannot export bad\.intervention\.yaml: /);
      assert.match(run.stderr, /intervention-lint check bad\.intervention\.yaml/);
    });
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../server/src/core';
import { loadConfig } from '../../server/src/cli/config-loader';
import { csvField } from '../../server/src/export';
import { ROOT, SAMPLES } from '../support/paths';
import { runCli } from '../support/run-cli';
import { COMPLETE_SAMPLES, completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const COLUMNS = ['file', 'id', 'name', 'category', 'claimed', 'supported', 'errors', 'warnings', 'infos'] as const;
const ROWS = 22;

/**
 * A small RFC 4180 parser: records end with CRLF (a bare LF is accepted too), fields may be quoted,
 * `""` inside quotes is one quote, and quoted fields may hold commas and line breaks.
 */
function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') {
      assert.equal(field, '', `a quote may only open a field (offset ${i})`);
      quoted = true;
    } else if (c === delimiter) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else if (c === '\n') {
      endField();
      records.push(record);
      record = [];
    } else field += c;
    i++;
  }
  assert.equal(quoted, false, 'no unterminated quoted field');
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

type Row = Record<(typeof COLUMNS)[number], string>;

function csvRows(text: string, delimiter = ','): Row[] {
  const [header, ...records] = parseCsv(text, delimiter);
  assert.deepEqual(header, COLUMNS);
  return records.map((record) => {
    assert.equal(record.length, COLUMNS.length, `row ${record.join(',')}`);
    return Object.fromEntries(COLUMNS.map((c, i) => [c, record[i] ?? ''])) as Row;
  });
}

describe('intervention-lint summary', () => {
  it('CSV for samples/: 22 rows per RFC 4180, sorted by file, levels as validate() computes them', async () => {
    const run = await runCli(['summary', 'samples', '--format', 'csv']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.endsWith('\r\n'), 'records end with CRLF');
    assert.doesNotMatch(run.stdout.replace(/\r\n/g, ''), /\n/, 'no bare line feeds outside quoted fields');
    const rows = csvRows(run.stdout);
    assert.equal(rows.length, ROWS);
    const files = rows.map((r) => r.file);
    assert.deepEqual(files, [...files].sort((a, b) => a.localeCompare(b)));
    for (const row of rows) {
      assert.match(row.file, /^samples\/(complete|databank)\/[a-z0-9-]+\.intervention\.yaml$/);
      for (const n of ['errors', 'warnings', 'infos'] as const) assert.match(row[n], /^\d+$/);
    }

    const { config } = await loadConfig(ROOT, undefined);
    for (const name of COMPLETE_SAMPLES) {
      const row = rows.find((r) => r.file === `samples/complete/${name}`);
      assert.ok(row, name);
      const result = validate(completeSample(name), { config });
      assert.equal(row.supported, result.assessment?.supported);
      assert.equal(row.claimed, result.assessment?.claimed);
      assert.equal(row.id, result.description?.id);
      assert.equal(row.name, result.description?.name);
      assert.equal(row.category, result.description?.category);
      assert.deepEqual([row.errors, row.warnings, row.infos], ['0', '0', '0']);
    }
    const houvast = rows.find((r) => r.file === 'samples/databank/houvast.intervention.yaml');
    assert.deepEqual(houvast && [houvast.claimed, houvast.supported, houvast.errors, houvast.warnings, houvast.infos], ['well-founded', 'none', '3', '5', '0']);
  });

  it('text, md and html for samples/: one row per description', async () => {
    const text = await runCli(['summary', 'samples']);
    assert.equal(text.code, 0, text.stderr);
    const lines = text.stdout.split('\n');
    assert.match(lines[0] ?? '', /^File\s+Id\s+Name\s+Category\s+Claimed\s+Supported\s+Errors\s+Warnings\s+Infos$/);
    assert.equal(lines.filter((l) => /^samples\/\S+\.intervention\.yaml\s/.test(l)).length, ROWS);
    assert.match(text.stdout, /^22 descriptions: \d+ errors, \d+ warnings, \d+ infos; the evidence supports the claimed level in 3 of 22\.$/m);

    const md = await runCli(['summary', 'samples', '--format', 'md', '--language', 'nl']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^\| Bestand \| Id \| Naam \| Categorie \| Geclaimd \| Ondersteund \| Fouten \| Waarschuwingen \| Info \|$/m);
    assert.equal(md.stdout.split('\n').filter((l) => l.startsWith('| samples/')).length, ROWS);

    const dir = makeWorkspace({});
    const html = await runCli(['summary', join(ROOT, 'samples'), '--format', 'html', '--output', 'overzicht.html'], { cwd: dir });
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, '');
    const page = readFileSync(join(dir, 'overzicht.html'), 'utf8');
    const body = /<tbody>([\s\S]*)<\/tbody>/.exec(page)?.[1] ?? '';
    assert.equal((body.match(/<tr>/g) ?? []).length, ROWS);
    assert.doesNotMatch(page, /<script|<link|\bsrc=/i);
    assert.match(page, /<td class="gap">none \(not yet well-founded\)<\/td>/, 'a claim the evidence does not support is marked, by name');
    assert.match(page, /<td>sensitivity and attachment<\/td>/, 'categories by name');
    assert.doesNotMatch(body, /<td[^>]*>(?:effective-first|effective-good|effective-strong|maltreatment-prevention|parenting-support)<\/td>/, 'no enum ids');
    assert.match(body, /<td>effective, (?:first|good|strong) indications<\/td>/);
    const dutch = await runCli(['summary', join(ROOT, 'samples'), '--format', 'html', '--language', 'nl'], { cwd: dir });
    assert.match(dutch.stdout, /<td>voorkomen van kindermishandeling<\/td>/);
    assert.match(dutch.stdout, /<td>goed onderbouwd<\/td>/);
    assert.match(dutch.stdout, /<td class="gap">geen \(nog niet goed onderbouwd\)<\/td>/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--csv-delimiter ";" and --bom: a file Dutch Excel opens in columns, with the same values', async () => {
    const name = 'Samen; sterk';
    const dir = makeWorkspace({ 'a.intervention.yaml': completeSample().replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`) });
    try {
      const plain = await runCli(['summary', '--format', 'csv'], { cwd: dir });
      const run = await runCli(['summary', '--format', 'csv', '--csv-delimiter', ';', '--bom'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.startsWith('\uFEFFfile;id;name;'), JSON.stringify(run.stdout.slice(0, 20)));
      const rows = csvRows(run.stdout.slice(1), ';');
      assert.deepEqual(rows, csvRows(plain.stdout));
      assert.equal(rows[0]?.name, name);
      assert.match(run.stdout, /;"Samen; sterk";/);
      const tab = await runCli(['summary', '--format', 'csv', '--csv-delimiter', 'tab'], { cwd: dir });
      assert.deepEqual(csvRows(tab.stdout, '\t'), rows);
      for (const bad of [['--csv-delimiter', 'x'], ['--csv-delimiter', ';', '--format', 'md'], ['--bom']]) {
        const refused = await runCli(['summary', ...(bad.includes('--format') ? [] : ['--format', bad[0] === '--bom' ? 'text' : 'csv']), ...bad], { cwd: dir });
        assert.equal(refused.code, 2, `${bad.join(' ')}: ${refused.stderr}`);
        assert.match(refused.stderr, /--csv-delimiter/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('neutralises values a spreadsheet would run as a formula (OWASP CSV injection)', async () => {
    for (const [value, written] of [
      ['=HYPERLINK("http://x.invalid","y")', `"'=HYPERLINK(""http://x.invalid"",""y"")"`],
      ['+31 6 1234', `"'+31 6 1234"`],
      ['-2+3', `"'-2+3"`],
      ['@SUM(A1)', `"'@SUM(A1)"`],
      ['\tcmd', `"'\tcmd"`],
      ['\rcmd', `"'\rcmd"`],
      ['Samen 2 = 1', 'Samen 2 = 1'],
    ] as const) {
      assert.equal(csvField(value), written, value);
    }
    const dir = makeWorkspace({ '=cmd.intervention.yaml': completeSample().replace(/^name: .*$/m, 'name: "=1+2"') });
    try {
      const run = await runCli(['summary', '--format', 'csv', '--csv-delimiter', ';'], { cwd: dir });
      const rows = csvRows(run.stdout, ';');
      assert.equal(rows[0]?.file, "'=cmd.intervention.yaml");
      assert.equal(rows[0]?.name, "'=1+2");
      assert.ok(!/(^|[;\n])[=+\-@]/.test(run.stdout), 'no field starts with a formula character');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes fields with a comma, a quote or a line break, and parses back to the same values', async () => {
    const name = 'Samen, "sterk"\nen veilig';
    const text = completeSample().replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`);
    const dir = makeWorkspace({ 'a.intervention.yaml': text });
    const run = await runCli(['summary', '--format', 'csv'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.includes('"Samen, ""sterk""\nen veilig"'));
    assert.equal(csvRows(run.stdout)[0]?.name, name);
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
  });

  it('counts cross-file findings (duplicate-id) as check does', async () => {
    const text = completeSample();
    const dir = makeWorkspace({ 'a.intervention.yaml': text, 'b.intervention.yaml': text, 'c.intervention.yaml': text.replace(/^id: .*$/m, 'id: other-id') });
    const run = await runCli(['summary', '--format', 'csv'], { cwd: dir });
    assert.equal(run.code, 0, 'an overview, not a gate');
    const rows = csvRows(run.stdout);
    assert.deepEqual(rows.map((r) => `${r.file}:${r.errors}`), ['a.intervention.yaml:1', 'b.intervention.yaml:1', 'c.intervention.yaml:0']);
  });

  it('uses the config of check (--config)', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': readFileSync(join(SAMPLES, 'databank', 'houvast.intervention.yaml'), 'utf8'), 'strict.yaml': 'rules:\n  missing-needs-assessment: error\n' });
    const plain = csvRows((await runCli(['summary', '--format', 'csv'], { cwd: dir })).stdout)[0];
    const strict = csvRows((await runCli(['summary', '--format', 'csv', '--config', 'strict.yaml'], { cwd: dir })).stdout)[0];
    // missing-needs-assessment is a warning here (risk families, spec §3); the config makes it an error.
    assert.deepEqual([plain?.errors, plain?.warnings], ['3', '5']);
    assert.deepEqual([strict?.errors, strict?.warnings], ['4', '4']);
  });

  it('exit 2 on usage errors and unreadable files', async () => {
    assert.equal((await runCli(['summary', 'samples', '--format', 'pdf'])).code, 2);
    assert.equal((await runCli(['summary', 'samples', '--format', 'csv', '--format', 'md'])).code, 2);
    assert.equal((await runCli(['summary'], { cwd: makeWorkspace({}) })).code, 2, 'no files');
    const missing = await runCli(['summary', 'samples/complete', 'nope.intervention.yaml', '--format', 'csv']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nope\.intervention\.yaml: file not found/);
    assert.equal(csvRows(missing.stdout).length, 4, 'the overview is still written');
  });
});

/**
 * The Word export as people see it: each sample's docx is rendered by LibreOffice (headless, with
 * Carlito, Calibri's metric twin) to PDF, and every word of every table cell must come out whole on
 * one line; the first page with a table is also written as PNG next to the PDF, for a person to look
 * at while the test runs (kept only with IL_KEEP_RENDER=1). Part of `npm run test:full`.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../server/src/core';
import { buildWorksheet, type Block } from '../../server/src/export';
import { renderWorksheetDocx } from '../../server/src/export/docx';
import { SAMPLES, TODAY } from '../support/paths';
import { makeWorkspace } from '../support/workspace';

/** Every sample with at least one study table. */
function samplesWithTables(): { name: string; text: string }[] {
  return ['complete', 'databank']
    .flatMap((folder) => readdirSync(join(SAMPLES, folder)).filter((f) => f.endsWith('.intervention.yaml')).map((f) => join(folder, f)))
    .map((name) => ({ name, text: readFileSync(join(SAMPLES, name), 'utf8') }));
}

function tableWords(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [...b.headers, ...b.rows.flat(2)] : [])).flatMap((text) => text.split(/\s+/)).filter((w) => [...w].length >= 4);
}

describe('docx export rendered by LibreOffice: no word in a table breaks mid-word', function () {
  this.timeout(600_000);
  const dir = makeWorkspace({});
  after(() => {
    if (process.env['IL_KEEP_RENDER'] !== '1') rmSync(dir, { recursive: true, force: true });
    else console.log(`    rendered pages kept in ${dir}`);
  });

  it('every sample with study tables', async () => {
    let checked = 0;
    for (const { name, text } of samplesWithTables()) {
      const result = validate(text, { today: TODAY });
      if (result.description === undefined) continue;
      const sheet = buildWorksheet(name, text, result);
      const words = sheet.chapters.flatMap((c) => [...tableWords(c.blocks), ...c.sections.flatMap((s) => tableWords(s.blocks))]);
      if (words.length === 0) continue;
      const stem = name.replace(/[/\\]/g, '-').replace(/\.intervention\.yaml$/, '');
      writeFileSync(join(dir, `${stem}.docx`), await renderWorksheetDocx(sheet));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, `${stem}.docx`)], { stdio: 'pipe', timeout: 120_000 });
      const pdf = join(dir, `${stem}.pdf`);
      const rendered = new Set(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split(/\s+/));
      // A line may break after a hyphen (`video-` / `feedback`), as Word also does; never inside letters.
      const whole = (word: string): boolean => rendered.has(word) || (word.includes('-') && word.split(/(?<=-)/).every((piece) => rendered.has(piece)));
      const broken = [...new Set(words)].filter((word) => !whole(word));
      assert.deepEqual(broken, [], `${name}: words broken across lines in the rendered tables`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(dir, stem)], { stdio: 'pipe' });
      checked++;
    }
    assert.ok(checked >= 3, `only ${checked} samples had study tables`);
  });
});

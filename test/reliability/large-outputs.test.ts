/**
 * Case 7 of the hardening issue: reports, exports and the HTML formatter on huge but legal
 * descriptions finish with bounded output and say where a limit applied, instead of an internal error.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { manyFindingsText, manyReferencesText } from '../support/hostile-texts';
import { runCli } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';
import { figure, scaled } from '../support/scale';

/** Sizes of the full run; the default suite's are still far beyond every limit (500 rows, 1,000 findings). */
const OUTCOMES = 450;
const STUDIES = scaled(200, 40);
const REFERENCES = scaled(150_000, 15_000);

describe('outputs on huge legal inputs are bounded and say so', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = makeWorkspace({ 'many.intervention.yaml': manyFindingsText(OUTCOMES, STUDIES), 'refs.intervention.yaml': manyReferencesText(REFERENCES) })));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const clean = (stderr: string): void => assert.doesNotMatch(stderr, /internal error|^\s+at /m);

  for (const format of ['md', 'html'] as const) {
    it(`report --format ${format} on ${figure(OUTCOMES * STUDIES)} effects lists the first rows and says how many are left out`, async () => {
      const run = await runCli(['report', 'many.intervention.yaml', '--format', format], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      clean(run.stderr);
      assert.ok(run.stdout.length < 2_000_000, `${run.stdout.length} characters`);
      assert.match(run.stdout, new RegExp(`${OUTCOMES * STUDIES - 500} more rows are not shown: a report lists at most 500`));
      assert.match(run.stdout, /more findings are not shown/);
    });
  }

  it(`export md on ${figure(REFERENCES)} references lists the first 500 and says how many more there are`, async () => {
    const run = await runCli(['export', 'refs.intervention.yaml', '--format', 'md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    clean(run.stderr);
    assert.match(run.stdout, new RegExp(`… en nog ${REFERENCES - 500} \\(niet getoond: het werkblad toont er hoogstens 500`));
    assert.ok(run.stdout.length < 1_000_000, `${run.stdout.length} characters`);
  });

  it('export docx of both files is written, bounded', async () => {
    for (const file of ['refs', 'many']) {
      const run = await runCli(['export', `${file}.intervention.yaml`, '--format', 'docx', '--output', `${file}.docx`], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      clean(run.stderr);
      assert.ok(statSync(join(dir, `${file}.docx`)).size < 1_000_000);
    }
  });

  it('--format html on a folder with a huge-findings file is one bounded page', async () => {
    const run = await runCli(['--format', 'html', '--output', 'findings.html', '.'], { cwd: dir });
    assert.notEqual(run.code, 2, run.stderr);
    clean(run.stderr);
    const html = readFileSync(join(dir, 'findings.html'), 'utf8');
    assert.ok(html.length < 2_000_000, `${html.length} characters`);
    assert.match(html, /more findings are not shown/);
  });
});

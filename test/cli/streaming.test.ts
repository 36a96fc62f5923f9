import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { checkAcrossFiles, checkAll, type FileReport } from '../../server/src/cli/check';
import { resolveTargets } from '../../server/src/cli/files';
import { STREAMS } from '../../server/src/cli/formatters';
import { locatedFindings } from '../../server/src/cli/formatters/located';
import { FULL } from '../support/scale';
import { runCli } from '../support/run-cli';
import { ROOT, SAMPLES, TODAY } from '../support/paths';
import { makeWorkspace } from '../support/workspace';

const context = { cwd: ROOT, colour: false, language: 'en' as const, version: '0.0.0', docsUrl: 'https://example.org/rules/' };

/** A format's output written report by report, as the CLI writes it. */
function streamed(format: string, reports: readonly FileReport[]): { chunks: string[]; text: string } {
  const stream = STREAMS[format]!(context);
  const chunks = [...reports.map((r) => stream.file(r)), stream.end()];
  return { chunks, text: chunks.join('') };
}

/** The samples, copied three times over (so that ids are shared and `duplicate-id` fires across files). */
function corpus(): string {
  const files: Record<string, string> = {};
  for (const folder of ['databank', 'complete']) {
    for (const name of readdirSync(join(SAMPLES, folder)).filter((n) => n.endsWith('.intervention.yaml'))) {
      const text = readFileSync(join(SAMPLES, folder, name), 'utf8');
      for (const copy of ['a', 'b', 'c']) files[`${copy}/${folder}-${name}`] = copy === 'c' ? text.replace(/^id: (.*)$/m, 'id: $1-c') : text;
    }
  }
  files['broken.intervention.yaml'] = 'id: [unclosed\n';
  return makeWorkspace(files);
}

describe('the CLI writes its output report by report', () => {
  let reports: FileReport[] = [];
  before(async () => {
    const targets = await resolveTargets(ROOT, ['samples'], DEFAULT_CONFIG.files);
    reports = await checkAll(targets, DEFAULT_CONFIG, TODAY, { keepText: false });
    assert.ok(reports.some((r) => r.findings.length > 0) && reports.some((r) => r.findings.length === 0), 'files with and without findings');
  });

  for (const format of ['json', 'gitlab', 'sarif']) {
    it(`${format}: the streamed text is exactly JSON.stringify(…, null, 2) of its content, also with no findings`, () => {
      for (const set of [reports, reports.filter((r) => r.findings.length === 0), []]) {
        const { text } = streamed(format, set);
        assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, `${format}, ${set.length} reports`);
      }
    });
  }

  it('json: every finding in file order, with 1-based positions', () => {
    const items = JSON.parse(streamed('json', reports).text) as { file: string; ruleId: string; range: unknown }[];
    const expected = locatedFindings(reports).map((f) => ({ file: f.file, ruleId: f.ruleId, severity: f.severity, message: f.message, range: { start: f.start, end: f.end } }));
    assert.ok(expected.length > 10);
    assert.deepEqual(items, expected);
  });

  it('sarif: the results follow the findings, and the log around them is the log of a run without findings', () => {
    const log = JSON.parse(streamed('sarif', reports).text) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((r) => r.ruleId), locatedFindings(reports).map((f) => f.ruleId));
    const empty = JSON.parse(streamed('sarif', []).text) as { runs: { results: unknown[] }[] };
    assert.deepEqual({ ...log, runs: [{ ...log.runs[0], results: [] }] }, empty);
  });

  it('text and github: each file is written when it comes, the summary at the end', () => {
    for (const format of ['text', 'github']) {
      const { chunks } = streamed(format, reports);
      reports.forEach((report, i) => {
        const chunk = chunks[i]!;
        if (report.findings.length === 0) assert.equal(chunk, '', `${format}: nothing for a clean file`);
        else {
          assert.ok(chunk.includes(report.target.display), `${format}: ${report.target.display} in its own chunk`);
          assert.equal(chunk.split('\n').filter((l) => /(error|warning|notice|info)/.test(l)).length >= report.findings.length, true);
        }
      });
      assert.match(chunks.at(-1)!, /^✖ \d+ problems .* in \d+ files of \d+ checked\n$/m, `${format}: the summary comes last`);
    }
  });

  it('junit and html collect the reports and write everything at the end', () => {
    for (const format of ['junit', 'html']) {
      const { chunks } = streamed(format, reports);
      assert.deepEqual(chunks.slice(0, -1).filter((c) => c !== ''), [], format);
      assert.ok(chunks.at(-1)!.length > 1000, format);
    }
  });

  it('lean reports keep no text, no fixes and line starts only for files with findings', async () => {
    const targets = await resolveTargets(ROOT, ['samples'], DEFAULT_CONFIG.files);
    const full = await checkAll(targets, DEFAULT_CONFIG, TODAY);
    assert.ok(full.some((r) => r.findings.some((f) => f.fixes.length > 0)), 'the samples have fixable findings');
    for (const [i, lean] of reports.entries()) {
      assert.equal(lean.text, undefined);
      assert.ok(lean.findings.every((f) => f.fixes.length === 0));
      if (lean.findings.length === 0) assert.equal(lean.lines, undefined, lean.target.display);
      else assert.ok(lean.lines!.lineStarts.length <= full[i]!.lines!.lineStarts.length);
    }
    const merged = await checkAcrossFiles(reports, DEFAULT_CONFIG, TODAY, false);
    assert.ok(merged.every((r) => r.text === undefined));
  });
});

describe('--workers: batches from one queue give the output of one process', function () {
  this.timeout(120_000);
  // Three threads only in the full suite: two already split the queue between threads.
  const counts = FULL ? ['2', '3'] : ['2'];
  for (const format of ['json', 'text', 'sarif', 'junit']) {
    it(`${format}: --workers ${counts.join(' and ')} print${counts.length === 1 ? 's' : ''} what --workers 0 prints (70 files, shared ids, a broken file)`, async () => {
      const dir = corpus();
      const one = await runCli(['check', '.', '--workers', '0', '--format', format], { cwd: dir });
      assert.equal(one.code, 1, one.stderr);
      assert.match(one.stdout, /duplicate-id/);
      for (const workers of counts) {
        const many = await runCli(['check', '.', '--workers', workers, '--format', format], { cwd: dir });
        assert.equal(many.code, one.code, many.stderr);
        assert.equal(many.stdout, one.stdout, `--workers ${workers}`);
      }
    });
  }
});

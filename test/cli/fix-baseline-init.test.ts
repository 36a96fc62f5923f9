import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, DEFAULT_CONFIG, lineColumn, safeFixEdits, validate } from '../../server/src/core';
import { fixText } from '../../server/src/cli/fix';
import { descriptionTemplate as template } from '../../server/src/core';
import { CATEGORIES } from '../../server/src/core/model';
import { loadFixtures } from '../support/fixtures';
import { SAMPLES, TODAY } from '../support/paths';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const broken = completeSample()
  .replace(/^format: .*$/m, "format: 'intervention/v0' # keep this comment")
  .replace(/label: small/, 'label: groot');

function descriptionFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.intervention\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

describe('--fix and --fix-dry-run', () => {
  it('fixes safe findings in place, keeping comments, quoting and CRLF line ends', async () => {
    const crlf = broken.replace(/\n/g, '\r\n');
    const dir = makeWorkspace({ 'a.intervention.yaml': crlf });
    const run = await runCli(['--fix'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const fixed = readFileSync(join(dir, 'a.intervention.yaml'), 'utf8');
    assert.match(fixed, /^format: 'intervention\/v1' # keep this comment\r$/m);
    assert.match(fixed, /label: klein\r$/m);
    assert.equal(fixed.replace(/label: klein/, 'label: groot').replace("'intervention/v1'", "'intervention/v0'"), crlf, 'nothing else changed');
    const again = await runCli(['--fix'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.equal(readFileSync(join(dir, 'a.intervention.yaml'), 'utf8'), fixed, 'a second --fix changes nothing');
  });

  it('keeps a byte order mark', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': `\uFEFF${broken}` });
    await runCli(['--fix'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'a.intervention.yaml'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': broken });
    const run = await runCli(['--fix-dry-run'], { cwd: dir });
    assert.match(run.stdout, /^--- a\/a\.intervention\.yaml/m);
    assert.match(run.stdout, /^-format: 'intervention\/v0' # keep this comment$/m);
    assert.match(run.stdout, /^\+format: 'intervention\/v1' # keep this comment$/m);
    assert.equal(readFileSync(join(dir, 'a.intervention.yaml'), 'utf8'), broken);
  });

  it('over every sample and fixture: idempotent, and only the edited lines change', () => {
    const files = [
      ...descriptionFiles(SAMPLES).map((file) => ({ file, text: readFileSync(file, 'utf8') })),
      ...loadFixtures().map((f) => ({ file: f.source, text: f.text })),
    ];
    assert.ok(files.length > 20);
    for (const { file, text } of files) {
      const once = fixText(text, DEFAULT_CONFIG, TODAY).text;
      assert.equal(fixText(once, DEFAULT_CONFIG, TODAY).text, once, `${file}: not idempotent`);
      const edits = safeFixEdits(validate(text, { today: TODAY }).findings);
      const { text: single } = applyEdits(text, edits);
      const touched = new Set<number>();
      for (const edit of edits) {
        const first = text.slice(0, edit.start).split('\n').length - 1;
        const last = text.slice(0, edit.end).split('\n').length - 1;
        for (let line = first; line <= last; line++) touched.add(line);
      }
      const before = text.split('\n');
      const after = single.split('\n');
      if (edits.every((e) => !e.text.includes('\n') && !text.slice(e.start, e.end).includes('\n'))) {
        assert.equal(after.length, before.length, file);
        before.forEach((line, i) => {
          if (!touched.has(i)) assert.equal(after[i], line, `${file}:${i + 1} changed outside an edit`);
        });
      }
    }
  });
});

describe('baseline', () => {
  const withFindings = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40').replace(/^id: .*$/m, 'id: Bad_Id');

  it('accepts recorded findings even after lines were inserted above them', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': withFindings });
    const update = await runCli(['--update-baseline', 'baseline.json'], { cwd: dir });
    assert.equal(update.code, 0, update.stderr);
    assert.match(update.stderr, /records 2 finding/);
    assert.equal((await runCli(['--baseline', 'baseline.json', '--fail-on', 'warning'], { cwd: dir })).code, 0);
    writeFileSync(join(dir, 'a.intervention.yaml'), `# a new comment\n# and another\n${withFindings}`);
    const moved = await runCli(['--baseline', 'baseline.json', '--fail-on', 'warning'], { cwd: dir });
    assert.equal(moved.code, 0, moved.stdout + moved.stderr);
  });

  it('records every finding and fails only on new ones', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': withFindings });
    await runCli(['--update-baseline', 'baseline.json', '--fail-on', 'info'], { cwd: dir });
    const entries = (JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { entries: { ruleId: string }[] }).entries;
    assert.deepEqual(entries.map((e) => e.ruleId).sort(), ['schema', 'sessions-outside-effective-range']);
    writeFileSync(join(dir, 'a.intervention.yaml'), `# moved down\n\n${withFindings}`);
    const same = await runCli(['--baseline', 'baseline.json', '--fail-on', 'info'], { cwd: dir });
    assert.equal(same.code, 0, same.stdout + same.stderr);
    writeFileSync(join(dir, 'a.intervention.yaml'), withFindings.replace(/^id: .*$/m, 'id: good-id').replace(/^category: sensitivity$/m, 'category: sensitivty'));
    const fresh = await runCli(['--baseline', 'baseline.json'], { cwd: dir });
    assert.equal(fresh.code, 1);
    assert.match(fresh.stderr, /stale baseline entry: a\.intervention\.yaml schema at id/);
  });

  it('a broken baseline file is a usage error', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': withFindings, 'b.json': '{ not json' });
    const run = await runCli(['--baseline', 'b.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not valid JSON/);
  });
});

/** 1-based lines of the template that hold a placeholder value (not the header comment). */
function placeholderLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (/^[^#]*"TODO: /.test(line) ? [index + 1] : []));
}

/** The template with every placeholder replaced by real text, as an author would. */
function filledIn(text: string): string {
  return text.replace(/"TODO: (?:vul in|fill in) \(([^)"]*)\)"/g, (_, what: string) => JSON.stringify(`Beschreven: ${what}`));
}

describe('init', () => {
  for (const category of CATEGORIES) {
    it(`the ${category} template reports placeholder-text on every placeholder and nothing else`, () => {
      for (const language of ['nl', 'en'] as const) {
        const text = template('Samen Sterk & Zo', category, language);
        const result = validate(text, { today: TODAY });
        const lines = result.findings.map((f) => `${lineColumn(result.lineCounter, f.range.start).line}:${f.ruleId}`);
        const expected = placeholderLines(text).map((line) => `${line}:placeholder-text`);
        assert.ok(expected.length >= 10, `${category}/${language}: only ${expected.length} placeholders`);
        assert.deepEqual(lines, expected);
        assert.equal(result.assessment?.supported, 'none', 'an untouched template does not support its claimed level');
      }
    });

    it(`the ${category} template, filled in, has no findings`, () => {
      for (const language of ['nl', 'en'] as const) {
        const filled = filledIn(template('Samen Sterk & Zo', category, language));
        assert.doesNotMatch(filled.replace(/^#.*$/gm, ''), /TODO/);
        assert.deepEqual(validate(filled, { today: TODAY }).findings.map((f) => `${f.ruleId}: ${f.message}`), []);
      }
    });
  }

  it('writes NAME.intervention.yaml, which fails with placeholder-text until filled in, and refuses to overwrite it', async () => {
    const dir = makeWorkspace({});
    const run = await runCli(['init', 'Samen Sterk', '--category', 'sensitivity'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'samen-sterk.intervention.yaml');
    const file = join(dir, 'samen-sterk.intervention.yaml');
    const written = readFileSync(file, 'utf8');

    const untouched = await runCli(['--format', 'json'], { cwd: dir });
    assert.equal(untouched.code, 1, untouched.stderr);
    const findings = JSON.parse(untouched.stdout) as JsonFinding[];
    assert.deepEqual(findings.map((f) => `${f.range.start.line}:${f.ruleId}`), placeholderLines(written).map((line) => `${line}:placeholder-text`));

    writeFileSync(file, filledIn(written));
    const filled = await runCli([], { cwd: dir });
    assert.equal(filled.code, 0, filled.stdout + filled.stderr);

    const again = await runCli(['init', 'Samen Sterk', '--category', 'sensitivity'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });

  it('asks for --category when not in a terminal', async () => {
    const run = await runCli(['init', 'X'], { cwd: makeWorkspace({}) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /needs --category/);
  });
});

describe('large runs', () => {
  it('worker threads and the cache give exactly the single-thread result', async () => {
    const files: Record<string, string> = {};
    const drafts = readdirSync(join(SAMPLES, 'databank')).filter((f) => f.endsWith('.intervention.yaml'));
    for (let i = 0; i < 60; i++) files[`d${i}.intervention.yaml`] = readFileSync(join(SAMPLES, 'databank', drafts[i % drafts.length]!), 'utf8');
    const dir = makeWorkspace(files);
    const single = await runCli(['--format', 'json', '--workers', '0'], { cwd: dir });
    const threaded = await runCli(['--format', 'json', '--workers', '2'], { cwd: dir });
    assert.equal(threaded.code, single.code);
    assert.equal(threaded.stdout, single.stdout);
    assert.ok((JSON.parse(single.stdout) as unknown[]).length > 100);
    const cold = await runCli(['--format', 'json', '--cache'], { cwd: dir });
    const warm = await runCli(['--format', 'json', '--cache'], { cwd: dir });
    assert.equal(cold.stdout, single.stdout);
    assert.equal(warm.stdout, single.stdout);
    writeFileSync(join(dir, 'd0.intervention.yaml'), completeSample());
    const changed = await runCli(['--format', 'json', '--cache'], { cwd: dir });
    assert.ok(!(JSON.parse(changed.stdout) as { file: string }[]).some((f) => f.file === 'd0.intervention.yaml'), 'a changed file is checked again');
  });
});

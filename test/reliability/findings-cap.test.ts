/** Case 1 and 6 of the hardening issue: one file cannot report without bound, nor crash the run. */
import { strict as assert } from 'node:assert';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, TOO_MANY_FINDINGS, validate } from '../../server/src/core';
import { manyFindingsText } from '../support/hostile-texts';
import { TODAY } from '../support/paths';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

describe('the findings cap (per file and per rule, in the core)', function () {
  this.timeout(60_000);
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('keeps at most the cap per rule and per file and closes with one finding that counts the rest', () => {
    const text = manyFindingsText(450, 200);
    const { findings } = validate(text, { today: TODAY });
    const closing = findings.filter((f) => f.ruleId === TOO_MANY_FINDINGS);
    assert.equal(closing.length, 1);
    assert.ok(findings.length <= MAX_FINDINGS_PER_FILE + 1, `${findings.length} findings`);
    const perRule = new Map<string, number>();
    for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    for (const [id, n] of perRule) assert.ok(n <= MAX_FINDINGS_PER_RULE, `${id}: ${n}`);
    // 450 outcomes × 200 studies for each of the two rules, less the 200 of each that are shown.
    const rest = 450 * 200 - MAX_FINDINGS_PER_RULE;
    assert.match(closing[0]!.message, new RegExp(`^\\d+ more findings are not shown \\(effect-size-label-mismatch: ${rest}, unvalidated-instrument: ${rest}[,)]`));
    const total = Number(/^(\d+)/.exec(closing[0]!.message)![1]);
    assert.ok(total >= 2 * rest);
    assert.equal(closing[0]!.severity, 'warning', 'as serious as the worst finding left out');
    const starts = findings.map((f) => f.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'still in position order');
  });

  it('gives the closing finding the severity of the worst finding it stands for', () => {
    const text = `format: intervention/v1\n${Array.from({ length: 300 }, (_, i) => `k${i}: 0`).join('\n')}\n`;
    const { findings } = validate(text, { today: TODAY });
    const closing = findings.find((f) => f.ruleId === TOO_MANY_FINDINGS);
    assert.ok(closing, 'closing finding');
    assert.equal(closing.severity, 'error');
    assert.match(closing.message, /schema: \d+/);
  });

  it('leaves a file under the cap alone', () => {
    const { findings } = validate(manyFindingsText(3, 2), { today: TODAY });
    assert.ok(findings.length > 0);
    assert.ok(!findings.some((f) => f.ruleId === TOO_MANY_FINDINGS));
  });

  it('the CLI reports the huge file, capped, and every other file, with exit 1 and no stack trace', async () => {
    dir = makeWorkspace({ 'many.intervention.yaml': manyFindingsText(450, 200), 'clean.intervention.yaml': completeSample(), 'bad.intervention.yaml': completeSample().replace('category: sensitivity', 'category: wrong') });
    const run = await runCli(['--format', 'json', '--format', 'sarif:out.sarif'], { cwd: dir });
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const many = findings.filter((f) => f.file === 'many.intervention.yaml');
    assert.equal(many.filter((f) => f.ruleId === TOO_MANY_FINDINGS).length, 1);
    assert.ok(many.length <= MAX_FINDINGS_PER_FILE + 1);
    assert.ok(findings.some((f) => f.file === 'bad.intervention.yaml' && f.ruleId === 'schema'), 'the other files are still checked');
    assert.ok(statSync(join(dir, 'out.sarif')).size < 3_000_000, 'the SARIF file is bounded too');
  });
});

describe('yaml-syntax-heavy input: bounded output and the time budget', function () {
  this.timeout(60_000);
  let dir: string | undefined;
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('95,000 duplicate keys give at most the cap as SARIF, and check-time-exceeded when over the budget', async () => {
    const text = `format: intervention/v1\n${Array.from({ length: 95_000 }, (_, i) => `k: ${i}`).join('\n')}\n`;
    dir = makeWorkspace({ 'dup.intervention.yaml': text, '.intervention-lint.yaml': 'limits:\n  timeBudgetMs: 1\n' });
    const run = await runCli(['--format', 'json', '--format', 'sarif:out.sarif'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['check-time-exceeded', TOO_MANY_FINDINGS, 'yaml-syntax']);
    assert.ok(findings.length <= MAX_FINDINGS_PER_FILE + 2);
    assert.ok(statSync(join(dir, 'out.sarif')).size < 1_000_000, `${statSync(join(dir, 'out.sarif')).size} bytes of SARIF`);
  });
});

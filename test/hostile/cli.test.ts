import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeSample } from '../support/samples';
import { HOSTILE_CASES, huge } from './generate';
import { AS_OTHER_USER, BUDGET, openUp, record, runCliMeasured } from './support';
import { tempDir } from '../support/workspace';

interface JsonFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly message: string;
}

describe('hostile input: the CLI on a folder reports every hostile file clearly and still checks the others', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = tempDir('il-hostile-cli-');
    for (const hostile of HOSTILE_CASES) writeFileSync(join(dir, hostile.file), hostile.content());
    writeFileSync(join(dir, 'huge.intervention.yaml'), huge());
    writeFileSync(join(dir, 'good.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: good').replace(/^ {2}sessions: .*$/m, '  sessions: 40'));
    // File-system traps: symlink loops (file and folder), a dangling link, an unreadable file, a FIFO.
    symlinkSync('loop-b.intervention.yaml', join(dir, 'loop-a.intervention.yaml'));
    symlinkSync('loop-a.intervention.yaml', join(dir, 'loop-b.intervention.yaml'));
    symlinkSync('nowhere.intervention.yaml', join(dir, 'dangling.intervention.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    writeFileSync(join(dir, 'sub', 'nested.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: nested'));
    writeFileSync(join(dir, 'secret.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: secret'));
    chmodSync(join(dir, 'secret.intervention.yaml'), 0o000);
    execFileSync('mkfifo', [join(dir, 'pipe.intervention.yaml')]);
    openUp(dir, join(dir, 'sub'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each hostile file its finding, the unreadable file an error, the good files their findings, within budget', async () => {
    const run = await runCliMeasured(['--format', 'json', '--workers', '0', '.'], { cwd: dir, ...AS_OTHER_USER });
    record({ name: 'CLI: folder with every hostile file', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}`, budgetMs: 3 * BUDGET.ms });
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const of = (file: string): JsonFinding[] => findings.filter((f) => f.file === file);
    for (const hostile of HOSTILE_CASES) {
      assert.ok(of(hostile.file).some((f) => f.ruleId === hostile.ruleId && hostile.message.test(f.message)), `${hostile.file}: ${JSON.stringify(of(hostile.file).slice(0, 3))}`);
    }
    assert.deepEqual(of('huge.intervention.yaml').map((f) => f.ruleId), ['document-too-large']);
    assert.deepEqual(of('good.intervention.yaml').map((f) => f.ruleId), ['sessions-outside-effective-range']);
    assert.deepEqual(of('sub/nested.intervention.yaml'), []);
    assert.equal(run.code, 2, 'an unreadable file makes the exit code 2');
    assert.match(run.stderr, /cannot read secret\.intervention\.yaml: permission denied/);
    // Links are not followed when searching a folder: no loop is entered, nothing is checked twice.
    assert.ok(!findings.some((f) => /loop-|dangling|sub\/up|pipe/.test(f.file)), 'a link or FIFO was followed');
    assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
  });

  it('a symlink loop, a dangling link and an endless device named explicitly: a clear error each', async () => {
    const run = await runCliMeasured(['--format', 'json', 'loop-a.intervention.yaml', 'dangling.intervention.yaml', '/dev/zero', 'good.intervention.yaml'], { cwd: dir });
    record({ name: 'CLI: symlink loop, dangling link, /dev/zero named', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read loop-a\.intervention\.yaml: symbolic link loop/);
    assert.match(run.stderr, /cannot read dangling\.intervention\.yaml: file not found/);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.match(run.stderr, /cannot read \S*dev\/zero: a device, not a regular file/);
    assert.ok(!findings.some((f) => f.file.endsWith('dev/zero')), 'a device is not read at all');
    assert.ok(findings.some((f) => f.file === 'good.intervention.yaml'), 'the other file is still checked');
  });

  it('the 50 MB file alone: document-too-large without reading it', async () => {
    const run = await runCliMeasured(['--format', 'json', 'huge.intervention.yaml'], { cwd: dir });
    record({ name: 'CLI: 50 MB file', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /"ruleId": ?"document-too-large"/);
    if (run.peakMiB !== undefined) assert.ok(run.peakMiB < 200, `peak RSS ${Math.round(run.peakMiB)} MiB: the file was read`);
    assert.ok(run.ms < BUDGET.ms);
  });
});

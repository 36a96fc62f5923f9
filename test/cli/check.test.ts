import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

function workspace(files: Record<string, string>): string {
  const dir = tempDir('il-cli-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const clean = completeSample();
const warning = clean.replace(/^  sessions: .*$/m, '  sessions: 40').replace(/^id: .*$/m, 'id: with-warning');
const error = clean.replace(/^category: sensitivity$/m, 'category: sensitivty');

describe('intervention-lint check (the real process)', () => {
  it('exits 0 on the complete samples', async () => {
    const run = await runCli(['check', 'samples/complete']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /3 files checked, no problems/);
  });

  it('exits 1 on the databank drafts and prints file:line:col, severity, message and rule id', async () => {
    const run = await runCli(['samples/databank']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /samples\/databank\/vipp-sd\.intervention\.yaml:\d+:\d+ +error +.+ missing-rationale/);
    assert.match(run.stdout, /✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ infos\) in 19 files of 19 checked/);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colours when not on a TTY');
  });

  it('uses colours when forced, and never with NO_COLOR', async () => {
    const dir = workspace({ 'a.intervention.yaml': warning });
    const forced = await runCli([], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    assert.match(forced.stdout, /\u001b\[33mwarning/);
    const plain = await runCli([], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
  });

  describe('exit codes (spec §7)', () => {
    const dir = workspace({ 'w.intervention.yaml': warning, 'c.intervention.yaml': clean });
    const cases: [string[], number][] = [
      [[], 0],
      [['--fail-on', 'warning'], 1],
      [['--fail-on', 'info'], 1],
      [['--max-warnings', '0'], 1],
      [['--max-warnings', '1'], 0],
      [['--fail-on', 'loud'], 2],
      [['--max-warnings', '-1'], 2],
      [['--format', 'pdf'], 2],
      [['--language', 'de'], 2],
      [['--no-such-flag'], 2],
      [['missing.intervention.yaml'], 2],
      [['"nothing/**/*.yaml"'.replace(/"/g, '')], 2],
      [['--config', 'nope.yaml'], 2],
    ];
    for (const [args, code] of cases) {
      it(`${args.join(' ') || '(no arguments)'} → ${code}`, async () => {
        const run = await runCli(args, { cwd: dir });
        assert.equal(run.code, code, run.stdout + run.stderr);
        if (code === 2) assert.match(run.stderr, /intervention-lint: /);
      });
    }

    it('an error finding exits 1', async () => {
      const run = await runCli([], { cwd: workspace({ 'e.intervention.yaml': error }) });
      assert.equal(run.code, 1);
    });

    it('a broken config exits 2 with file:line:col', async () => {
      const run = await runCli([], { cwd: workspace({ '.intervention-lint.yaml': 'rules:\n  missing-rationale: loud\n', 'c.intervention.yaml': clean }) });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.intervention-lint\.yaml:2:22: .*loud/);
    });

    it('a missing file exits 2 but the others are still checked', async () => {
      const dir2 = workspace({ 'a.intervention.yaml': warning, 'b.intervention.yaml': clean });
      const run = await runCli(['--format', 'json', 'a.intervention.yaml', 'b.intervention.yaml', 'gone.intervention.yaml'], { cwd: dir2 });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /cannot read gone\.intervention\.yaml: file not found/);
      const findings = JSON.parse(run.stdout) as JsonFinding[];
      assert.ok(findings.some((f) => f.file === 'a.intervention.yaml'));
    });
  });

  it('one broken file does not stop the others', async () => {
    const dir = workspace({ 'a.intervention.yaml': 'format: intervention/v1\nid: [\n', 'b.intervention.yaml': warning, 'c.intervention.yaml': Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('latin1') });
    writeFileSync(join(dir, 'c.intervention.yaml'), Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x0a]));
    const run = await runCli(['--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const byFile = new Map<string, string[]>();
    for (const f of JSON.parse(run.stdout) as JsonFinding[]) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.ruleId]);
    assert.ok(byFile.get('a.intervention.yaml')?.every((id) => id === 'yaml-syntax'));
    assert.deepEqual(byFile.get('b.intervention.yaml'), ['sessions-outside-effective-range']);
    assert.deepEqual(byFile.get('c.intervention.yaml'), ['yaml-syntax']);
  });

  it('JSON output follows spec §7 with 1-based ranges', async () => {
    const dir = workspace({ 'w.intervention.yaml': warning });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    const [finding, ...rest] = JSON.parse(run.stdout) as JsonFinding[];
    assert.equal(rest.length, 0);
    const line = warning.split('\n').findIndex((l) => l.startsWith('  sessions: 40')) + 1;
    assert.deepEqual(finding, {
      file: 'w.intervention.yaml',
      ruleId: 'sessions-outside-effective-range',
      severity: 'warning',
      message: finding!.message,
      range: { start: { line, column: 13 }, end: { line, column: 15 } },
    });
  });

  it('--language nl gives Dutch messages; the config language is used otherwise', async () => {
    const dir = workspace({ 'w.intervention.yaml': warning });
    const nl = await runCli(['--language', 'nl', '--format', 'json'], { cwd: dir });
    assert.match((JSON.parse(nl.stdout) as JsonFinding[])[0]!.message, /sessies vallen buiten/);
    writeFileSync(join(dir, '.intervention-lint.yaml'), 'language: nl\n');
    const fromConfig = await runCli(['--format', 'json'], { cwd: dir });
    assert.match((JSON.parse(fromConfig.stdout) as JsonFinding[])[0]!.message, /sessies vallen buiten/);
  });

  it('--language nl: the text format names severities and sums up in Dutch', async () => {
    const dir = workspace({ 'w.intervention.yaml': warning });
    const run = await runCli(['--language', 'nl'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}w\.intervention\.yaml:\d+:\d+ {2}waarschuwing {2}\d+ sessies vallen buiten/m);
    assert.doesNotMatch(run.stdout, / warning /);
    assert.match(run.stdout, /^✖ 1 bevinding \(0 fouten, 1 waarschuwing, 0 info\) in 1 van 1 bestand$/m);
  });

  it('writes several formats in one run', async () => {
    const dir = workspace({ 'w.intervention.yaml': warning });
    const run = await runCli(['--format', 'text', '--format', 'sarif', '--output', 'out.sarif', '--format', 'json:out.json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1 problem/);
    assert.equal((JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
    assert.equal((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown[]).length, 1);
  });

  it('accepts globs and folders', async () => {
    const run = await runCli(['--format', 'json', 'samples/complete/*sterk*.yaml', 'samples/complete']);
    assert.equal(run.code, 0, run.stderr);
  });

  it('prints help with examples and the version', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Examples/);
    const version = await runCli(['--version']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('explains a rule and suggests a near miss', async () => {
    const run = await runCli(['explain', 'sessions-outside-effective-range']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /GR §4\.2, §4\.3/);
    const miss = await runCli(['explain', 'missing-rationle']);
    assert.equal(miss.code, 2);
    assert.match(miss.stderr, /Did you mean "missing-rationale"/);
  });

  it('lists every rule as JSON', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; source: string }[];
    assert.ok(rules.find((r) => r.id === 'effective-claim-without-dutch-study' && r.severity === 'error'));
  });
});

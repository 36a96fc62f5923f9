import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

describe('intervention-lint report', () => {
  it('prints the Markdown evidence report of a description', async () => {
    const run = await runCli(['report', 'samples/complete/voorbeeld-sterk-thuis.intervention.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# /m);
    assert.match(run.stdout, /effective-good|goede aanwijzingen|good indications/i);
  });

  it('writes the HTML report in Dutch to a file', async () => {
    const dir = makeWorkspace({ 'a.intervention.yaml': completeSample() });
    const run = await runCli(['report', 'a.intervention.yaml', '--format', 'html', '--output', 'r.html', '--language', 'nl'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    assert.match(html, /<svg/);
    assert.match(html, /lang="nl"/);
  });

  it('is a usage error for a missing file or an unknown format', async () => {
    assert.equal((await runCli(['report', 'nope.intervention.yaml'])).code, 2);
    assert.equal((await runCli(['report', 'samples/complete/voorbeeld-sterk-thuis.intervention.yaml', '--format', 'pdf'])).code, 2);
  });
});

describe('cross-file rules in the CLI', () => {
  it('reports duplicate-id on every file that shares an id', async () => {
    const text = completeSample();
    const dir = makeWorkspace({ 'a.intervention.yaml': text, 'sub/b.intervention.yaml': text, 'c.intervention.yaml': text.replace(/^id: .*$/m, 'id: other-id') });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    const findings = JSON.parse(run.stdout) as { file: string; ruleId: string; message: string }[];
    assert.deepEqual(findings.map((f) => `${f.file}:${f.ruleId}`).sort(), ['a.intervention.yaml:duplicate-id', 'sub/b.intervention.yaml:duplicate-id']);
    assert.match(findings[0]!.message, /also used by sub\/b\.intervention\.yaml/);
    assert.equal(run.code, 1);
  });
});

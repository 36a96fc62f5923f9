import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture as ruleFixture } from '../support/fixtures';
import { runCli, type JsonFinding } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

/** The bundled CLI runs ajv's standalone code, not the run-time compiled validator the unit tests use. */
describe('CLI: Dutch input (the bundle)', () => {
  const values = ruleFixture('schema', 'fires-dutch-values.intervention.yaml');

  it('names the canonical value of each Dutch or differently written value, in Dutch with --language nl', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': values.text });
    const run = await runCli([join(root, 'a.intervention.yaml'), '--format', 'json', '--language', 'nl']);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const messages = findings.filter((f) => f.ruleId === 'schema').map((f) => f.message);
    assert.equal(messages.length, 10, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('`Effectief volgens sterke aanwijzingen` is de Nederlandse naam van `effective-strong`')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('`Nederland` is de Nederlandse naam van `NL`')));
    assert.ok(messages.some((m) => m.includes('`ja` is de Nederlandse naam van `true`')));
  });

  it('--fix writes the canonical values, keeping the comments, and a second run finds nothing to fix', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': values.text });
    const file = join(root, 'a.intervention.yaml');
    await runCli([file, '--fix'], { cwd: root });
    assert.equal(readFileSync(file, 'utf8'), values.fixed);
    const again = await runCli([file, '--fix-dry-run'], { cwd: root });
    assert.equal(again.stdout.trim(), '');
  });

  it('reads `{ d: 0,41 }` as a decimal comma, with the fix, also in the bundle', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': ruleFixture('schema', 'fires-decimal-comma.intervention.yaml').text });
    const run = await runCli([join(root, 'a.intervention.yaml'), '--format', 'json']);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.deepEqual(findings.map((f) => f.ruleId), ['schema', 'schema']);
    assert.ok(findings.every((f) => /decimal comma/.test(f.message)));
  });
});

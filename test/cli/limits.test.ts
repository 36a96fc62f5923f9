import { strict as assert } from 'node:assert';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

describe('configurable limits in the CLI', () => {
  const big = completeSample().replace(/^references:\n/m, `references:\n${Array.from({ length: 3000 }, (_, i) => `  - "Bron ${i} (2020)"`).join('\n')}\n`);

  it('reports check-time-exceeded when a file takes longer than limits.timeBudgetMs, and still its findings', async () => {
    const dir = makeWorkspace({ '.intervention-lint.yaml': 'limits: { timeBudgetMs: 1 }\n', 'big.intervention.yaml': big.replace(/^ {2}sessions: .*$/m, '  sessions: 40') });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    const ids = (JSON.parse(run.stdout) as { ruleId: string }[]).map((f) => f.ruleId);
    assert.deepEqual(ids.sort(), ['check-time-exceeded', 'sessions-outside-effective-range']);
  });

  it('reports document-too-large above limits.maxFileBytes without reading the file', async () => {
    const dir = makeWorkspace({ '.intervention-lint.yaml': 'limits: { maxFileBytes: 1000 }\n', 'big.intervention.yaml': big });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    const [finding] = JSON.parse(run.stdout) as { ruleId: string; message: string }[];
    assert.equal(finding?.ruleId, 'document-too-large');
    assert.match(finding.message, /more than the limit of 1000/);
  });
});

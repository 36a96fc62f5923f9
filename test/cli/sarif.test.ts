import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { RULE_IDS } from '../../server/src/core';
import { ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/workspace';

describe('SARIF output', () => {
  let sarifText = '';
  let log: Log;

  before(async () => {
    const run = await runCli(['--format', 'sarif', 'samples']);
    assert.equal(run.code, 1, run.stderr);
    sarifText = run.stdout;
    log = JSON.parse(sarifText) as Log;
  });

  it('validates against the official SARIF 2.1.0 JSON schema (vendored)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'vendor', 'sarif-2.1.0.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('passes Microsoft\'s SARIF multitool validator without errors', () => {
    const dir = tempDir('il-sarif-');
    writeFileSync(join(dir, 'out.sarif'), sarifText);
    const tool = join(ROOT, 'node_modules', '.bin', 'sarif-multitool');
    const run = spawnSync(tool, ['validate', join(dir, 'out.sarif'), '-o', join(dir, 'report.sarif')], { encoding: 'utf8', timeout: 120000 });
    assert.equal(run.error, undefined, `sarif-multitool could not run (npm ci installs it): ${String(run.error)}`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const report = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as Log;
    const errors = (report.runs[0]?.results ?? []).filter((r) => r.level === 'error');
    assert.deepEqual(errors.map((e) => e.message.text), []);
  });

  it('lists every rule, maps severities and uses 1-based relative locations', () => {
    const run = log.runs[0]!;
    assert.deepEqual(run.tool.driver.rules?.map((r) => r.id), [...RULE_IDS]);
    const results = run.results ?? [];
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.ok(['error', 'warning', 'note'].includes(result.level ?? ''));
      const location = result.locations?.[0]?.physicalLocation;
      assert.match(location?.artifactLocation?.uri ?? '', /^samples\/databank\/[a-z0-9-]+\.intervention\.yaml$/);
      assert.ok((location?.region?.startLine ?? 0) >= 1 && (location?.region?.startColumn ?? 0) >= 1);
    }
    assert.ok(results.some((r) => r.ruleId === 'missing-needs-assessment' && r.level === 'note'));
  });
});

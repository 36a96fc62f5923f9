import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, RULES, safeFixEdits, validate, type Edit } from '../../server/src/core';
import { actualFindings, expectedFindings } from '../support/expectations';
import { FIXTURES, TODAY } from '../support/paths';

/**
 * Rules whose cases cannot be one ordinary file: a 2 MiB file and a throwing rule (test/unit/
 * bad-input.test.ts), the cross-file duplicate-id (test/unit/cross-file.test.ts, test/cli/), and the
 * timing-based check-time-exceeded (test/unit/time-budget.test.ts, test/cli/limits.test.ts), and the
 * findings cap too-many-findings, which needs thousands of findings (test/reliability/findings-cap.test.ts).
 */
const COVERED_ELSEWHERE = new Set(['document-too-large', 'internal-error', 'duplicate-id', 'check-time-exceeded', 'too-many-findings']);

function safeEdits(text: string): Edit[] {
  return safeFixEdits(validate(text, { today: TODAY }).findings);
}

describe('rule fixtures (inline `# expect:` markers)', () => {
  const folders = existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];

  it('has a firing and a passing fixture for every rule', () => {
    for (const { meta } of RULES) {
      if (COVERED_ELSEWHERE.has(meta.id)) continue;
      const files = existsSync(join(FIXTURES, meta.id)) ? readdirSync(join(FIXTURES, meta.id)) : [];
      assert.ok(files.some((f) => f.startsWith('fires') && f.endsWith('.intervention.yaml')), `${meta.id} has no fires*.intervention.yaml`);
      assert.ok(files.some((f) => f.startsWith('passes') && f.endsWith('.intervention.yaml')), `${meta.id} has no passes*.intervention.yaml`);
    }
  });

  for (const folder of folders) {
    describe(folder, () => {
      for (const file of readdirSync(join(FIXTURES, folder)).filter((f) => /\.intervention\.ya?ml$/.test(f)).sort()) {
        const path = join(FIXTURES, folder, file);
        const text = readFileSync(path, 'utf8');

        it(`${file}: reports exactly the marked findings`, () => {
          const result = validate(text, { today: TODAY });
          assert.deepEqual(actualFindings(result.findings, result.lineCounter), expectedFindings(text));
        });

        const fixedPath = path.replace(/\.intervention\.ya?ml$/, '.fixed.yaml');
        if (existsSync(fixedPath)) {
          it(`${file}: safe fixes give ${file.replace(/\.intervention\.ya?ml$/, '.fixed.yaml')} and leave nothing to fix`, () => {
            const fixed = applyEdits(text, safeEdits(text)).text;
            assert.equal(fixed, readFileSync(fixedPath, 'utf8'));
            assert.deepEqual(safeEdits(fixed), [], 'a second run still has safe fixes');
          });
        }
      }
    });
  }
});

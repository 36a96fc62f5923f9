import { strict as assert } from 'node:assert';
import { RULES, applyEdits, safeFixEdits, validate, type Edit } from '../../server/src/core';
import { actualFindings, expectedFindings } from '../support/expectations';
import { fixtureFolders, loadFolder, type Fixture } from '../support/fixtures';
import { TODAY } from '../support/paths';

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

/** `line 57 (fires-x.patch.yaml:9): schema` for each `line:ruleId`, saying where the line was written. */
function located(fixture: Fixture, entries: readonly string[]): string {
  return entries
    .map((entry) => {
      const [line, ruleId] = entry.split(':') as [string, string];
      const origin = fixture.origin(Number(line));
      return `  line ${line} (${origin.file}:${origin.line}): ${ruleId}`;
    })
    .join('\n');
}

describe('rule fixtures (inline `# expect:` markers)', () => {
  const folders = fixtureFolders().map((folder) => ({ folder, fixtures: loadFolder(folder) }));

  it('has a firing and a passing fixture for every rule', () => {
    for (const { meta } of RULES) {
      if (COVERED_ELSEWHERE.has(meta.id)) continue;
      const names = folders.find((f) => f.folder === meta.id)?.fixtures.map((f) => f.name) ?? [];
      assert.ok(names.some((n) => n.startsWith('fires')), `${meta.id} has no fires* fixture`);
      assert.ok(names.some((n) => n.startsWith('passes')), `${meta.id} has no passes* fixture`);
    }
  });

  for (const { folder, fixtures } of folders) {
    describe(folder, () => {
      for (const fixture of fixtures) {
        const { name, source, text } = fixture;

        it(`${source}: reports exactly the marked findings`, () => {
          assert.equal(fixture.problem, undefined, fixture.problem);
          const result = validate(text, { today: TODAY });
          const actual = actualFindings(result.findings, result.lineCounter);
          const expected = expectedFindings(text);
          const missing = expected.filter((e) => !actual.includes(e));
          const unexpected = actual.filter((a) => !expected.includes(a));
          const report = [missing.length > 0 ? `marked but not reported:\n${located(fixture, missing)}` : '', unexpected.length > 0 ? `reported but not marked:\n${located(fixture, unexpected)}` : ''];
          assert.deepEqual(actual, expected, `${source} (lines of the produced ${name}):\n${report.filter(Boolean).join('\n')}`);
        });

        if (fixture.fixed !== undefined) {
          const fixed = fixture.fixed;
          it(`${source}: safe fixes give ${name.replace(/\.intervention\.ya?ml$/, '.fixed.yaml')} and leave nothing to fix`, () => {
            const once = applyEdits(text, safeEdits(text)).text;
            assert.equal(once, fixed);
            assert.deepEqual(safeEdits(once), [], 'a second run still has safe fixes');
          });
        }
      }
    });
  }
});

import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG } from '../../server/src/core';
import { checkAll } from '../../server/src/cli/check';
import { resolveTargets } from '../../server/src/cli/files';
import { FORMATTERS } from '../../server/src/cli/formatters';
import { ROOT, TODAY } from '../support/paths';

describe('a check run keeps the texts only when fixes or baselines need them', () => {
  it('without the texts the reports give the same output in every format', async () => {
    const targets = await resolveTargets(ROOT, ['samples'], DEFAULT_CONFIG.files);
    assert.ok(targets.length > 10, 'the samples are found');
    const kept = await checkAll(targets, DEFAULT_CONFIG, TODAY);
    const lean = await checkAll(targets, DEFAULT_CONFIG, TODAY, { keepText: false });
    assert.ok(kept.every((r) => r.text !== undefined));
    assert.deepEqual(lean.map((r) => r.text), lean.map(() => undefined));
    assert.ok(kept.some((r) => r.findings.length > 0), 'the databank drafts have findings to place');
    for (const [name, formatter] of Object.entries(FORMATTERS)) {
      const render = (reports: typeof kept): string => formatter({ reports, cwd: ROOT, colour: false, language: 'en', version: '0.0.0', docsUrl: 'https://example.org/rules/' });
      assert.equal(render(lean), render(kept), name);
    }
  });
});

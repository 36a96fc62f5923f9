import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { staleFiles } from '../../scripts/generate';
import { ROOT } from '../support/paths';

describe('generated artefacts', () => {
  it('the README rule table and example outputs, docs/rules and the config schema match the rules\' metadata and real runs', async () => {
    assert.deepEqual(await staleFiles(), [], 'run `npm run generate` and commit the result');
  });

  it('the extension manifest lists every rule (client/scripts/sync-manifest.mjs --check)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'client', 'scripts', 'sync-manifest.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}\nrun \`npm run generate\``);
  });
});

import { strict as assert } from 'node:assert';
import { staleFiles } from '../../scripts/generate';

describe('generated artefacts', () => {
  it('the README rule table, docs/rules and the config schema match the rules\' metadata', () => {
    assert.deepEqual(staleFiles(), [], 'run `npm run generate` and commit the result');
  });
});

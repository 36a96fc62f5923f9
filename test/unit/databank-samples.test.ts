import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../server/src/core';
import { actualDatabankFindings, DATABANK, parseExpected } from '../support/databank-expected';
import { COMPLETE_SAMPLES, completeSample } from '../support/samples';
import { TODAY } from '../support/paths';

describe('bundled samples', () => {
  it('samples/databank gives exactly what EXPECTED.md lists', () => {
    const expected = parseExpected(readFileSync(join(DATABANK, 'EXPECTED.md'), 'utf8'));
    const actual = actualDatabankFindings();
    assert.equal(actual.size, 19, 'one draft per distinct intervention of GR Table 1');
    assert.deepEqual(Object.fromEntries(actual), Object.fromEntries(expected));
  });

  for (const name of COMPLETE_SAMPLES) {
    it(`samples/complete/${name} has no findings at all`, () => {
      assert.deepEqual(validate(completeSample(name), { today: TODAY }).findings.map((f) => f.ruleId), []);
    });
  }

  it('the complete samples are marked fictional and cover the three main categories', () => {
    const categories = COMPLETE_SAMPLES.map((name) => {
      const text = completeSample(name);
      assert.match(text, /Fictief voorbeeld/);
      return /^category: (\S+)/m.exec(text)?.[1];
    });
    assert.deepEqual(categories.sort(), ['maltreatment-prevention', 'parenting-support', 'sensitivity']);
  });
});

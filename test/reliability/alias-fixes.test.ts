/** Case 11 of the hardening issue: no fix edits an anchored node that aliases repeat elsewhere. */
import { strict as assert } from 'node:assert';
import { fixAll, safeFixEdits, validate } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { completeSample } from '../support/samples';

const options = { today: TODAY };
const base = completeSample('voorbeeld-opvoeden-in-balans.intervention.yaml');

describe('fixes never edit a node that aliases repeat', () => {
  it('a wrong label anchored and repeated by an alias keeps its findings but gets no safe fix', () => {
    let n = 0;
    // First outcome d = 0.36 (small): `large` is wrong there, and the alias repeats it in the next ones.
    const text = base.replace(/label: small/g, () => (n++ === 0 ? 'label: &lab large' : 'label: *lab'));
    assert.ok(text.includes('&lab') && text.includes('*lab'));
    const { findings } = validate(text, options);
    assert.ok(findings.filter((f) => f.ruleId === 'effect-size-label-mismatch').length >= 2, 'the wrong labels are still reported');
    assert.deepEqual(safeFixEdits(findings), []);
    assert.equal(fixAll(text, options).text, text, '--fix leaves the shared value alone');
  });

  it('an outcome list reused through an alias gets no fix inside it', () => {
    const text = base
      .replace('      outcomes:\n', '      outcomes: &shared\n')
      .replace('  internationalStudies: []', '    - { reference: "Herhaling", year: 2022, country: NL, design: rct, n: 40, outcomes: *shared }\n  internationalStudies: []')
      .replace('label: small', 'label: large');
    const { findings } = validate(text, options);
    assert.ok(findings.some((f) => f.ruleId === 'effect-size-label-mismatch'));
    assert.equal(fixAll(text, options).text, text);
  });

  it('an anchor without aliases is fixed as before', () => {
    const text = base.replace('label: small', 'label: &lab large');
    const fixed = fixAll(text, options).text;
    assert.notEqual(fixed, text);
    assert.match(fixed, /label: &lab small/);
  });
});

import { strict as assert } from 'node:assert';
import { assessLevel, effectClassOfD, effectClassOfR, parseLabel } from '../../server/src/core';
import type { Description } from '../../server/src/core/model';

describe('effect-size classes (spec §4)', () => {
  const dCases: [number, string][] = [
    [0, 'negligible'], [0.19, 'negligible'], [0.2, 'small'], [0.49, 'small'], [0.5, 'medium'],
    [0.79, 'medium'], [0.8, 'large'], [1.19, 'large'], [1.2, 'very large'], [3, 'very large'],
    [-0.45, 'small'], [-1.2, 'very large'],
  ];
  for (const [d, cls] of dCases) it(`d = ${d} is ${cls}`, () => assert.equal(effectClassOfD(d), cls));

  const rCases: [number, string][] = [
    [0.09, 'negligible'], [0.1, 'small'], [0.29, 'small'], [0.3, 'medium'], [0.49, 'medium'], [0.5, 'large'], [0.99, 'large'], [-0.3, 'medium'],
  ];
  for (const [r, cls] of rCases) it(`r = ${r} is ${cls}`, () => assert.equal(effectClassOfR(r), cls));

  it('reads labels in English and Dutch, case-insensitively', () => {
    assert.deepEqual(parseLabel('zeer groot'), { cls: 'very large', language: 'nl' });
    assert.deepEqual(parseLabel('Small'), { cls: 'small', language: 'en' });
    assert.equal(parseLabel('huge'), undefined);
  });
});

function description(studies: Partial<NonNullable<Description['research']>>, rationale = true): Description {
  return {
    level: { claimed: 'effective-strong' },
    goals: { main: 'x', targetedOutcomes: ['sensitivity'] },
    targetGroup: { child: { ageMonths: { min: 6, max: 48 } }, population: ['help-request'] },
    approach: { sessions: 8 },
    rationale: rationale ? { problem: 'p', causes: 'c', theory: 't' } : {},
    research: studies,
  };
}

const supportingOutcome = { measure: 'm', domain: 'sensitivity', significant: true, direction: 'positive' } as const;

describe('supported level (spec §5)', () => {
  it('is none without a rationale', () => {
    assert.equal(assessLevel(description({}, false)).supported, 'none');
  });
  it('is well-founded with a rationale and no studies', () => {
    assert.equal(assessLevel(description({})).supported, 'well-founded');
  });
  it('is effective-first with one supporting Dutch pre-post-norm study', () => {
    const d = description({ dutchStudies: [{ reference: 'a', year: 2020, design: 'pre-post-norm', outcomes: [supportingOutcome] }] });
    assert.equal(assessLevel(d).supported, 'effective-first');
  });
  it('does not count a Dutch study whose positive outcome is not significant', () => {
    const d = description({ dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', outcomes: [{ ...supportingOutcome, significant: false }] }] });
    assert.equal(assessLevel(d).supported, 'well-founded');
  });
  it('does not count an outcome outside the targeted domains', () => {
    const d = description({ dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', outcomes: [{ ...supportingOutcome, domain: 'attachment' }] }] });
    assert.equal(assessLevel(d).supported, 'well-founded');
  });
  it('is effective-good with one supporting Dutch RCT', () => {
    const d = description({ dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', outcomes: [supportingOutcome] }] });
    assert.equal(assessLevel(d).supported, 'effective-good');
  });
  it('is effective-strong with a Dutch and an international RCT, one with 6 months follow-up', () => {
    const d = description({
      dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', followUpMonths: 6, outcomes: [supportingOutcome] }],
      internationalStudies: [{ reference: 'b', year: 2019, design: 'quasi-experimental', outcomes: [supportingOutcome] }],
    });
    assert.equal(assessLevel(d).supported, 'effective-strong');
  });
  it('stays effective-good when no controlled study has a follow-up of 6 months', () => {
    const d = description({
      dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', followUpMonths: 5, outcomes: [supportingOutcome] }],
      internationalStudies: [{ reference: 'b', year: 2019, design: 'rct', outcomes: [supportingOutcome] }],
    });
    const assessment = assessLevel(d);
    assert.equal(assessment.supported, 'effective-good');
    assert.ok(assessment.requirements.some((r) => r.level === 'effective-strong' && !r.met && /follow-up/.test(r.text.en)));
  });
  it('follows configured thresholds', () => {
    const d = description({ dutchStudies: [{ reference: 'a', year: 2020, design: 'rct', outcomes: [supportingOutcome] }] });
    const strict = assessLevel(d, {
      'effective-first': { designs: ['rct'], effectStudies: 0, dutchStudies: 2, controlledStudies: 0, followUpMonths: 0 },
      'effective-good': { designs: ['rct'], effectStudies: 0, dutchStudies: 2, controlledStudies: 2, followUpMonths: 0 },
      'effective-strong': { designs: ['rct'], effectStudies: 0, dutchStudies: 3, controlledStudies: 3, followUpMonths: 12 },
    });
    assert.equal(strict.supported, 'well-founded');
  });
});

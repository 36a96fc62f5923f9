import { strict as assert } from 'node:assert';
import { assessLevel, checklistItems, DEFAULT_CONFIG, descriptionTemplate, effectClassOfD, effectClassOfR, mergeConfig, parseLabel, validate } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { completeSample } from '../support/samples';
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

describe('missing-needs-assessment severity by population (spec §3)', () => {
  const severity = (population: string): string[] =>
    validate(completeSample().replace(/^ {2}population: .*$/m, `  population: ${population}`).replace(/^ {2}needsAssessment: >-\n(?: {4}.*\n)+/m, ''), { today: TODAY })
      .findings.filter((f) => f.ruleId === 'missing-needs-assessment')
      .map((f) => f.severity);
  it('is an info for families who ask for help', () => assert.deepEqual(severity('[help-request]'), ['info']));
  it('is a warning where the population includes risk families', () => assert.deepEqual(severity('[help-request, risk-families]'), ['warning']));
  it('is a warning where the population includes maltreatment', () => assert.deepEqual(severity('[help-request, maltreatment]'), ['warning']));
  it('follows a project setting over the population default', () => {
    const config = mergeConfig(DEFAULT_CONFIG, { rules: { 'missing-needs-assessment': 'error' } });
    const text = completeSample().replace(/^ {2}needsAssessment: >-\n(?: {4}.*\n)+/m, '');
    assert.deepEqual(validate(text, { config, today: TODAY }).findings.filter((f) => f.ruleId === 'missing-needs-assessment').map((f) => f.severity), ['error']);
  });
});

describe('the level model says what is sourced and what is a default (spec §5)', () => {
  it('marks the rationale and Dutch effect research as GR Table 1 note a, the counts as configurable defaults', () => {
    const { requirements } = assessLevel({});
    const basis = (pattern: RegExp): string[] => requirements.filter((r) => pattern.test(r.text.en)).map((r) => r.basis);
    assert.deepEqual(basis(/^problem analysis|^causes|^theory of change/), ['advice', 'advice', 'advice']);
    assert.deepEqual(basis(/^indications of effectiveness from Dutch effect research/), ['advice']);
    for (const r of requirements.filter((r) => r.level !== 'well-founded' && r.basis === 'default')) {
      assert.match(r.configKey ?? '', new RegExp(`^levels\\.${r.level}\\.(effectStudies|dutchStudies|controlledStudies|followUpMonths)$`));
      assert.ok(r.text.en.endsWith(`tool default, configurable as \`${r.configKey}\``), r.text.en);
      assert.ok(r.text.nl.endsWith(`standaard van dit hulpmiddel, in te stellen met \`${r.configKey}\``), r.text.nl);
    }
  });

  it('a Dutch process study is not Dutch effect research', () => {
    const outcome = { domain: 'sensitivity' as const, significant: true, direction: 'positive' as const, measure: 'm' };
    const d = { goals: { targetedOutcomes: ['sensitivity' as const] }, research: { dutchStudies: [{ reference: 'a', year: 2020, design: 'process' as const, outcomes: [outcome] }] } };
    const note = assessLevel(d).requirements.find((r) => r.basis === 'advice' && r.level === 'effective-first');
    assert.equal(note?.met, false);
  });
});

describe('Dutch messages write decimals with a comma (spec §3)', () => {
  it('effect-size-label-mismatch and implausible-effect-size', () => {
    const config = mergeConfig(DEFAULT_CONFIG, { language: 'nl' });
    const text = completeSample().replace('effect: { d: 0.38 }\n          label: small', 'effect: { d: 0.38 }\n          label: groot').replace('effect: { d: 0.27 }', 'effect: { d: 2.75 }');
    const messages = validate(text, { config, today: TODAY }).findings.map((f) => `${f.ruleId}: ${f.message}`);
    assert.ok(messages.some((m) => m.startsWith('effect-size-label-mismatch: d = 0,38 is klein, niet groot')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('implausible-effect-size: d = 2,75 is onwaarschijnlijk groot (|d| > 2,5)')), messages.join('\n'));
    assert.ok(!messages.some((m) => /\d\.\d/.test(m)), 'no decimal point in a Dutch message');
  });
});

describe('an untouched template is not shown as complete (placeholders)', () => {
  it('the checklist marks placeholder values as unmet, and lists research on the delivery as an inclusion criterion', () => {
    const result = validate(descriptionTemplate('Samen Sterk', 'sensitivity', 'nl'), { today: TODAY });
    assert.ok(result.description && result.assessment);
    const items = checklistItems(result.description, result.assessment);
    const unmet = items.filter((i) => !i.met).map((i) => i.text.en);
    for (const start of ['problem analysis', 'causes', 'theory of change', 'main goal described', 'Goal described', 'Approach described', 'Rationale', 'Research on the delivery']) {
      assert.ok(unmet.some((t) => t.startsWith(start)), `${start} is shown as met: ${unmet.join(' | ')}`);
    }
    assert.equal(result.assessment.supported, 'none');
  });
});

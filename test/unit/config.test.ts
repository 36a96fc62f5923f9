import { strict as assert } from 'node:assert';
import { countLines, DEFAULT_CONFIG, lineColumn, mergeConfig, parseConfig, RULE_IDS, validate } from '../../server/src/core';
import { completeSample } from '../support/samples';
import { TODAY } from '../support/paths';

function problemsOf(text: string): { line: number; column: number; message: string }[] {
  const lines = countLines(text);
  return parseConfig(text, RULE_IDS).problems.map((p) => ({ ...lineColumn(lines, p.range.start), message: p.message }));
}

describe('configuration (spec §6)', () => {
  it('accepts the example config of the spec', () => {
    const text = [
      'files: ["**/*.intervention.yaml", "**/*.intervention.yml"]',
      'rules:',
      '  sensitivity-without-video-feedback: off',
      '  missing-needs-assessment: warning',
      'sessionRanges:',
      '  sensitivity: { min: 5, max: 15 }',
      '  maltreatment-prevention: { min: 16, max: 30 }',
      'levels:',
      '  effective-strong: { controlledStudies: 2, dutchStudies: 1, followUpMonths: 6 }',
      'language: nl',
      '',
    ].join('\n');
    const { overrides, problems } = parseConfig(text, RULE_IDS);
    assert.deepEqual(problems, []);
    assert.equal(overrides?.language, 'nl');
  });

  it('names an unknown rule id with its line', () => {
    const [problem, ...rest] = problemsOf('rules:\n  missing-rationale: warning\n  missng-rationale: off\n');
    assert.equal(rest.length, 0);
    assert.equal(problem!.line, 3);
  });

  it('rejects a bad severity on the value', () => {
    const [problem] = problemsOf('rules:\n  missing-rationale: loud\n');
    assert.equal(problem!.line, 2);
    assert.match(problem!.message, /loud/);
  });

  it('rejects an unknown top-level key with a suggestion', () => {
    const [problem] = problemsOf('langauge: nl\n');
    assert.match(problem!.message, /Did you mean `language`/);
  });

  it('rejects a session range with min above max', () => {
    const [problem] = problemsOf('sessionRanges:\n  sensitivity: { min: 20, max: 10 }\n');
    assert.equal(problem!.line, 2);
  });

  it('validates levels per effective level with located errors (effectStudies, dutchStudies, controlledStudies, designs, followUpMonths)', () => {
    assert.deepEqual(problemsOf('levels:\n  effective-first: { effectStudies: 2, designs: [rct, quasi-experimental], followUpMonths: 3 }\n'), []);
    const negative = problemsOf('levels:\n  effective-good:\n    effectStudies: -1\n');
    assert.deepEqual(negative.map((p) => p.line), [3]);
    const design = problemsOf('levels:\n  effective-strong:\n    designs: [rct, randomised]\n');
    assert.deepEqual(design.map((p) => p.line), [3]);
    assert.match(design[0]!.message, /randomised/);
    const unknown = problemsOf('levels:\n  effective-good:\n    controledStudies: 1\n');
    assert.deepEqual(unknown.map((p) => p.line), [3]);
    assert.match(unknown[0]!.message, /controlledStudies/);
    assert.deepEqual(problemsOf('levels:\n  well-founded: { dutchStudies: 1 }\n').map((p) => p.line), [2], 'well-founded has no study requirements to set');
    assert.deepEqual(problemsOf('levels:\n  effective-first:\n    designs: []\n').map((p) => p.line), [3], 'an empty design list would make the level unreachable');
  });

  it('effectStudies raises the number of supporting effect studies a level needs', () => {
    const text = completeSample();
    assert.deepEqual(validate(text, { today: TODAY }).findings, []);
    const stricter = mergeConfig(DEFAULT_CONFIG, { levels: { 'effective-strong': { effectStudies: 3 } } });
    const findings = validate(text, { config: stricter, today: TODAY }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['claimed-level-not-supported']);
    assert.match(findings[0]!.message, /3 supporting effect studies \(design rct, quasi-experimental\); found 2 — tool default, configurable as `levels\.effective-strong\.effectStudies`/);
  });

  it('a custom tag or unknown directive in the config is an error, not a warning', () => {
    assert.ok(problemsOf('language: !lokaal nl\n').length > 0);
    assert.ok(problemsOf('%LOKAAL x\n---\nlanguage: nl\n').length > 0);
  });

  it('reports broken YAML in the config instead of falling back', () => {
    assert.ok(problemsOf('rules: [unclosed\n').length > 0);
  });

  it('applies severity overrides, off and session ranges', () => {
    const text = completeSample().replace(/^  sessions: .*$/m, '  sessions: 20');
    const plain = validate(text, { today: TODAY }).findings.map((f) => `${f.ruleId}:${f.severity}`);
    assert.deepEqual(plain, ['sessions-outside-effective-range:warning']);
    const raised = mergeConfig(DEFAULT_CONFIG, { rules: { 'sessions-outside-effective-range': 'error' } });
    assert.deepEqual(validate(text, { config: raised, today: TODAY }).findings.map((f) => f.severity), ['error']);
    const off = mergeConfig(DEFAULT_CONFIG, { rules: { 'sessions-outside-effective-range': 'off' } });
    assert.deepEqual(validate(text, { config: off, today: TODAY }).findings, []);
    const wider = mergeConfig(DEFAULT_CONFIG, { sessionRanges: { sensitivity: { min: 5, max: 20 } } });
    assert.deepEqual(validate(text, { config: wider, today: TODAY }).findings, []);
  });

  it('gives messages in Dutch when configured', () => {
    const text = completeSample().replace(/^  sessions: .*$/m, '  sessions: 20');
    const nl = mergeConfig(DEFAULT_CONFIG, { language: 'nl' });
    assert.match(validate(text, { config: nl, today: TODAY }).findings[0]!.message, /sessies vallen buiten/);
  });
});

import { strict as assert } from 'node:assert';
import { lineColumn, validate, type Finding } from '../../server/src/core';
import { completeSample } from '../support/samples';
import { TODAY } from '../support/paths';

function findingsOf(text: string): { finding: Finding; line: number; column: number; covered: string }[] {
  const result = validate(text, { today: TODAY });
  return result.findings.map((finding) => ({
    finding,
    ...lineColumn(result.lineCounter, finding.range.start),
    covered: text.slice(finding.range.start, finding.range.end),
  }));
}

describe('range mapping: every finding covers the exact key or value', () => {
  const base = completeSample();

  it('puts an unknown key on the key itself, with a suggestion', () => {
    const text = base.replace(/^targetGroup:/m, 'targetGroop:');
    const unknown = findingsOf(text).find((f) => f.finding.message.includes('targetGroop'));
    assert.ok(unknown);
    assert.equal(unknown.covered, 'targetGroop');
    assert.match(unknown.finding.message, /Did you mean `targetGroup`\?/);
  });

  it('does not report domain rules inside a misspelled section', () => {
    const text = base.replace(/^targetGroup:/m, 'targetGroop:');
    const ids = new Set(findingsOf(text).map((f) => f.finding.ruleId));
    assert.deepEqual([...ids], ['schema']);
  });

  it('puts a bad enum value on the value, with a suggestion', () => {
    const text = base.replace(/^category: sensitivity$/m, 'category: sensitivty');
    const [finding] = findingsOf(text);
    assert.ok(finding);
    assert.equal(finding.covered, 'sensitivty');
    assert.match(finding.finding.message, /Did you mean `sensitivity`\?/);
  });

  it('reports a missing required key on its parent key', () => {
    const text = base.replace(/^  main: .*\n/m, '');
    const [finding] = findingsOf(text);
    assert.ok(finding);
    assert.equal(finding.covered, 'goals');
    assert.match(finding.finding.message, /Missing required key `main`/);
  });

  it('gives one message for a session count that is neither a number nor a range', () => {
    const text = base.replace(/^  sessions: .*$/m, '  sessions: seven');
    const findings = findingsOf(text);
    assert.equal(findings.length, 1, findings.map((f) => f.finding.message).join('\n'));
    assert.equal(findings[0]!.covered, 'seven');
  });

  it('reports inside a session range rather than on the whole range', () => {
    const text = base.replace(/^  sessions: .*$/m, '  sessions: { min: 6, max: eight }');
    const findings = findingsOf(text);
    assert.equal(findings.length, 1, findings.map((f) => f.finding.message).join('\n'));
    assert.equal(findings[0]!.covered, 'eight');
  });

  it('keeps a multi-line value on its first line', () => {
    const text = base.replace(/^summary:/m, 'summary: [a, b]\nx-old-summary:');
    const finding = findingsOf(text).find((f) => f.finding.ruleId === 'schema');
    assert.ok(finding);
    assert.equal(finding.covered, '[a, b]');
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const text = base.replace(/^name: .*$/m, 'name: "Ouder–kind ü"\nnaam: x');
    const finding = findingsOf(text).find((f) => f.covered === 'naam');
    assert.ok(finding);
    assert.equal(finding.column, 1);
  });
});

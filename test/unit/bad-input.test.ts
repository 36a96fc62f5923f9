import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { DEFAULT_CONFIG, lineColumn, mergeConfig, validate, type Rule } from '../../server/src/core';
import { RULES } from '../../server/src/core/rules';
import { completeSample } from '../support/samples';
import { TODAY } from '../support/paths';

function check(text: string, rules?: readonly Rule[]) {
  const started = Date.now();
  const result = validate(text, { today: TODAY, ...(rules ? { rules } : {}) });
  return { ...result, ms: Date.now() - started, at: (i = 0) => lineColumn(result.lineCounter, result.findings[i]!.range.start) };
}

function ids(result: { findings: readonly { ruleId: string }[] }): string[] {
  return result.findings.map((f) => f.ruleId);
}

describe('bad input gives a located finding, never a crash or hang', () => {
  it('an empty file: format-version at the start', () => {
    const r = check('');
    assert.deepEqual(ids(r), ['format-version']);
    assert.equal(r.findings[0]!.range.start, 0);
  });

  it('a top level that is a list: one schema finding', () => {
    assert.deepEqual(ids(check('- a\n- b\n')), ['schema']);
  });

  it('a top level that is a scalar: one schema finding', () => {
    assert.deepEqual(ids(check('just text\n')), ['schema']);
  });

  it('broken YAML: yaml-syntax on the line of the mistake', () => {
    const r = check('format: intervention/v1\nname: "unclosed\nid: x\n');
    assert.ok(ids(r).every((id) => id === 'yaml-syntax') && r.findings.length > 0);
  });

  it('a tab used for indentation', () => {
    const r = check('format: intervention/v1\nowner:\n\torganisation: x\n');
    assert.ok(ids(r).includes('yaml-syntax'));
    assert.equal(r.at().line, 3);
  });

  it('a duplicate key, on the second occurrence', () => {
    const r = check('format: intervention/v1\nid: a\nid: b\n');
    assert.deepEqual(ids(r), ['yaml-syntax']);
    assert.equal(r.at().line, 3);
    assert.match(r.findings[0]!.message, /unique|duplicate/i);
  });

  it('duplicate keys at any depth (lists, flow collections, complex keys) are the ones the parser\'s own check finds', () => {
    const texts = [
      'format: intervention/v1\nresearch:\n  - a: 1\n    b: 2\n    a: 3\n  - { c: 1, c: 2 }\nid: x\nid: y\n',
      'format: intervention/v1\nlist: [ { k: 1, k: 2 }, [ { m: 1, m: 1 } ] ]\n',
      'format: intervention/v1\n? { a: 1, a: 2 }\n: value\nouter:\n  inner:\n    deep: 1\n    deep: 2\n  inner: again\n',
    ];
    for (const text of texts) {
      // The oracle: yaml's own (quadratic) uniqueKeys check on the same text.
      const expected = parseDocument(text, { uniqueKeys: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]).sort((a, b) => a - b);
      assert.ok(expected.length >= 2, text);
      const found = check(text).findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.range.start);
      assert.deepEqual(found, expected, text);
    }
  });

  it('CRLF line ends give the same findings on the same lines', () => {
    const lf = completeSample().replace(/^  sessions: .*$/m, '  sessions: 40');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = check(lf);
    const b = check(crlf);
    assert.deepEqual(b.findings.map((f, i) => [f.ruleId, b.at(i).line, b.at(i).column]), a.findings.map((f, i) => [f.ruleId, a.at(i).line, a.at(i).column]));
    assert.ok(a.findings.length > 0);
  });

  it('a UTF-8 byte order mark is accepted', () => {
    assert.deepEqual(ids(check(`\uFEFF${completeSample()}`)), []);
  });

  it('a binary file (NUL bytes): yaml-syntax at the first NUL', () => {
    const r = check('format: intervention/v1\n\u0000\u0001\u0002');
    assert.deepEqual(ids(r), ['yaml-syntax']);
    assert.equal(r.at().line, 2);
  });

  it('an alias bomb is refused quickly with a located finding', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = check(`format: intervention/v1\n${levels.join('\n')}\n`);
    assert.deepEqual(ids(r), ['yaml-syntax']);
    assert.match(r.findings[0]!.message, /alias/i);
    assert.ok(r.ms < 5000, `took ${r.ms} ms`);
  });

  it('10,000-deep nesting is refused without a stack overflow', () => {
    const deep = `format: intervention/v1\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
    const r = check(deep);
    assert.deepEqual(ids(r), ['yaml-syntax']);
    assert.equal(r.at().line, 2);
    const block = `format: intervention/v1\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    assert.deepEqual(ids(check(block)), ['yaml-syntax']);
  });

  it('a 10 MB file gets document-too-large at once, without being parsed', () => {
    const r = check(`format: intervention/v1\nsummary: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
    assert.deepEqual(ids(r), ['document-too-large']);
    // Broken YAML of that size says nothing about the syntax: the size decides before any parse.
    const broken = check(`format: intervention/v1\nsummary: [ "${'x'.repeat(10 * 1024 * 1024)}\n`);
    assert.deepEqual(ids(broken), ['document-too-large']);
  });

  it('the size limit is configurable', () => {
    const text = completeSample();
    const small = mergeConfig(DEFAULT_CONFIG, { limits: { maxFileBytes: 100 } });
    assert.deepEqual(validate(text, { config: small, today: TODAY }).findings.map((f) => f.ruleId), ['document-too-large']);
  });

  it('a rule that throws becomes internal-error while the other rules still report', () => {
    const broken: Rule = { meta: { ...RULES[3]!.meta, id: 'sessions-outside-effective-range' }, check: () => { throw new Error('boom'); } };
    const text = completeSample().replace(/^  contraIndications:[\s\S]*?(?=^  \w)/m, '  contraIndications: []\n');
    const rules = RULES.map((rule) => (rule.meta.id === broken.meta.id ? broken : rule));
    const r = check(text, rules);
    assert.ok(ids(r).includes('internal-error'));
    assert.ok(ids(r).includes('missing-contra-indications'), ids(r).join(','));
    assert.match(r.findings.find((f) => f.ruleId === 'internal-error')!.message, /sessions-outside-effective-range.*boom/);
  });

  it('custom tags are never executed: a yaml-warning, the value read as text', () => {
    const r = check('format: intervention/v1\nid: !!js/function "function () { process.exit(3) }"\n');
    assert.ok(ids(r).includes('yaml-warning'));
    assert.ok(!ids(r).includes('yaml-syntax'), 'valid YAML with a custom tag is not a syntax error');
    assert.ok(ids(r).includes('schema'), 'the tagged value is checked as the text it is read as');
  });
});

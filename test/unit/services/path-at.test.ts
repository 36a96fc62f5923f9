import { strict as assert } from 'node:assert';
import { completionContextAt, nodeAt } from '../../../server/src/services';
import { cursor, edit, offsetOf, sample, serviceDocument } from './helpers';

function contextAt(marked: string): ReturnType<typeof completionContextAt> {
  const { text, offset } = cursor(marked);
  return completionContextAt(text, offset);
}

describe('path at an offset (parsed YAML)', () => {
  const text = sample();
  const doc = serviceDocument(text).result.parsed?.doc;

  it('finds a key with its path and range', () => {
    const at = nodeAt(doc, offsetOf(text, 'followUpMonths: 6', 3));
    assert.deepEqual(at?.path, ['research', 'dutchStudies', 0, 'followUpMonths']);
    assert.equal(at?.role, 'key');
    const start = offsetOf(text, 'followUpMonths: 6');
    assert.deepEqual(at?.range, { start, end: start + 'followUpMonths'.length });
  });

  it('finds values inside flow mappings and list items', () => {
    const effect = nodeAt(doc, offsetOf(text, 'd: 0.27', 4));
    assert.deepEqual(effect?.path, ['research', 'dutchStudies', 0, 'outcomes', 1, 'effect', 'd']);
    assert.equal(effect?.role, 'value');
    assert.equal(effect?.node.value, 0.27);
    const item = nodeAt(doc, offsetOf(text, 'risk-families]', 1));
    assert.deepEqual(item?.path, ['targetGroup', 'population', 1]);
    assert.equal(item?.role, 'item');
  });

  it('finds nothing between tokens', () => {
    assert.equal(nodeAt(doc, offsetOf(text, 'category: sensitivity', 9)), undefined);
    assert.equal(nodeAt(undefined, 0), undefined);
  });
});

describe('completion context from the text', () => {
  it('reads the parent path of a partly typed key from the indentation', () => {
    const context = contextAt(edit(sample(), '  sessionMinutes: 75\n', '  sess¦\n'));
    assert.equal(context?.kind, 'key');
    assert.deepEqual(context?.path, ['approach']);
    assert.equal(context?.prefix, 'sess');
    assert.ok(context?.present.includes('sessions'));
    assert.ok(!context?.present.includes('sess'));
  });

  it('reads a value position after "key: " with nothing after it', () => {
    const context = contextAt(edit(sample(), 'category: sensitivity', 'category: ¦'));
    assert.equal(context?.kind, 'value');
    assert.deepEqual(context?.path, ['category']);
  });

  it('reads an unclosed flow list with the items already in it', () => {
    const context = contextAt(edit(sample(), 'population: [help-request, risk-families]', 'population: [help-request, ¦'));
    assert.equal(context?.kind, 'item');
    assert.equal(context?.flow, true);
    assert.deepEqual(context?.path, ['targetGroup', 'population']);
    assert.deepEqual(context?.present, ['help-request']);
  });

  it('counts "- " items as list indices', () => {
    const marked = edit(sample(), '        - measure: Attachment Q-Sort\n', '        - measure: Attachment Q-Sort\n          dom¦\n');
    const context = contextAt(marked);
    assert.deepEqual(context?.path, ['research', 'dutchStudies', 0, 'outcomes', 1]);
    assert.deepEqual(context?.present, ['measure', 'domain', 'instrumentValidated', 'effect', 'label', 'significant', 'direction']);
    const nested = contextAt('a:\n  - - x\n    - ¦\n');
    assert.deepEqual(nested?.path, ['a', 0, 1]);
    const compact = contextAt('a:\n- x\n- ¦\n');
    assert.deepEqual(compact?.path, ['a', 1]);
    assert.deepEqual(compact?.list, { path: ['a'], items: ['x'], dashStart: 7 });
  });

  it('gives no context in comments, block scalars or after a scalar value', () => {
    assert.equal(contextAt('a: 1 # c¦'), undefined);
    assert.equal(contextAt('a: |\n  text ¦\n'), undefined);
    assert.equal(contextAt('a: 1\n    ¦'), undefined);
  });
});

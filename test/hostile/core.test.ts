import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, fixAll, validate, type ValidationResult } from '../../server/src/core';
import { complete, documentSymbols, foldingRanges, hover } from '../../server/src/services';
import { TODAY } from '../support/paths';
import { FLOW_ITEMS, HOSTILE_CASES, huge, KEYS, longFlowLine, manyExtensionKeys, nestedWithinLimit } from './generate';
import { figure } from '../support/scale';
import { measure, record } from './support';

function text(content: string | Buffer): string {
  return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
}

function check(name: string, input: string): ValidationResult {
  const { result, ms, rssGrowthMiB } = measure(() => validate(input, { today: TODAY }));
  const ids = [...new Set(result.findings.map((f) => f.ruleId))].join(', ') || 'no findings';
  record({ name: `core: ${name}`, ms, rssGrowthMiB, outcome: ids });
  for (const f of result.findings) assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= input.length, `${f.ruleId} out of range`);
  return result;
}

describe('hostile input: validate() gives a clear finding within 10 s and 1 GB', function () {
  this.timeout(60_000);

  for (const hostile of HOSTILE_CASES) {
    const expected = hostile.inProcess ?? hostile;
    it(`${hostile.name}: ${expected.ruleId}`, () => {
      const input = text(hostile.content());
      const result = check(hostile.name, input);
      const finding = result.findings.find((f) => f.ruleId === expected.ruleId && expected.message.test(f.message));
      assert.ok(finding, `expected ${expected.ruleId} ${expected.message}, got ${result.findings.slice(0, 5).map((f) => `${f.ruleId}: ${f.message}`).join(' | ')}`);
      assert.ok(!result.findings.some((f) => f.ruleId === 'internal-error'), 'a rule failed');
    });
  }

  it('a 50 MB text: document-too-large at once, nothing parsed', () => {
    const result = check('50 MB text', huge().toString('utf8'));
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['document-too-large']);
    assert.equal(result.parsed, undefined);
  });

  it('nesting just inside the limit is checked normally, without a stack overflow', () => {
    const result = check('450-deep flow nesting (inside the limit)', nestedWithinLimit());
    assert.ok(!result.findings.some((f) => f.ruleId === 'yaml-syntax'), result.findings.map((f) => f.message).join('\n'));
    assert.ok(result.findings.some((f) => f.ruleId === 'schema'), 'the schema check ran');
  });

  it(`${figure(KEYS)} extension keys (x-…) in a complete description: no finding for them`, () => {
    const result = check(`${figure(KEYS)} x- keys`, manyExtensionKeys());
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });

  it(`a flow list on one line (${figure(FLOW_ITEMS)} items) is checked`, () => {
    const result = check(`flow list of ${figure(FLOW_ITEMS)} items`, longFlowLine());
    assert.ok(result.findings.some((f) => f.ruleId === 'schema'), 'the schema check ran');
  });

  it('fixAll, and the language features where the server offers them, stay within the budget on every hostile input', () => {
    for (const hostile of HOSTILE_CASES) {
      const input = text(hostile.content());
      const fixed = measure(() => fixAll(input, { today: TODAY }));
      record({ name: `fixAll: ${hostile.name}`, ms: fixed.ms, rssGrowthMiB: fixed.rssGrowthMiB, outcome: fixed.result.applied === 0 ? 'nothing to fix' : `${fixed.result.applied} fixes` });
      const document = TextDocument.create('file:///h.intervention.yaml', 'intervention-yaml', 1, input);
      const service = { document, result: validate(input, { today: TODAY }), config: DEFAULT_CONFIG };
      // The server offers no language features on a text the core refused (see lsp-workspace.test.ts).
      if (!service.result.parsed?.doc) continue;
      const features = measure(() => {
        for (const offset of [0, input.length >> 1, input.length]) {
          complete(service, offset);
          hover(service, offset);
        }
        documentSymbols(service);
        foldingRanges(service);
      });
      record({ name: `language features: ${hostile.name}`, ms: features.ms, rssGrowthMiB: features.rssGrowthMiB, outcome: 'answered' });
    }
  });
});

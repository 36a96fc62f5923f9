import { strict as assert } from 'node:assert';
import { complete, completionContextAt, documentLinks, documentSymbols, foldingRanges, hover, nodeAt } from '../../../server/src/services';
import { edit, sample, serviceDocument } from './helpers';
import { scaled } from '../../support/scale';

/** Every offset in the full run; in the default suite every 5th and the last few (the ends are where slips hide). */
const STEP = scaled(1, 5);

function offsets(length: number): number[] {
  const chosen = new Set<number>();
  for (let offset = -1; offset <= length + 1; offset += STEP) chosen.add(offset);
  for (let offset = Math.max(-1, length - 3); offset <= length + 1; offset++) chosen.add(offset);
  return [...chosen];
}

/** Texts every feature must survive at every offset. */
function variants(): [string, string][] {
  const text = sample('voorbeeld-sterk-thuis.intervention.yaml');
  return [
    ['a complete sample', text],
    ['an unclosed quote', edit(text, 'reference: "Fictief, B., & Voorbeeld, C. (2022).', 'reference: "Fictief, B., & Voorbeeld, C. (2022). ').replace(/ \[fictief\]"\n      year: 2022/, ' [fictief]\n      year: 2022')],
    ['an unclosed flow list and a tab', edit(text, 'population: [risk-families, maltreatment]', 'population: [risk-families, {\n\tx: [')],
    ['odd fragments', '- - -\n  ? a\n  : b\n"\n{ [ ,: \n---\n%YAML 1.2\n&a *a\n x: |\n#'],
    ['empty', ''],
  ];
}

describe('robustness: completion and hover at every offset', () => {
  for (const [name, text] of variants()) {
    it(`never throw on ${name}`, () => {
      const doc = serviceDocument(text);
      const length = doc.document.getText().length;
      for (const offset of offsets(length)) {
        assert.doesNotThrow(() => completionContextAt(text, offset), `context at ${offset}`);
        assert.doesNotThrow(() => nodeAt(doc.result.parsed?.doc, offset), `node at ${offset}`);
        const items = complete(doc, offset);
        for (const item of items) {
          assert.ok(item.textEdit && 'range' in item.textEdit);
          const start = doc.document.offsetAt(item.textEdit.range.start);
          const end = doc.document.offsetAt(item.textEdit.range.end);
          assert.ok(start <= end && end <= length, `edit range at ${offset}`);
          assert.ok(!item.label.startsWith('x-'));
        }
        hover(doc, offset);
      }
      assert.ok(Array.isArray(documentSymbols(doc)));
      assert.ok(Array.isArray(foldingRanges(doc)));
      assert.ok(Array.isArray(documentLinks(doc)));
    });
  }

  it('the broken variants really are broken', () => {
    const [, unclosed, flow] = variants();
    assert.ok(serviceDocument(unclosed![1]).result.findings.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(serviceDocument(flow![1]).result.findings.some((f) => f.ruleId === 'yaml-syntax'));
  });
});

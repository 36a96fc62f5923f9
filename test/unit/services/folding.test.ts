import { strict as assert } from 'node:assert';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { foldingRanges } from '../../../server/src/services';
import { sample, serviceDocument } from './helpers';

describe('folding ranges', () => {
  const text = sample();
  const ranges = foldingRanges(serviceDocument(text));
  const at = (startLine: number): { startLine: number; endLine: number; kind?: string } | undefined => ranges.find((r) => r.startLine === startLine);

  it('folds the comment block at the top', () => {
    assert.deepEqual(at(1), { startLine: 1, endLine: 4, kind: FoldingRangeKind.Comment });
  });

  it('folds block scalars from their key to their last line', () => {
    assert.deepEqual(at(7), { startLine: 7, endLine: 15 });
  });

  it('folds block mappings and sequences, list items included', () => {
    assert.deepEqual(at(16), { startLine: 16, endLine: 21 }); // owner
    assert.deepEqual(at(102), { startLine: 102, endLine: 146 }); // research
    assert.deepEqual(at(103), { startLine: 103, endLine: 131 }); // dutchStudies
    assert.deepEqual(at(104), { startLine: 104, endLine: 131 }); // the study item
    assert.deepEqual(at(111), { startLine: 111, endLine: 117 }); // first outcome
  });

  it('does not fold one-line flow collections, single lines or the whole document', () => {
    assert.equal(at(33), undefined); // population: [help-request, risk-families]
    assert.equal(at(0), undefined);
    for (const range of ranges) assert.ok(range.endLine > range.startLine);
    assert.equal(new Set(ranges.map((r) => r.startLine)).size, ranges.length);
  });

  it('does not read comment-like lines in a block scalar as comments', () => {
    const literal = 'format: intervention/v1\nsummary: |\n  # not a comment\n  # neither\nid: x\n# one\n# two\n';
    assert.deepEqual(foldingRanges(serviceDocument(literal)), [
      { startLine: 1, endLine: 3 },
      { startLine: 5, endLine: 6, kind: FoldingRangeKind.Comment },
    ]);
  });
});

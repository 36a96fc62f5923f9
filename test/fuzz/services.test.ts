import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, validate } from '../../server/src/core';
import { complete, documentLinks, documentSymbols, foldingRanges, hover, type ServiceDocument } from '../../server/src/services';
import { TODAY } from '../support/paths';
import { mutatedCase, mutatedText, randomText, structuredCase, structuredText } from './arbitraries';
import { fuzz } from './support';

describe('fuzz: the language features answer at any position of any text', function () {
  this.timeout(0);

  it('completion, hover, symbols, folding and links never throw and stay inside the document', () => {
    const input = fc.oneof({ weight: 3, arbitrary: mutatedCase.map(mutatedText) }, { weight: 1, arbitrary: structuredCase.map(structuredText) }, { weight: 1, arbitrary: randomText });
    fuzz('services: any position of any text', 1500, (measure) =>
      fc.property(input, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (text, positions) => {
        measure(() => {
          const document = TextDocument.create('file:///fuzz.intervention.yaml', 'intervention-yaml', 1, text);
          const result = validate(text, { today: TODAY });
          const service: ServiceDocument = { document, result, config: DEFAULT_CONFIG };
          const lines = document.lineCount;
          for (const p of positions) {
            const offset = p % (text.length + 1);
            const items = complete(service, offset);
            assert.ok(Array.isArray(items) || (typeof items === 'object' && items !== null), 'completion result');
            const info = hover(service, offset);
            assert.ok(info === null || info === undefined || typeof info === 'object');
          }
          const inside = (range: { start: { line: number }; end: { line: number } }): void =>
            assert.ok(range.start.line >= 0 && range.end.line < Math.max(lines, 1) + 1 && range.start.line <= range.end.line, `range outside the document: ${JSON.stringify(range)}`);
          for (const symbol of documentSymbols(service)) inside(symbol.range);
          for (const fold of foldingRanges(service)) assert.ok(fold.startLine <= fold.endLine && fold.endLine < Math.max(lines, 1), `folding range outside the document: ${JSON.stringify(fold)}`);
          for (const link of documentLinks(service)) inside(link.range);
        });
      }),
    );
  });
});

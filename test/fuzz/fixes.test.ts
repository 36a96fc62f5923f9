import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { Lexer } from 'yaml';
import { applyEdits, fixAll, nonOverlapping, safeFixEdits, validate, type Edit } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { COMPLETE_SAMPLES, completeSample } from '../support/samples';
import { mutatedCase, mutatedText, structuredCase, structuredText } from './arbitraries';
import { FIGURES, fuzz } from './support';

const options = { today: TODAY };
const FORMATS = ['intervention/v2', '"intervention/v0"', "'intervention/v1 '", 'v1', '""', '~', '[intervention/v1]', '1'];
const LABELS = ['negligible', 'small', 'medium', 'large', 'very large', 'verwaarloosbaar', 'klein', 'middelmatig', 'groot', 'zeer groot', '"klein"', "'large'", 'huge'];
const EFFECTS = ['{ d: 0.1 }', '{ d: -0.45 }', '{ d: 0.8 }', '{ d: 1.5 }', '{ r: 0.05 }', '{ r: 0.35 }', '{ r: -0.6 }', '{ or: 2 }', '{d: 0.5}'];

/** A complete sample whose format and labels were changed so that the safe fixes have work to do. */
const fixable = fc
  .record({
    sample: fc.constantFrom(...COMPLETE_SAMPLES),
    format: fc.option(fc.oneof(fc.constantFrom(...FORMATS), fc.constant('<delete>'), fc.constant('<move>')), { nil: undefined }),
    labels: fc.array(fc.constantFrom(...LABELS), { maxLength: 4 }),
    effects: fc.array(fc.constantFrom(...EFFECTS), { maxLength: 4 }),
    comment: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((c) => {
    let text = completeSample(c.sample);
    if (c.format === '<delete>') text = text.replace(/^format: .*\n/, '');
    else if (c.format === '<move>') text = text.replace(/^format: .*\n/, '').replace(/^(name: .*\n)/m, '$1format: intervention/v1\n');
    else if (c.format !== undefined) text = text.replace(/^format: .*$/m, `format: ${c.format}`);
    let i = 0;
    text = text.replace(/^( *)label: .*$/gm, (line, indent: string) => (i < c.labels.length ? `${indent}label: ${c.labels[i++]!}${c.comment ? ' # toelichting' : ''}` : line));
    let j = 0;
    text = text.replace(/^( *)effect: .*$/gm, (line, indent: string) => (j < c.effects.length ? `${indent}effect: ${c.effects[j++]!}` : line));
    if (c.crlf) text = text.replace(/\n/g, '\r\n');
    return c.bom ? `\uFEFF${text}` : text;
  });

/** Comment tokens as the YAML lexer sees them (a `#` inside a string is not one). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).sort();
}

function assertOnlyEditsChanged(before: string, after: string, edits: readonly Edit[]): void {
  let from = 0;
  let at = 0;
  for (const edit of nonOverlapping(edits)) {
    const kept = before.slice(from, edit.start);
    assert.equal(after.slice(at, at + kept.length), kept, `bytes before offset ${edit.start} changed`);
    at += kept.length + edit.text.length;
    from = edit.end;
  }
  assert.equal(after.slice(at), before.slice(from), 'bytes after the last edit changed');
}

function lineEnds(text: string): 'crlf' | 'lf' | 'mixed' | 'none' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  return lf === 0 ? 'none' : crlf === lf ? 'crlf' : crlf === 0 ? 'lf' : 'mixed';
}

describe('fuzz: safe fixes are local, idempotent and keep the file’s bytes', function () {
  this.timeout(0);

  it('changes only the bytes inside its edits, keeps comments, line ends and the BOM, and is idempotent', () => {
    let fixedCases = 0;
    const input = fc.oneof({ weight: 3, arbitrary: fixable }, { weight: 2, arbitrary: mutatedCase.map(mutatedText) }, { weight: 1, arbitrary: structuredCase.map(structuredText) });
    fuzz('fixes: local and idempotent', 1200, (measure) =>
      fc.property(input, (text) => {
        measure(() => {
          let current = text;
          for (let pass = 0; pass < 10; pass++) {
            const edits = safeFixEdits(validate(current, options).findings);
            if (edits.length === 0) break;
            const next = applyEdits(current, edits).text;
            assertOnlyEditsChanged(current, next, edits);
            current = next;
          }
          const once = fixAll(text, options).text;
          if (once !== text) fixedCases++;
          assert.equal(once, current, 'fixAll differs from applying the safe fixes pass by pass');
          assert.equal(fixAll(once, options).text, once, 'fixAll is not idempotent');
          const original = comments(text);
          const fixed = comments(once);
          for (const comment of new Set(original)) {
            assert.ok(fixed.filter((c) => c === comment).length >= original.filter((c) => c === comment).length, `comment lost: ${comment}`);
          }
          const ends = lineEnds(text);
          if (ends === 'crlf' || ends === 'lf') assert.equal(lineEnds(once), ends, 'line ends changed');
          assert.equal(once.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'BOM added or lost');
          assert.ok(!once.slice(1).includes('\uFEFF') || text.slice(1).includes('\uFEFF'), 'a BOM moved into the text');
        });
      }),
    );
    // The property is only worth something when the fixes had work to do.
    const cases = FIGURES[FIGURES.length - 1]!.cases;
    if (cases >= 100) assert.ok(fixedCases > cases / 5, `only ${fixedCases} of ${cases} cases had a safe fix to apply`);
  });

  it('leaves a file with nothing to fix byte for byte as it was', () => {
    fuzz('fixes: nothing to fix', 300, (measure) =>
      fc.property(fc.constantFrom(...COMPLETE_SAMPLES), fc.boolean(), fc.boolean(), (sample, crlf, bom) => {
        const base = completeSample(sample);
        const text = `${bom ? '\uFEFF' : ''}${crlf ? base.replace(/\n/g, '\r\n') : base}`;
        const result = measure(() => fixAll(text, options));
        assert.equal(result.text, text);
        assert.equal(result.applied, 0);
      }),
    );
  });
});

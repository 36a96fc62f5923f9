import { strict as assert } from 'node:assert';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../server/src/services';
import { edit, sample, serviceDocument } from './helpers';

function child(symbols: readonly DocumentSymbol[] | undefined, name: string): DocumentSymbol {
  const found = symbols?.find((s) => s.name === name);
  assert.ok(found, `no symbol ${name} in ${(symbols ?? []).map((s) => s.name).join(', ')}`);
  return found;
}

describe('document symbols', () => {
  const symbols = documentSymbols(serviceDocument(sample()));

  it('lists the top-level keys as sections, in document order, with kinds by value', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['format', 'id', 'name', 'summary', 'owner', 'category', 'level', 'targetGroup', 'goals', 'approach', 'rationale', 'implementation', 'research', 'references'],
    );
    assert.equal(child(symbols, 'owner').kind, SymbolKind.Namespace);
    assert.equal(child(symbols, 'id').kind, SymbolKind.Property);
    assert.equal(child(symbols, 'id').detail, 'voorbeeld-samen-kijken');
    assert.equal(child(symbols, 'references').kind, SymbolKind.Array);
    assert.deepEqual(child(symbols, 'research').selectionRange, { start: { line: 102, character: 0 }, end: { line: 102, character: 8 } });
    assert.deepEqual(child(symbols, 'research').range, { start: { line: 102, character: 0 }, end: { line: 146, character: 29 } });
  });

  it('nests keys as children', () => {
    const contact = child(child(symbols, 'owner').children, 'contact');
    assert.deepEqual(contact.children?.map((s) => s.name), ['name', 'email', 'website']);
    assert.equal(child(child(symbols, 'approach').children, 'sessions').kind, SymbolKind.Number);
  });

  it('names studies by the start of their reference, with year and design as detail', () => {
    const research = child(symbols, 'research');
    const dutch = child(research.children, 'dutchStudies');
    assert.equal(dutch.children?.length, 1);
    const study = dutch.children?.[0];
    assert.equal(study?.name, 'Voorbeeld, A., & Fictief, B. (2021). Fictieve studie: Samen…');
    assert.ok((study?.name.length ?? 0) <= 60);
    assert.equal(study?.detail, '2021 · rct');
    assert.equal(study?.range.start.line, 104);
    const international = child(research.children, 'internationalStudies').children?.[0];
    assert.equal(international?.detail, '2019 · rct');
    assert.ok(international?.name.startsWith('Exemplar, C., & Sample, D. (2019).'));
  });

  it('names outcomes by their measure, with the domain as detail', () => {
    const study = child(child(symbols, 'research').children, 'dutchStudies').children?.[0];
    const outcomes = child(study?.children, 'outcomes').children ?? [];
    assert.deepEqual(outcomes.map((o) => o.name), ['Ainsworth-schaal voor sensitiviteit (observatie)', 'Attachment Q-Sort', 'Nijmeegse Ouderlijke Stress Index (verkort)']);
    assert.deepEqual(outcomes.map((o) => o.detail), ['sensitivity', 'attachment', 'parenting-stress']);
  });

  it('keeps every selection range inside its range', () => {
    const check = (list: readonly DocumentSymbol[]): void => {
      for (const s of list) {
        const inside = (p: { line: number; character: number }): boolean =>
          (p.line > s.range.start.line || (p.line === s.range.start.line && p.character >= s.range.start.character)) &&
          (p.line < s.range.end.line || (p.line === s.range.end.line && p.character <= s.range.end.character));
        assert.ok(inside(s.selectionRange.start) && inside(s.selectionRange.end), s.name);
        assert.ok(s.name.length > 0);
        check(s.children ?? []);
      }
    };
    check(symbols);
  });

  it('falls back to the index for a study without reference, and copes with broken YAML', () => {
    const text = edit(sample(), '    - reference: "Voorbeeld, A., & Fictief, B. (2021). Fictieve studie: Samen Kijken en ouderlijke sensitiviteit, een gerandomiseerde trial. Tijdschrift voor Voorbeeldonderzoek, 3(2), 10-24. [fictief]"\n      year: 2021', '    - year: 2021');
    const dutch = child(child(documentSymbols(serviceDocument(text)), 'research').children, 'dutchStudies');
    assert.equal(dutch.children?.[0]?.name, '[0]');
    assert.doesNotThrow(() => documentSymbols(serviceDocument('a: [\n  - b: "')));
    assert.deepEqual(documentSymbols(serviceDocument('')), []);
  });
});

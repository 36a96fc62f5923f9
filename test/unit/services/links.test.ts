import { strict as assert } from 'node:assert';
import { documentLinks } from '../../../server/src/services';
import { edit, sample, serviceDocument } from './helpers';

function linkedTexts(text: string): { url: string | undefined; covered: string }[] {
  const doc = serviceDocument(text);
  return documentLinks(doc).map((link) => ({ url: link.target, covered: doc.document.getText(link.range) }));
}

describe('document links', () => {
  it('links the website of the contact, range exactly the URL', () => {
    const text = sample();
    assert.deepEqual(linkedTexts(text), [{ url: 'https://voorbeeld-jeugd.example/samen-kijken', covered: 'https://voorbeeld-jeugd.example/samen-kijken' }]);
    const [link] = documentLinks(serviceDocument(text));
    assert.deepEqual(link?.range, { start: { line: 21, character: 13 }, end: { line: 21, character: 57 } });
  });

  it('finds a URL inside a reference, without the trailing punctuation', () => {
    const text = edit(
      sample(),
      'Tijdschrift voor Voorbeeldonderzoek, 3(2), 10-24. [fictief]"',
      'Tijdschrift voor Voorbeeldonderzoek, 3(2), 10-24. https://doi.org/10.1000/vb.2021.3(2).10. [fictief]"',
    );
    const links = linkedTexts(text);
    assert.equal(links.length, 2);
    assert.deepEqual(links[1], { url: 'https://doi.org/10.1000/vb.2021.3(2).10', covered: 'https://doi.org/10.1000/vb.2021.3(2).10' });
  });

  it('finds URLs in plain list items and block scalars, not in comments or keys', () => {
    const text = [
      'format: intervention/v1',
      '# see https://example.org/comment',
      'references:',
      '  - Zie (http://example.org/a) en https://example.org/b.',
      'summary: >-',
      '  Meer op https://example.org/c, en verder.',
    ].join('\n');
    assert.deepEqual(
      linkedTexts(text).map((l) => l.covered),
      ['http://example.org/a', 'https://example.org/b', 'https://example.org/c'],
    );
  });
});

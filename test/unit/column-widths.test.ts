import { strict as assert } from 'node:assert';
import { columnWidths } from '../../server/src/export/column-widths';
import { STUDY_HEADERS } from '../../server/src/export';

describe('docx column widths follow the content', () => {
  const row = [['NL1'], ['Voorbeeld, A., & Fictief, B. (2021). Fictieve studie: Samen Kijken en ouderlijke sensitiviteit, een gerandomiseerde trial. Tijdschrift voor Voorbeeldonderzoek, 3(2), 10-24.'], ['RCT'], ['184'], ['6'], ['Ainsworth-schaal voor sensitiviteit (observatie) (sensitiviteit): d = 0,44 — klein; significant', 'Attachment Q-Sort (gehechtheid): d = 0,27 — klein; significant'], ['ja']];

  it('reference and outcomes wide, N and follow-up narrow, adding up to the page width', () => {
    const widths = columnWidths(STUDY_HEADERS, [row], 9026);
    assert.equal(widths.reduce((a, b) => a + b, 0), 9026);
    const [nr, reference, design, n, followUp, outcomes, counts] = widths as [number, number, number, number, number, number, number];
    for (const other of [nr, design, n, followUp, counts]) {
      assert.ok(reference > 1.5 * other && outcomes > 1.5 * other, `reference and outcomes are the widest: ${widths.join(', ')}`);
    }
    assert.ok(n <= Math.min(design, followUp, counts) && n < reference / 4, `N is among the narrowest: ${widths.join(', ')}`);
  });

  it('every column is at least as wide as its longest word, when the page allows', () => {
    const widths = columnWidths(['a', 'b'], [[['effectgroottes'], ['x']]], 9026);
    assert.ok((widths[0] ?? 0) >= 'effectgroottes'.length * 100, `${widths.join(', ')}`);
  });

  it('short content fills the page in proportion; too long words are scaled down together', () => {
    assert.deepEqual(columnWidths(['ab', 'ab'], [], 1000), [500, 500]);
    const squeezed = columnWidths(['x'.repeat(200), 'y'.repeat(100)], [], 3000);
    assert.equal(squeezed.reduce((a, b) => a + b, 0), 3000);
    assert.ok((squeezed[0] ?? 0) > (squeezed[1] ?? 0));
  });
});

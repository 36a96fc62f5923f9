import { strict as assert } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/services';
import { edit, markdownOf, offsetOf, sample, serviceDocument } from './helpers';

function hoverText(text: string, offset: number, language: 'en' | 'nl' = 'en'): { value: string; hover: Hover } {
  const result = hover(serviceDocument(text, language), offset);
  assert.ok(result, `no hover at ${offset}`);
  assert.ok(typeof result.contents === 'object' && 'kind' in result.contents);
  return { value: markdownOf(result.contents), hover: result };
}

describe('hover: keys and enum values', () => {
  it('shows title, Dutch term and the description in the configured language only, with the key as range', () => {
    const text = sample();
    const at = offsetOf(text, '  contraIndications:', 2);
    const { value, hover: result } = hoverText(text, at + 5);
    assert.match(value, /^\*\*Contra-indications\*\* — \*contra-indicaties\*\n\n/);
    assert.ok(value.includes('Situations in which the intervention'));
    assert.ok(!value.includes('Situaties waarin de interventie'), 'no Dutch description in English mode');
    assert.deepEqual(result.range, { start: { line: 42, character: 2 }, end: { line: 42, character: 19 } });
    const dutch = hoverText(text, at, 'nl').value;
    assert.ok(dutch.includes('Situaties waarin de interventie'));
    assert.ok(!dutch.includes('Situations in which the intervention'), 'no English description in Dutch mode');
  });

  it('describes an enum value in the configured language', () => {
    const text = sample();
    const { value, hover: result } = hoverText(text, offsetOf(text, 'help-request, risk-families', 3));
    assert.ok(value.startsWith('**help-request**'));
    assert.ok(value.includes('Families with a help request about the parent–child relationship'));
    assert.ok(!value.includes('Gezinnen met een hulpvraag over de ouder-kindrelatie'));
    const dutch = hoverText(text, offsetOf(text, 'help-request, risk-families', 3), 'nl').value;
    assert.ok(dutch.includes('Gezinnen met een hulpvraag over de ouder-kindrelatie'));
    assert.ok(!dutch.includes('Families with a help request'));
    assert.deepEqual(result.range, { start: { line: 34, character: 15 }, end: { line: 34, character: 27 } });
    const category = hoverText(text, offsetOf(text, 'category: sensitivity', 12), 'nl').value;
    assert.ok(category.includes('Gericht op het verbeteren van ouderlijke sensitiviteit'));
    assert.ok(!category.includes('Improves parental sensitivity'), 'Dutch mode shows no English');
  });

  it('has nothing to say about prose values, x- keys or whitespace', () => {
    const text = edit(sample(), 'id: voorbeeld-samen-kijken', 'x-intern: ja\nid: voorbeeld-samen-kijken');
    assert.equal(hover(serviceDocument(text), offsetOf(text, 'Samen Kijken (voorbeeld', 3)), null);
    assert.equal(hover(serviceDocument(text), offsetOf(text, 'x-intern', 2)), null);
    assert.equal(hover(serviceDocument(text), offsetOf(text, 'category: sensitivity', 9)), null);
  });
});

describe('hover: effect sizes (spec §4)', () => {
  it('gives the class of Cohen\'s d in English and Dutch', () => {
    const text = edit(sample(), 'effect: { d: 0.44 }', 'effect: { d: 0.45 }');
    const { value, hover: result } = hoverText(text, offsetOf(text, 'd: 0.45', 4));
    assert.ok(value.includes('d = 0.45 → small / klein'), value);
    const start = offsetOf(text, 'd: 0.45', 3);
    const doc = serviceDocument(text).document;
    assert.deepEqual(result.range, { start: doc.positionAt(start), end: doc.positionAt(start + 4) });
  });

  it('classifies r and the absolute value of a negative d', () => {
    const r = edit(sample(), 'effect: { d: 0.44 }', 'effect: { r: 0.3 }');
    assert.ok(hoverText(r, offsetOf(r, 'r: 0.3', 3)).value.includes('r = 0.3 → medium / middelmatig'));
    const negative = edit(sample(), 'effect: { d: 0.44 }', 'effect: { d: -1.25 }');
    assert.ok(hoverText(negative, offsetOf(negative, 'd: -1.25', 4)).value.includes('d = -1.25 → very large / zeer groot'));
  });

  it('says that odds ratios have no classes', () => {
    const text = edit(sample(), 'effect: { d: 0.44 }', 'effect: { or: 1.8 }');
    const english = hoverText(text, offsetOf(text, 'or: 1.8', 4)).value;
    assert.ok(english.startsWith('Odds ratio 1.8: the GR advice gives no size classes for odds ratios'));
    assert.ok(!/small|medium|large/.test(english));
    assert.ok(hoverText(text, offsetOf(text, 'or: 1.8', 4), 'nl').value.startsWith('Odds ratio 1.8: het GR-advies geeft geen grootteklassen'));
  });
});

describe('hover: claimed level (spec §5)', () => {
  it('lists the requirements up to the claimed level with ✓ and the level the studies support', () => {
    // The only Dutch study loses its 6-month follow-up: effective-strong is no longer supported.
    const text = edit(sample(), '      followUpMonths: 6\n', '      followUpMonths: 2\n');
    const { value } = hoverText(text, offsetOf(text, 'claimed: effective-strong', 12));
    assert.ok(value.includes('**Claimed level:** `effective-strong` (effective, strong indications)'), value);
    assert.ok(value.includes('**Supported by the studies:** `effective-good` (effective, good indications)'));
    assert.ok(value.includes('- ✓ *well-founded*: problem analysis (`rationale.problem`)'));
    assert.ok(value.includes('- ✓ *effective-good*: 1 supporting controlled study (rct or quasi-experimental); found 2'));
    assert.ok(value.includes('- ✗ *effective-strong*: a supporting study with a follow-up of at least 6 months'));
    // Which requirement the advice sources and which is a configurable default (spec §5).
    assert.ok(value.includes('- ✓ *well-founded*: problem analysis (`rationale.problem`) — source: GR Table 1, note a'), value);
    assert.ok(value.includes('- ✓ *effective-first*: indications of effectiveness from Dutch effect research (a supporting Dutch effect study); found 1 — source: GR Table 1, note a'), value);
    assert.ok(value.includes('found 2 — tool default, configurable as `levels.effective-good.controlledStudies`'), value);
  });

  it('shows only the requirements up to the claimed level, in Dutch when configured, also on the key', () => {
    const text = edit(sample(), 'claimed: effective-strong', 'claimed: effective-first');
    const { value } = hoverText(text, offsetOf(text, 'claimed:', 2), 'nl');
    assert.ok(value.startsWith('**Aangevraagd niveau** — *'), 'the Dutch title (x-title-nl)');
    assert.ok(value.includes('**Geclaimd niveau:** `effective-first` (effectief volgens eerste aanwijzingen)'));
    assert.ok(value.includes('**Onderbouwd door de studies:** `effective-strong`'));
    assert.ok(value.includes('Eisen tot en met effectief volgens eerste aanwijzingen:'), 'level names, not ids, in Dutch sentences');
    assert.ok(value.includes('- ✓ *goed onderbouwd*: probleemanalyse (`rationale.problem`)'));
    assert.ok(!value.includes('goede aanwijzingen*'));
    assert.ok(!value.includes('sterke aanwijzingen*'));
  });

  it('marks missing rationale parts with ✗', () => {
    const text = edit(sample(), '  causes: >-', '  x-causes: >-');
    const { value } = hoverText(text, offsetOf(text, 'claimed: effective-strong', 12));
    assert.ok(value.includes('- ✗ *well-founded*: causes (`rationale.causes`)'));
    assert.ok(value.includes('**Supported by the studies:** none (not yet well-founded)'), 'the name of `none` once, not `none` (none (…))');
    assert.ok(!value.includes('none (none'));
    assert.ok(hoverText(text, offsetOf(text, 'claimed: effective-strong', 12), 'nl').value.includes('**Onderbouwd door de studies:** geen (nog niet goed onderbouwd)'));
  });

  it('says so when the document could not be checked', () => {
    const text = edit(sample(), 'id: voorbeeld-samen-kijken', 'id: "voorbeeld-samen-kijken');
    const broken = serviceDocument(text);
    assert.equal(broken.result.assessment, undefined);
    const unchecked = edit(sample(), 'format: intervention/v1', 'format: intervention/v0');
    const { value } = hoverText(unchecked, offsetOf(unchecked, 'claimed: effective-strong', 12));
    assert.ok(value.includes('could not be checked'));
  });
});

describe('hover: sessions (GR §4.2, §4.3)', () => {
  it('gives the range found most effective, 5–15, for a sensitivity description, on the key and on the value', () => {
    const text = sample();
    const onValue = hoverText(text, offsetOf(text, 'sessions: 7', 10)).value;
    assert.equal(onValue, 'Number of sessions found most effective for `sensitivity`: **5–15** (GR §4.2).\n\n7 lies inside this range.');
    const onKey = hoverText(text, offsetOf(text, '  sessions: 7', 3)).value;
    assert.ok(onKey.startsWith('**Sessions** — *aantal bijeenkomsten / contacten*'));
    assert.ok(onKey.includes('**5–15** (GR §4.2)'));
  });

  it('reports a value outside the range', () => {
    const text = edit(sample(), 'sessions: 7 ', 'sessions: 20 ');
    assert.ok(hoverText(text, offsetOf(text, 'sessions: 20', 10)).value.includes('20 lies outside this range.'));
    const dutch = hoverText(text, offsetOf(text, 'sessions: 20', 10), 'nl').value;
    assert.ok(dutch.includes('Aantal sessies dat voor de categorie sensitiviteit en gehechtheid het meest effectief bleek: **5–15** (GR §4.2).'), dutch);
    assert.ok(!dutch.includes('`sensitivity`'), 'the category name, not its id, in a Dutch sentence');
    assert.ok(dutch.includes('20 ligt buiten dit bereik.'));
  });

  it('gives 16–30 for maltreatment prevention, also on min/max of a range', () => {
    const text = sample('voorbeeld-sterk-thuis.intervention.yaml');
    const { value } = hoverText(text, offsetOf(text, 'sessions: { min: 18', 18));
    assert.ok(value.includes('**16–30** (GR §4.3)'));
    assert.ok(value.includes('18–26 lies inside this range.'));
    const partly = edit(text, 'max: 26 }', 'max: 40 }');
    assert.ok(hoverText(partly, offsetOf(partly, 'max: 40', 1)).value.includes('18–40 lies partly outside this range.'));
  });

  it('knows no range for other categories', () => {
    const text = sample('voorbeeld-opvoeden-in-balans.intervention.yaml');
    assert.equal(hoverText(text, offsetOf(text, 'sessions: 6', 10)).value, 'No range found most effective is known for category `parenting-support`.');
  });
});

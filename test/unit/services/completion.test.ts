import { strict as assert } from 'node:assert';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/services';
import { applyCompletion, cursor, edit, find, labels, markdownOf, sample, serviceDocument } from './helpers';

const CATEGORIES = ['sensitivity', 'maltreatment-prevention', 'parenting-support', 'other'];

function completeAt(marked: string, language: 'en' | 'nl' = 'en'): { text: string; items: ReturnType<typeof complete> } {
  const { text, offset } = cursor(marked);
  return { text, items: complete(serviceDocument(text, language), offset) };
}

/** The sample without its contra-indications, the cursor where they were. */
function withoutContraIndications(): string {
  return edit(
    sample(),
    '  contraIndications:\n    - Kindermishandeling of huiselijk geweld (vermoed of vastgesteld)\n    - Ernstige, onbehandelde psychiatrische problematiek of verslaving bij de ouder\n    - Acute crisis in het gezin die eerst andere hulp vraagt\n',
    '  ¦\n',
  );
}

describe('completion: keys', () => {
  it('offers the missing key of targetGroup with its Dutch term, and not the keys already present', () => {
    const { items } = completeAt(withoutContraIndications());
    assert.deepEqual(labels(items), ['contraIndications']);
    const item = find(items, 'contraIndications');
    assert.equal(item.detail, 'contra-indicaties');
    assert.equal(item.kind, CompletionItemKind.Property);
    assert.equal(item.insertText, 'contraIndications: [$0]');
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(!labels(items).includes('population'));
  });

  it('documents a key in the configured language only', () => {
    const english = markdownOf(find(completeAt(withoutContraIndications()).items, 'contraIndications').documentation);
    const dutch = markdownOf(find(completeAt(withoutContraIndications(), 'nl').items, 'contraIndications').documentation);
    assert.match(english, /^\*\*Contra-indications\*\* — \*contra-indicaties\*/);
    assert.ok(english.includes('Situations in which the intervention must not be used'));
    assert.ok(!english.includes('Situaties waarin de interventie niet'));
    assert.ok(dutch.includes('Situaties waarin de interventie niet'));
    assert.ok(!dutch.includes('Situations in which the intervention must not be used'));
  });

  it('completes a partly typed key on a new line from the indentation, required keys first', () => {
    const text = edit(sample(), '  sessions: 7              # binnen de effectieve range van 5–15 sessies (GR §4.2)\n', '  sess¦\n');
    const { items } = completeAt(text);
    assert.deepEqual(labels(items), ['sessions']);
    const sessions = find(items, 'sessions');
    assert.equal(sessions.detail, 'aantal bijeenkomsten / contacten');
    assert.equal(sessions.insertText, 'sessions: $0');
    assert.ok(sessions.sortText?.startsWith('0'));
    assert.ok(sessions.textEdit && 'range' in sessions.textEdit);
    assert.deepEqual(sessions.textEdit.range, { start: { line: 57, character: 2 }, end: { line: 57, character: 6 } });
  });

  it('sorts required keys before optional ones', () => {
    const { items } = completeAt(edit(sample(), '  sessions: 7  ', '  ¦\n  x-old: 7  '));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(labels(sorted), ['sessions']);
    const root = completeAt('format: intervention/v1\nid: x\n¦\n').items;
    const order = [...root].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.deepEqual(order.slice(0, 8), ['name', 'summary', 'owner', 'category', 'level', 'targetGroup', 'goals', 'approach']);
    assert.ok(order.indexOf('rationale') > order.indexOf('approach'));
  });

  it('inserts objects and lists of objects as blocks, lists of enums and strings in flow', () => {
    const text = edit(sample(), 'rationale:\n', 'x-rationale:\n');
    const root = completeAt(`${text}¦`).items;
    assert.equal(find(root, 'rationale').insertText, 'rationale:\n  $0');
    assert.equal(find(root, 'rationale').kind, CompletionItemKind.Module);
    const research = completeAt(edit(sample(), '  internationalStudies:\n', '  ¦\n  x-internationalStudies:\n')).items;
    assert.equal(find(research, 'internationalStudies').insertText, 'internationalStudies:\n  - $0');
    assert.equal(find(research, 'metaAnalyses').detail, 'meta-analyses');
    const goals = completeAt(edit(sample(), '  sub:\n', '  ¦\n  x-sub:\n')).items;
    assert.equal(find(goals, 'sub').insertText, 'sub: [$0]');
  });

  it('indents a nested block relative to a key that follows "- "', () => {
    const text = edit(sample(), '        - measure: Attachment Q-Sort\n', '        - ¦\n        - measure: Attachment Q-Sort\n');
    const { items } = completeAt(text);
    assert.equal(find(items, 'effect').insertText, 'effect:\n    $0');
    assert.equal(find(items, 'measure').detail, 'meetinstrument / uitkomstmaat');
  });

  it('inserts only the key when the colon is already there', () => {
    const { items } = completeAt(edit(sample(), '  sessions: 7  ', '  sess¦ions: 7  '));
    const sessions = find(items, 'sessions');
    assert.equal(sessions.insertText, 'sessions');
    assert.equal(sessions.insertTextFormat, InsertTextFormat.PlainText);
  });

  it('completes the keys of a flow mapping', () => {
    const { items } = completeAt(edit(sample(), '{ min: 6, max: 48 }', '{ min: 6, ¦ }'));
    assert.deepEqual(labels(items), ['max']);
    assert.equal(find(items, 'max').detail, 'maximumleeftijd');
  });

  it('offers the keys of a session range under approach.sessions (the object branch of oneOf)', () => {
    const { items } = completeAt(edit(sample(), '  sessions: 7  ', '  sessions:\n    ¦\n  x-was: 7  '));
    assert.deepEqual(labels(items), ['min', 'max']);
  });

  it('never offers x- keys, and nothing under an x- key', () => {
    const everywhere = [completeAt(`${sample()}¦`).items, completeAt(withoutContraIndications()).items];
    for (const items of everywhere) assert.ok(items.every((item) => !item.label.startsWith('x-')));
    assert.deepEqual(completeAt(edit(sample(), 'name: Samen', 'x-notes:\n  ¦\nname: Samen')).items, []);
  });

  it('offers nothing in a comment or inside a block scalar', () => {
    assert.deepEqual(completeAt(edit(sample(), '# Volledig', '# Vol¦ledig')).items, []);
    assert.deepEqual(completeAt(edit(sample(), 'kinderen van zes maanden', 'kinderen ¦van zes maanden')).items, []);
  });
});

describe('completion: values', () => {
  it('offers exactly the four categories after "category: "', () => {
    const { items } = completeAt(edit(sample(), 'category: sensitivity', 'category: ¦'));
    assert.deepEqual(labels(items), CATEGORIES);
    const sensitivity = find(items, 'sensitivity');
    assert.equal(sensitivity.kind, CompletionItemKind.EnumMember);
    const doc = markdownOf(sensitivity.documentation);
    assert.ok(doc.startsWith('Improves parental sensitivity and the attachment relationship.'));
    assert.ok(!doc.includes('Gericht op het verbeteren van ouderlijke sensitiviteit'), 'English mode shows no Dutch');
  });

  it('replaces a partly typed value and adds the space after a bare colon', () => {
    const typed = completeAt(edit(sample(), 'category: sensitivity', 'category: sens¦'));
    const item = find(typed.items, 'sensitivity');
    assert.ok(item.textEdit && 'range' in item.textEdit);
    assert.deepEqual(item.textEdit.range, { start: { line: 22, character: 10 }, end: { line: 22, character: 14 } });
    const bare = completeAt(edit(sample(), 'category: sensitivity', 'category:¦'));
    assert.equal(find(bare.items, 'other').insertText, ' other');
  });

  it('offers true and false for booleans', () => {
    const { items } = completeAt(edit(sample(), '{ available: true, language: nl }', '{ available: ¦, language: nl }'));
    assert.deepEqual(labels(items), ['true', 'false']);
    const block = completeAt(edit(sample(), '          instrumentValidated: true\n          effect: { d: 0.27 }', '          instrumentValidated: ¦\n          effect: { d: 0.27 }'));
    assert.deepEqual(labels(block.items), ['true', 'false']);
  });

  it('offers the enum values not yet in a flow list', () => {
    const { items } = completeAt(edit(sample(), 'population: [help-request, risk-families]', 'population: [help-request, ¦'));
    assert.deepEqual(labels(items), ['universal', 'risk-families', 'maltreatment']);
    const closed = completeAt(edit(sample(), 'components: [video-feedback, home-visits, psycho-education]', 'components: [video-feedback, ¦, psycho-education]'));
    assert.deepEqual(labels(closed.items), ['home-visits', 'parent-training', 'practical-support', 'group-sessions', 'other']);
  });

  it('offers the enum values not yet in a block list', () => {
    const text = edit(sample(), '  qualityAssurance: [training, intervision, refresher-days, supervision, fidelity-monitoring]', '  qualityAssurance:\n    - training\n    - ¦\n    - supervision');
    const { items } = completeAt(text);
    assert.deepEqual(labels(items), ['intervision', 'refresher-days', 'fidelity-monitoring', 'other']);
    assert.equal(find(items, 'intervision').insertText, 'intervision');
    const undashed = edit(sample(), '  qualityAssurance: [training, intervision, refresher-days, supervision, fidelity-monitoring]', '  qualityAssurance:\n    - training\n    ¦');
    const next = completeAt(undashed).items;
    assert.deepEqual(labels(next), ['intervision', 'refresher-days', 'supervision', 'fidelity-monitoring', 'other']);
    assert.equal(find(next, 'other').insertText, '- other');
  });

  it('offers a one-value flow list right after the key of an enum list', () => {
    const { text, items } = completeAt(edit(sample(), 'population: [help-request, risk-families]', 'population: ¦'));
    assert.deepEqual(labels(items), ['universal', 'help-request', 'risk-families', 'maltreatment']);
    const applied = applyCompletion(text, find(items, 'risk-families'));
    assert.deepEqual(serviceDocument(applied).result.description?.targetGroup?.population, ['risk-families']);
  });
});

describe('completion: snippets', () => {
  const values = {
    1: 'Jansen, K., & Bakker, L. (2023). Samen Kijken: een replicatie. Tijdschrift voor Voorbeeldonderzoek, 5(1), 1-12.',
    2: 'quasi-experimental',
    3: 'Ainsworth-schaal voor sensitiviteit',
    4: 'sensitivity',
    5: 'small',
    6: 'positive',
  };

  it('inserts a study in a study list that the core accepts without schema findings', () => {
    const marked = edit(sample(), '  internationalStudies:\n', '    ¦\n  internationalStudies:\n');
    const { text, items } = completeAt(marked);
    const snippet = find(items, 'Study (RCT in the Netherlands)');
    assert.equal(snippet.kind, CompletionItemKind.Snippet);
    assert.ok(snippet.insertText?.startsWith('- reference: "${1:TODO: Auteur, A. (jaar). Titel. Tijdschrift, jaargang(nummer), pagina\'s.}"\n  year: 2024\n'));
    const result = serviceDocument(applyCompletion(text, snippet, values)).result;
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax'), []);
    const added = result.description?.research?.dutchStudies?.[1];
    assert.equal(added?.reference, values[1]);
    assert.equal(added?.design, 'quasi-experimental');
    assert.equal(added?.outcomes?.[0]?.effect?.d, 0.45);
  });

  it('replaces a typed "- " with the study snippet; with the defaults it is valid and its text placeholders are placeholder-text', () => {
    const marked = edit(sample(), '  internationalStudies:\n', '    - ¦\n  internationalStudies:\n');
    const { text, items } = completeAt(marked);
    const snippet = find(items, 'Study (RCT in the Netherlands)');
    const inserted = applyCompletion(text, snippet);
    assert.ok(inserted.includes('\n    - reference: "TODO: Auteur, A. (jaar). Titel. Tijdschrift, jaargang(nummer), pagina\'s."\n      year: 2024\n'));
    const result = serviceDocument(inserted).result;
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax'), []);
    const placeholders = result.findings.filter((f) => f.ruleId === 'placeholder-text').map((f) => f.path.join('.'));
    assert.deepEqual(placeholders, ['research.dutchStudies.1.reference', 'research.dutchStudies.1.outcomes.0.measure']);
    assert.equal(result.description?.research?.dutchStudies?.length, 2);
  });

  it('offers the outcome snippet in an outcomes list', () => {
    const marked = edit(sample(), '  internationalStudies:\n', '        ¦\n  internationalStudies:\n');
    const { text, items } = completeAt(marked);
    assert.deepEqual(labels(items), ['Outcome with effect size']);
    const result = serviceDocument(applyCompletion(text, find(items, 'Outcome with effect size'), { 1: 'Meldingen bij Veilig Thuis', 2: 'maltreatment' })).result;
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax'), []);
    const outcome = result.description?.research?.dutchStudies?.[0]?.outcomes?.[3];
    assert.equal(outcome?.measure, 'Meldingen bij Veilig Thuis');
    assert.equal(outcome?.domain, 'maltreatment');
  });

  it('does not offer a study snippet in a list of strings', () => {
    const { items } = completeAt(edit(sample(), '  processEvaluation:\n', '  processEvaluation:\n    ¦\n'));
    assert.ok(items.every((item) => item.kind !== CompletionItemKind.Snippet));
  });

  it('offers a new description with every required key in an empty document; the core accepts it, reporting its placeholders', () => {
    const { text, items } = completeAt('¦');
    const item = find(items, 'New intervention description');
    assert.ok(item.insertText?.startsWith('format: intervention/v1\nid: ${1:'));
    for (const key of ['owner:\n  organisation:', 'level:\n  claimed:', 'targetGroup:\n  child:\n    ageMonths:\n      min:', 'goals:\n  main:', 'approach:\n  sessions:']) {
      assert.ok(item.insertText?.includes(key), key);
    }
    const result = serviceDocument(applyCompletion(text, item)).result;
    assert.deepEqual(result.findings.filter((f) => ['schema', 'yaml-syntax', 'format-version'].includes(f.ruleId)), []);
    assert.equal(result.description?.approach?.sessions, 7);
    // Every free-text value it inserts is a placeholder the author must replace.
    const placeholders = result.findings.filter((f) => f.ruleId === 'placeholder-text').map((f) => f.path.join('.'));
    for (const path of ['name', 'summary', 'owner.organisation', 'goals.main']) assert.ok(placeholders.includes(path), `${path} is not reported: ${placeholders.join(', ')}`);
    const dutch = complete(serviceDocument('', 'nl'), 0);
    assert.ok(labels(dutch).includes('Nieuwe interventiebeschrijving'));
  });

  it('leaves out the format line when the document already has it, and offers no skeleton in a full document', () => {
    const { text, items } = completeAt('format: intervention/v1\n¦');
    const item = find(items, 'New intervention description');
    assert.ok(item.insertText?.startsWith('id: '));
    assert.deepEqual(serviceDocument(applyCompletion(text, item)).result.findings.filter((f) => f.ruleId === 'schema'), []);
    assert.ok(!labels(completeAt(`${sample()}¦`).items).includes('New intervention description'));
  });
});

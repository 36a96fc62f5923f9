import { strict as assert } from 'node:assert';
import { docsOf, enumOf, listItemSnippet, propertiesOf, requiredOf, schemaAt, schemaType, snippetScalar, snippetsOf, toYamlLines } from '../../../server/src/services';

describe('schema navigation', () => {
  it('follows properties, items and local $ref to a study outcome effect', () => {
    const d = schemaAt(['research', 'dutchStudies', 0, 'outcomes', 2, 'effect', 'd']);
    assert.ok(d);
    assert.equal(docsOf(d).title, "Cohen's d");
    assert.equal(schemaType(d), 'number');
  });

  it('keeps the documentation next to a $ref and takes the structure from the definition', () => {
    const effect = schemaAt(['research', 'metaAnalyses', 0, 'outcomes', 0, 'effect']);
    assert.ok(effect);
    assert.ok(docsOf(effect).description.en?.startsWith('The effect size of this outcome'));
    assert.deepEqual(propertiesOf(effect).map(([key]) => key), ['d', 'r', 'or']);
  });

  it('picks the object branch of approach.sessions (oneOf) for a key step', () => {
    const min = schemaAt(['approach', 'sessions', 'min']);
    assert.ok(min);
    assert.equal(docsOf(min).title, 'Fewest sessions');
    const sessions = schemaAt(['approach', 'sessions']);
    assert.ok(sessions);
    assert.deepEqual(requiredOf(sessions), ['min', 'max']);
    assert.equal(docsOf(sessions).nlTerm, 'aantal bijeenkomsten / contacten');
  });

  it('reads enums with their descriptions in both languages, and snippets', () => {
    const population = schemaAt(['targetGroup', 'population', 0]);
    assert.ok(population);
    const values = enumOf(population);
    assert.deepEqual(values.map((v) => v.value), ['universal', 'help-request', 'risk-families', 'maltreatment']);
    assert.ok(values[0]?.description.en && values[0].description.nl);
    const study = schemaAt(['research', 'dutchStudies', 0]);
    assert.ok(study);
    assert.deepEqual(snippetsOf(study).map((s) => s.label), ['Study (RCT in the Netherlands)']);
    const format = schemaAt(['format']);
    assert.ok(format);
    assert.deepEqual(enumOf(format).map((v) => v.value), ['intervention/v1']);
  });

  it('accepts x- keys anywhere and leaves the schema for unknown keys', () => {
    assert.deepEqual(schemaAt(['owner', 'x-intern']), {});
    assert.equal(schemaAt(['targetGroop']), undefined);
    assert.equal(schemaAt(['id', 'deeper']), undefined);
  });
});

describe('snippet conversion to YAML', () => {
  it('quotes strings with special characters and keeps placeholders', () => {
    assert.equal(snippetScalar('${1:Author, A. (2024). Title: sub}'), '"${1:Author, A. (2024). Title: sub}"');
    assert.equal(snippetScalar('${2:rct}'), '${2:rct}');
    assert.equal(snippetScalar('${1:say "hi"}'), '"${1:say \\\\"hi\\\\"}"');
    assert.equal(snippetScalar('2024'), '"2024"');
  });

  it('leaves a placeholder for a number unquoted when the schema says it is a number', () => {
    const study = schemaAt(['research', 'dutchStudies', 0]);
    assert.ok(study);
    assert.deepEqual(toYamlLines({ year: '${1:2024}', reference: '${2:x}', outcomes: [{ effect: { d: '${3:0.4}' } }] }, study), [
      'year: ${1:2024}',
      'reference: ${2:x}',
      'outcomes:',
      '  - effect:',
      '      d: ${3:0.4}',
    ]);
    assert.equal(listItemSnippet({ n: 5 }, study), '- n: 5$0');
  });
});

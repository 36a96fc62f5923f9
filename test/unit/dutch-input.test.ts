import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, DEFAULT_CONFIG, INTERVENTION_SCHEMA, mergeConfig, validate, type Language } from '../../server/src/core';
import { synonymTable } from '../../server/src/core/synonyms';
import { fixture } from '../support/fixtures';
import { SAMPLES, TODAY } from '../support/paths';

type Node = Record<string, unknown>;

const SAMPLE = readFileSync(join(SAMPLES, 'complete', 'voorbeeld-samen-kijken.intervention.yaml'), 'utf8');

function withLine(from: string, to: string): string {
  assert.ok(SAMPLE.includes(from), `the sample has ${from}`);
  return SAMPLE.replace(from, to);
}

function schemaFindings(text: string, language: Language = 'en'): ReturnType<typeof validate>['findings'] {
  return validate(text, { today: TODAY, config: mergeConfig(DEFAULT_CONFIG, { language }) }).findings.filter((f) => f.ruleId === 'schema');
}

function dutchMessage(text: string): string {
  return schemaFindings(text, 'nl').map((f) => f.message).join('\n');
}

/** Every object node of the schema. */
function allNodes(node: unknown): Node[] {
  if (typeof node !== 'object' || node === null) return [];
  const children = Object.values(node).flatMap(allNodes);
  return Array.isArray(node) ? children : [node as Node, ...children];
}

/** Every schema node with `properties`, with its location, for checks over the whole schema. */
function propertyNodes(node: unknown, at = '#'): { at: string; node: Node }[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: { at: string; node: Node }[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && typeof child === 'object' && child !== null) {
      for (const [name, property] of Object.entries(child as Node)) found.push({ at: `${at}/${name}`, node: property as Node });
    }
    for (const inner of propertyNodes(child, `${at}/${key}`)) found.push(inner);
  }
  return found;
}

describe('Dutch input', () => {
  describe('the synonym table, generated from the schema', () => {
    it('gives a Dutch name for every enum value that has one, and maps each to a value the schema allows', () => {
      const nodes = allNodes(INTERVENTION_SCHEMA);
      const allowed = new Set(nodes.flatMap((n) => (Array.isArray(n['enum']) ? (n['enum'] as unknown[]) : [])));
      let checked = 0;
      for (const spellings of synonymTable().values.values()) {
        for (const [spelling, canonical] of spellings) {
          const ok = allowed.has(canonical.value) || (canonical.plain && ['true', 'false'].includes(canonical.value)) || /^[A-Z]{2}$/.test(canonical.value);
          assert.ok(ok, `${spelling} → ${canonical.value} is not allowed by the schema`);
          checked++;
        }
      }
      for (const node of nodes.filter((n) => Array.isArray(n['x-enum-nl']))) {
        assert.equal((node['x-enum-nl'] as unknown[]).length, (node['enum'] as unknown[]).length, 'one Dutch name per enum value');
      }
      assert.ok(checked > 100, `only ${checked} spellings in the table`);
    });

    it('knows the databank terms named in the issue', () => {
      const spellings = new Map<string, string>();
      for (const table of synonymTable().values.values()) for (const [s, c] of table) spellings.set(s, c.value);
      assert.equal(spellings.get('effectief volgens eerste aanwijzingen'), 'effective-first');
      assert.equal(spellings.get('nederland'), 'NL');
      assert.equal(spellings.get('positief'), 'positive');
      assert.equal(spellings.get('ja'), 'true');
      assert.equal(spellings.get('nee'), 'false');
    });

    it('every property of the schema has a Dutch title (x-title-nl), used by hover', () => {
      const missing = propertyNodes(INTERVENTION_SCHEMA).filter(({ node }) => typeof node['title'] === 'string' && typeof node['x-title-nl'] !== 'string');
      assert.deepEqual(missing.map((m) => m.at), []);
    });
  });

  describe('values', () => {
    it('names the canonical value of a Dutch level name, in English and in Dutch', () => {
      const text = withLine('claimed: effective-strong', 'claimed: effectief volgens eerste aanwijzingen');
      const [finding, ...rest] = schemaFindings(text);
      assert.deepEqual(rest, []);
      assert.match(finding!.message, /`effectief volgens eerste aanwijzingen` is the Dutch name of `effective-first`/);
      assert.match(dutchMessage(text), /Nederlandse naam van `effective-first`/);
      assert.equal(finding!.fixes[0]?.safe, true);
      assert.equal(applyEdits(text, finding!.fixes[0].edits).text, withLine('claimed: effective-strong', 'claimed: effective-first'));
    });

    it('writes `ja` as a plain `true`, also when it was quoted, so that it becomes a boolean', () => {
      const text = withLine('significant: true', 'significant: "ja"');
      const [finding] = schemaFindings(text);
      assert.equal(applyEdits(text, finding!.fixes[0]!.edits).text, SAMPLE);
    });

    it('leaves a value that is no known spelling to the ordinary, unsafe "did you mean"', () => {
      const [finding] = schemaFindings(withLine('delivery: individual', 'delivery: indivdual'));
      assert.match(finding!.message, /Did you mean `individual`\?/);
      assert.equal(finding!.fixes[0]?.safe, false);
    });
  });

  describe('decimal commas', () => {
    it('reads `{ d: 0,44 }` as the number it was meant to be: one finding, no unknown key `44`', () => {
      const text = withLine('effect: { d: 0.44 }', 'effect: { d: 0,44 }');
      const findings = validate(text, { today: TODAY }).findings;
      assert.deepEqual(findings.map((f) => f.ruleId), ['schema']);
      assert.match(findings[0]!.message, /decimal comma/);
      assert.match(dutchMessage(text), /decimale komma/);
      assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), '0,44');
      assert.equal(applyEdits(text, findings[0]!.fixes[0]!.edits).text, SAMPLE);
    });

    it('does not take `{ d: 0, 44 }` (a comma and a space) for a decimal', () => {
      const findings = schemaFindings(withLine('effect: { d: 0.44 }', 'effect: { d: 0, 44 }'));
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f) => !/decimal comma/.test(f.message)), findings.map((f) => f.message).join('\n'));
    });
  });

  describe('keys', () => {
    it('suggests `goals` for `doelen`, with a rename that makes the file pass the schema', () => {
      const { text } = fixture('schema', 'fires-dutch-key.intervention.yaml');
      const finding = schemaFindings(text).find((f) => f.message.startsWith('Unknown key `doelen`'));
      assert.match(finding!.message, /Did you mean `goals`\?/);
      assert.match(dutchMessage(text), /Bedoelde je `goals`\?/);
      const rename = finding!.fixes[0]!;
      assert.equal(rename.safe, false, 'renaming a key is the writer\'s call');
      assert.deepEqual(schemaFindings(applyEdits(text, rename.edits).text), []);
    });

    it('offers no rename onto a key that is already there', () => {
      const text = withLine('\ngoals:', '\ndoelgroep: x\ngoals:');
      const [finding] = schemaFindings(text);
      assert.match(finding!.message, /Did you mean `targetGroup`\?/);
      assert.deepEqual(finding!.fixes, []);
    });
  });
});

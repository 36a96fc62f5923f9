import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../server/src/core';
import { shrink } from '../../scripts/shrink-fixtures';
import { expectedFindings } from '../support/expectations';
import { parseDocument, visit } from 'yaml';
import { applyFixturePatch, FixturePatchError } from '../support/fixture-patch';
import { baseNames, loadFixtures, loadFolder, readBase } from '../support/fixtures';
import { makeWorkspace } from '../support/workspace';
import { FIXTURES, TODAY } from '../support/paths';

const BASE = `# the base's own header, replaced
format: intervention/v1
# an introduction
id: demo
approach:
  sessions: 7   # within the range
  sessionMinutes: 75
  components:
    - video-feedback
research:
  dutchStudies:
    - year: 2020
      design: rct
`;

const apply = (patch: string, base = BASE) => applyFixturePatch('t.patch.yaml', patch, (name) => (name === 'demo' ? base : undefined));

function rejects(patch: string, line: number, pattern: RegExp): void {
  assert.throws(
    () => apply(patch),
    (error: unknown) => error instanceof FixturePatchError && error.line === line && pattern.test(error.message) && error.message.startsWith(`t.patch.yaml:${line}: `),
  );
}

/** The description without its comments, in one canonical layout that still tells flow from block style. */
function withoutComments(text: string): string {
  const doc = parseDocument(text);
  doc.commentBefore = null;
  doc.comment = null;
  visit(doc, (_, node) => {
    if (node && typeof node === 'object' && 'commentBefore' in node) Object.assign(node, { commentBefore: undefined, comment: undefined });
  });
  return doc.toString();
}

describe('fixture patches (test/support/fixture-patch.ts)', () => {
  it('replaces a key\'s lines by the patch\'s own text and keeps every other line of the base', () => {
    const produced = apply('# Fixture header.\nbase: demo\nset:\n  approach.sessions: 40 # expect: sessions-outside-effective-range\n');
    assert.equal(produced.text, BASE.replace("# the base's own header, replaced\n", '# Fixture header.\n').replace('  sessions: 7   # within the range', '  sessions: 40 # expect: sessions-outside-effective-range'));
    assert.deepEqual(expectedFindings(produced.text), ['6:sessions-outside-effective-range']);
    assert.deepEqual(produced.origins[0], { file: 't.patch.yaml', line: 1 });
    assert.deepEqual(produced.origins[5], { file: 't.patch.yaml', line: 4 });
    assert.deepEqual(produced.origins[6], { file: '_base/demo.yaml', line: 7 });
    assert.equal(produced.origins.length, produced.text.split('\n').length);
  });

  it('shifts a block value to the key\'s column, inside list items too', () => {
    const produced = apply('base: demo\nset:\n  approach.components:\n    - parent-training # expect: x\n    - home-visits\n  research.dutchStudies.0.design: cohort\n');
    assert.match(produced.text, /\n {2}components:\n {4}- parent-training # expect: x\n {4}- home-visits\nresearch:/);
    assert.match(produced.text, /\n {6}design: cohort\n$/);
  });

  it('deletes keys, puts a new key where a sibling was deleted (a rename), else after the last key', () => {
    const renamed = apply('base: demo\nset:\n  approach.sesionMinutes: 75\ndelete: [approach.sessionMinutes]\n');
    assert.match(renamed.text, /sessions: 7 {3}# within the range\n {2}sesionMinutes: 75\n {2}components:/);
    const added = apply('base: demo\nset:\n  approach.deliveryMode: group\n  x-note: extra\ndelete: [approach.components]\n');
    assert.match(added.text, /sessionMinutes: 75\n {2}deliveryMode: group\nresearch:/);
    assert.match(added.text, /design: rct\nx-note: extra\n$/);
    assert.doesNotMatch(added.text, /video-feedback/);
  });

  it('drops the base\'s introduction only when asked', () => {
    assert.match(apply('base: demo\nset:\n  id: other\n').text, /^format: intervention\/v1\n# an introduction\nid: other\n/);
    assert.match(apply('base: demo\nintroduction: false\nset:\n  id: other\n').text, /^format: intervention\/v1\nid: other\n/);
  });

  it('rejects a patch that changes nothing, with the patch line', () => {
    rejects('base: demo\nset:\n  approach.sessions: 7   # within the range\n', 3, /already so in _base\/demo\.yaml: the change does nothing/);
    rejects('# header\nbase: demo\n', 1, /changes nothing in the description/);
    rejects('base: demo\nintroduction: false\n', 1, /changes nothing in the description/);
    rejects('base: demo\nintroduction: true\nset:\n  id: other\n', 2, /is the default/);
  });

  it('rejects what it cannot apply, naming the patch line', () => {
    rejects('base: demo\nset:\n  approach.nope.deeper: 1\n', 3, /`approach\.nope\.deeper`: _base\/demo\.yaml has no block map to hold it/);
    rejects('base: demo\ndelete: [approach.sessions, goals.main]\n', 2, /`goals\.main` is not in _base\/demo\.yaml: nothing to delete/);
    rejects('base: demo\nset:\n  approach..sessions: 1\n', 3, /a key path is keys and indexes/);
    rejects('base: demo\nset:\n  approach.sessions: 1\ndelete: [approach.sessions]\n', 1, /two changes touch the same lines/);
    rejects('base: demo\nsets:\n  id: x\n', 2, /unknown patch key `sets`/);
    rejects('base: missing\nset:\n  id: x\n', 1, /no base _base\/missing\.yaml/);
    rejects('base: demo\nset:\n  id: a\n  id: b\n', 4, /not a valid patch/);
  });

  it('the loader gives a patch that cannot be applied as a problem of that fixture, with its line', () => {
    const root = makeWorkspace({
      '_base/demo.yaml': BASE,
      'some-rule/fires-typo.patch.yaml': '# header\nbase: demo\nset:\n  approach.nope.x: 1\n',
      'some-rule/passes.patch.yaml': 'base: demo\nset:\n  id: other\n',
      'some-rule/fires-full.intervention.yaml': 'format: intervention/v1\n',
    });
    const fixtures = loadFolder('some-rule', root);
    assert.deepEqual(fixtures.map((f) => [f.name, f.problem]), [
      ['fires-full.intervention.yaml', undefined],
      ['fires-typo.intervention.yaml', 'some-rule/fires-typo.patch.yaml:4: `approach.nope.x`: _base/demo.yaml has no block map to hold it'],
      ['passes.intervention.yaml', undefined],
    ]);
    assert.match(fixtures[2]!.text, /^format: intervention\/v1\n# an introduction\nid: other\n/);
    assert.deepEqual(fixtures[2]!.origin(3), { file: 'some-rule/passes.patch.yaml', line: 3 });
  });

  it('every base is a clean description: no findings', () => {
    assert.ok(baseNames().length >= 3);
    for (const name of baseNames()) assert.deepEqual(validate(readBase(name)!, { today: TODAY }).findings.map((f) => f.ruleId), [], name);
  });

  describe('the patch fixtures', () => {
    const patches = loadFixtures().filter((f) => f.source.endsWith('.patch.yaml'));

    it('are most of the fixtures', () => assert.ok(patches.length > 100, String(patches.length)));

    it('each changes its base, not only its comments', () => {
      for (const fixture of patches) {
        const patch = readFileSync(join(FIXTURES, fixture.source), 'utf8');
        const base = /^base: ([a-z0-9-]+)$/m.exec(patch)![1]!;
        assert.notEqual(withoutComments(fixture.text), withoutComments(readBase(base)!), `${fixture.source} gives its base back`);
      }
    });

    it('are what `npm run fixtures:shrink` gives for the produced text, or an equivalent patch', () => {
      for (const fixture of patches) {
        const again = shrink(fixture.source, fixture.text);
        assert.ok(again, `${fixture.source}: the generator finds no patch for its own output`);
        assert.equal(applyFixturePatch(fixture.source, again.patch, readBase).text, fixture.text, fixture.source);
      }
    });
  });
});

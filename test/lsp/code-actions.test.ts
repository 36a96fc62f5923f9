import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspSession } from '../support/lsp-client';
import { validate } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), [...edits]);
}

/** Asserts that only the bytes inside the edits changed. */
function assertMinimal(before: string, after: string, edits: readonly TextEdit[]): void {
  const doc = TextDocument.create('x', 'x', 0, before);
  const [edit] = edits;
  assert.ok(edit);
  const start = doc.offsetAt(edit.range.start);
  const end = doc.offsetAt(edit.range.end);
  assert.equal(after.slice(0, start), before.slice(0, start));
  assert.equal(after.slice(start + edit.newText.length), before.slice(end));
}

describe('language server: quick fixes and fix-all', () => {
  let session: LspSession;
  let uri: string;
  afterEach(async () => session?.close());

  async function actionsFor(text: string, only?: string[]): Promise<{ actions: CodeAction[]; diagnostics: Diagnostic[] }> {
    const root = makeWorkspace({});
    session = await startServer({ root });
    uri = fileUri(join(root, 'a.intervention.yaml'));
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
    const { diagnostics } = await session.waitForDiagnostics(uri);
    const end = TextDocument.create(uri, 'x', 1, text).positionAt(text.length);
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end },
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return { actions, diagnostics };
  }

  function edit(action: CodeAction | undefined): TextEdit[] {
    assert.ok(action, 'action missing');
    return action.edit?.changes?.[uri] ?? [];
  }

  it('renames an unknown key to the suggested one, keeping the comment after it', async () => {
    const text = completeSample().replace(/^targetGroup:.*$/m, 'targetGroop: # doelgroep');
    const { actions } = await actionsFor(text);
    const action = actions.find((a) => a.title === 'Rename to `targetGroup`');
    const fixed = applyTextEdits(text, edit(action));
    assert.match(fixed, /^targetGroup: # doelgroep$/m);
    assertMinimal(text, fixed, edit(action));
  });

  it('corrects an enum typo, keeping its quotes', async () => {
    const text = completeSample().replace(/^category: sensitivity$/m, 'category: "sensitivty"');
    const { actions } = await actionsFor(text);
    const fixed = applyTextEdits(text, edit(actions.find((a) => a.title === 'Change to `sensitivity`')));
    assert.match(fixed, /^category: "sensitivity"$/m);
  });

  it('adds a missing required key with a placeholder at the right indentation', async () => {
    const text = completeSample().replace(/^  main: .*\n/m, '');
    const { actions } = await actionsFor(text);
    const edits = edit(actions.find((a) => a.title === 'Add `main`'));
    const fixed = applyTextEdits(text, edits);
    assert.match(fixed, /\n {2}main: "TODO"\n/);
    assertMinimal(text, fixed, edits);
    // The placeholder it inserts is a finding until the author writes the goal.
    assert.deepEqual(validate(fixed, { today: TODAY }).findings.map((f) => `${f.ruleId} ${f.path.join('.')}`), ['placeholder-text goals.main']);
  });

  it('adds the three contra-indications of GR §4.4', async () => {
    const text = completeSample().replace(/^ {2}contraIndications:\n(?: {4}- .*\n)+/m, '  contraIndications: []\n');
    const { actions, diagnostics } = await actionsFor(text);
    assert.ok(diagnostics.some((d) => d.code === 'missing-contra-indications'));
    const fixed = applyTextEdits(text, edit(actions.find((a) => /three contra-indications/.test(a.title))));
    assert.match(fixed, /contraIndications: \["psychiatric problems of a parent", "\(suspected\) child maltreatment", "domestic violence"\]/);
  });

  it('never proposes a contra-indication that contradicts a maltreatment population', async () => {
    const text = completeSample()
      .replace(/^ {2}contraIndications:\n(?: {4}- .*\n)+/m, '  contraIndications: []\n')
      .replace(/^ {2}population: .*$/m, '  population: [help-request, maltreatment]');
    const { actions } = await actionsFor(text);
    const fixed = applyTextEdits(text, edit(actions.find((a) => /contra-indications/.test(a.title))));
    assert.match(fixed, /contraIndications: \["psychiatric problems of a parent", "domestic violence"\]/);
  });

  it('sets format: intervention/v1', async () => {
    const text = completeSample().replace(/^format: .*$/m, 'format: intervention/v0');
    const { actions } = await actionsFor(text);
    assert.match(applyTextEdits(text, edit(actions.find((a) => /Set `format/.test(a.title)))), /^format: intervention\/v1$/m);
  });

  it('offers a disable comment with a reason placeholder above the finding, which stays invalid-disable until a reason is written', async () => {
    const text = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40');
    const { actions } = await actionsFor(text);
    const fixed = applyTextEdits(text, edit(actions.find((a) => /^Disable sessions-outside-effective-range/.test(a.title))));
    assert.match(fixed, /\n {2}# intervention-lint-disable-next-line sessions-outside-effective-range -- TODO: reason\n {2}sessions: 40\n/);
    const ids = (t: string): string[] => validate(t, { today: TODAY }).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids(fixed), ['invalid-disable', 'sessions-outside-effective-range'], 'one click must not silence a finding');
    assert.deepEqual(ids(fixed.replace('TODO: reason', 'the trial protocol fixed 40 sessions')), []);
  });

  it('source.fixAll applies every safe fix and nothing else', async () => {
    const base = completeSample();
    const text = base.replace(/^format: .*$/m, 'format: "intervention/v2"').replace(/label: small/, 'label: groot');
    const { actions } = await actionsFor(text, ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.intervention-lint');
    const fixed = applyTextEdits(text, edit(actions[0]));
    assert.match(fixed, /^format: "intervention\/v1"$/m);
    assert.doesNotMatch(fixed, /label: groot/);
    assert.match(fixed, /label: klein/);
  });
});

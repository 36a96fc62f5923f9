import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, rules, sample, waitForDiagnostics } from './helpers';

function positionOf(document: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" not found in ${document.fileName}`);
  return document.positionAt(offset + delta);
}

async function quickFix(uri: vscode.Uri, ruleId: string, title: string, message = ''): Promise<vscode.CodeAction> {
  const matches = (d: vscode.Diagnostic): boolean => rules([d])[0] === ruleId && d.message.includes(message);
  const diagnostic = (await waitForDiagnostics(uri, `${ruleId} ${message}`, (d) => d.some(matches))).find(matches)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `no quick fix "${title}"; got: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

suite('Language features', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(closeAll);

  test('the label quick fix sets the class of the effect and keeps the comment', async () => {
    const uri = sample('label-mismatch.intervention.yaml');
    const editor = await open(uri);
    const action = await quickFix(uri, 'effect-size-label-mismatch', 'Change the label to "small"');
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    const line = editor.document.lineAt(positionOf(editor.document, 'label: small   #').line).text;
    assert.equal(line.trim(), 'label: small   # zoals de auteurs het noemen');
    await waitForDiagnostics(uri, 'no effect-size-label-mismatch after the fix', (d) => !rules(d).includes('effect-size-label-mismatch'));
  });

  test('the rename quick fix corrects a misspelled key', async () => {
    const uri = sample('key-typo.intervention.yaml');
    const editor = await open(uri);
    const action = await quickFix(uri, 'schema', 'Rename to `targetGroup`', 'targetGroop');
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.match(editor.document.getText(), /\ntargetGroup: {3}# verkeerd gespeld\n/);
    await waitForDiagnostics(uri, 'no schema findings after the rename', (d) => !rules(d).includes('schema'));
  });

  test('completion offers the keys of the description', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'intervention-yaml', content: 'format: intervention/v1\n\n' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 0));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const key of ['targetGroup', 'rationale', 'research']) assert.ok(labels.some((l) => l.startsWith(key)), `no completion for ${key}; got ${labels.join(', ')}`);
  });

  test('hover explains a key with its Dutch databank term', async () => {
    const editor = await open('voorbeeld-samen-kijken.intervention.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'contraIndications:', 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /contra-indicaties/i);
  });
});

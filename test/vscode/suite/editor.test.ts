import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, ours, rules, sample, waitFor, waitForDiagnostics, workspaceFolder } from './helpers';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('interventionLint');
const SETTINGS = ['enable', 'run', 'ignore', 'configFile', 'language'] as const;

/** The code actions VS Code collects for the first finding of `rule` in `uri`. */
async function actionsFor(uri: vscode.Uri, rule: string): Promise<vscode.CodeAction[]> {
  const diagnostic = ours(uri).find((d) => rules([d])[0] === rule);
  assert.ok(diagnostic, `no ${rule} finding`);
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

suite('Editor: the settings and actions of vscode-eslint and markdownlint', () => {
  const vipp = sample('vipp-sd.intervention.yaml');
  suiteSetup(async () => {
    await api();
  });
  teardown(async () => {
    for (const name of SETTINGS) await config().update(name, undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('interventionLint.enable: false clears the findings, true brings them back', async () => {
    await open(vipp);
    await waitForDiagnostics(vipp, 'findings', (d) => rules(d).includes('missing-rationale'));
    await config().update('enable', false, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(vipp, 'none while disabled', (d) => d.length === 0);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(vipp, 'findings again', (d) => rules(d).includes('missing-rationale'));
  });

  test('interventionLint.ignore: a matching file is not checked', async () => {
    await open(vipp);
    await waitForDiagnostics(vipp, 'findings', (d) => d.length > 0);
    await config().update('ignore', ['vipp-*.yaml'], vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(vipp, 'none while ignored', (d) => d.length === 0);
  });

  test('interventionLint.run: onSave checks an edit when the file is saved, not while typing', async () => {
    await config().update('run', 'onSave', vscode.ConfigurationTarget.Global);
    const editor = await open(vipp);
    await waitForDiagnostics(vipp, 'findings', (d) => rules(d).includes('missing-rationale') && !rules(d).includes('schema'));
    // An unknown key: a schema error as soon as the text is checked.
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'bogusKey: 1\n'));
    try {
      await vscode.commands.executeCommand('vscode.executeHoverProvider', vipp, new vscode.Position(0, 1));
      assert.ok(!rules(ours(vipp)).includes('schema'), 'checked while typing');
      await editor.document.save();
      await waitForDiagnostics(vipp, 'the schema error after saving', (d) => rules(d).includes('schema'));
    } finally {
      await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 2, 0)));
      await editor.document.save();
    }
  });

  test('interventionLint.configFile: the named file is used instead of .intervention-lint.yaml', async () => {
    const file = vscode.Uri.joinPath(workspaceFolder(), 'other-lint.yaml');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('rules:\n  missing-rationale: off\n'));
    try {
      await open(vipp);
      await waitForDiagnostics(vipp, 'missing-rationale', (d) => rules(d).includes('missing-rationale'));
      await config().update('configFile', 'other-lint.yaml', vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(vipp, 'missing-rationale off by the other file', (d) => d.length > 0 && !rules(d).includes('missing-rationale'));
    } finally {
      await config().update('configFile', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(file);
    }
  });

  test('"Disable for the entire file" and "Show documentation" are offered; the docs open rendered, in Dutch for nl', async () => {
    const lint = await api();
    await open(vipp);
    await waitForDiagnostics(vipp, 'missing-rationale', (d) => rules(d).includes('missing-rationale'));
    const titles = (await actionsFor(vipp, 'missing-rationale')).map((a) => a.title);
    assert.ok(titles.includes('Disable missing-rationale for the entire file (with a reason)'), titles.join('\n'));
    const show = (await actionsFor(vipp, 'missing-rationale')).find((a) => a.title === 'Show documentation for missing-rationale');
    assert.ok(show?.command, titles.join('\n'));
    await vscode.commands.executeCommand(show.command.command, ...((show.command.arguments ?? []) as unknown[]));
    const english = await waitFor('the rendered rule page', () => lint.ruleDocsHtml());
    assert.match(english, /<h1[^>]*>.*missing-rationale/);
    assert.ok(!english.includes('## Nederlands') && !english.includes('# `missing-rationale`'), 'rendered HTML, not Markdown source');
    await config().update('language', 'nl', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('interventionLint.openRuleDocs', 'missing-rationale');
    const dutch = await waitFor('the Dutch rule page', () => (lint.ruleDocsHtml() !== english ? lint.ruleDocsHtml() : undefined));
    assert.match(dutch, /lang="nl"/);
    assert.ok(!dutch.includes('## Why') && !/<h2[^>]*>Why<\/h2>/.test(dutch), 'only the Dutch part');
  });

  test('Show output reveals the Intervention Lint output channel', async () => {
    const lint = await api();
    await vscode.commands.executeCommand('interventionLint.showOutput');
    assert.equal(lint.output.name, 'Intervention Lint');
  });

  test('the language status item follows the server: running, and running again after a restart', async () => {
    const lint = await api();
    assert.equal(lint.serverHealth(), 'running');
    await vscode.commands.executeCommand('interventionLint.restartServer');
    await waitFor('running after the restart', () => lint.serverHealth() === 'running');
  });

  test('Format Document keeps the comments and re-indents', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'intervention-yaml', content: 'format: intervention/v1   # format\nowner:\n      organisation: X\n' });
    await vscode.window.showTextDocument(doc);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    await vscode.workspace.applyEdit(edit);
    assert.equal(doc.getText(), 'format: intervention/v1 # format\nowner:\n  organisation: X\n');
  });
});

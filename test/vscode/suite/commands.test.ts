import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../../server/src/lsp/protocol';
import { api, closeAll, LANGUAGE_ID, open, ours, rules, sample, waitFor, waitForStatus, workspaceFolder } from './helpers';

const NEW_NAME = 'Samen Sterk (test)';
const NEW_FILE = 'samen-sterk-test.intervention.yaml';

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

async function removeNewFile(): Promise<void> {
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), NEW_FILE)).then(
    () => undefined,
    () => undefined,
  );
}

suite('Commands', () => {
  suiteSetup(async () => {
    await api();
    await removeNewFile();
  });
  suiteTeardown(removeNewFile);
  teardown(closeAll);

  test('New description writes a valid file from the template in the workspace folder and opens it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('interventionLint.newDescription', { name: NEW_NAME, category: 'sensitivity', language: 'en' });
    assert.ok(uri, 'the command returned no file');
    assert.equal(uri.toString(), vscode.Uri.joinPath(workspaceFolder(), NEW_FILE).toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^format: intervention\/v1\n(?:#.*\n)*id: samen-sterk-test\nname: "Samen Sterk \(test\)"\n/);
    assert.match(text, /\ncategory: sensitivity\n/);
    const editor = await waitFor('the new file in the active editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), [
      vscode.window.onDidChangeActiveTextEditor,
    ]);
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    // The server has checked it once the level shows; the template's only findings are its placeholders.
    const lint = await api();
    await waitForStatus(lint, 'the level of the new file', (t) => t.includes('→'));
    const serious = ours(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.ok(serious.length > 0, 'an untouched template has no placeholder-text findings');
    assert.deepEqual(serious.filter((d) => String((d.code as { value: string }).value) !== 'placeholder-text').map((d) => d.message), []);
  });

  test('New description does not overwrite an existing file', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('interventionLint.newDescription', { name: NEW_NAME, category: 'other' });
    assert.equal(uri, undefined);
  });

  test('the status bar shows claimed → supported level, with a warning when not supported', async () => {
    const lint = await api();
    await open('vipp-sd.intervention.yaml');
    const unsupported = await waitForStatus(lint, 'a warning for vipp-sd', (t) => t.startsWith('$(warning)'));
    assert.match(unsupported, /^\$\(warning\) effective, strong indications → .+/);
    await open('voorbeeld-samen-kijken.intervention.yaml');
    const supported = await waitForStatus(lint, 'a pass for the complete sample', (t) => t.startsWith('$(pass)'));
    assert.equal(supported, '$(pass) effective, strong indications → effective, strong indications');
  });

  test('Show evidence report opens a themed, script-free webview that follows edits', async () => {
    const lint = await api();
    const editor = await open('voorbeeld-samen-kijken.intervention.yaml');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('interventionLint.showReport');
    assert.ok(panel, 'the command returned no panel');
    assert.equal(panel.title, 'Evidence report: voorbeeld-samen-kijken.intervention.yaml');
    await waitFor(
      'a webview tab titled like the panel',
      () => allTabs().some((tab) => tab.label === panel.title && tab.input instanceof vscode.TabInputWebview),
      [vscode.window.tabGroups.onDidChangeTabs],
    );
    const html = panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src [^;]+ 'unsafe-inline'; img-src [^;]+ data:/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import/i, 'the report must not load anything from the network');
    assert.match(html, /<svg/, 'the effect-size chart is missing');
    assert.match(html, /--vscode-editor-foreground/, 'the theme stylesheet is missing');
    assert.match(html, /Samen Kijken \(voorbeeldinterventie\)/);

    const rendered = new Promise<void>((resolve) => {
      const listener = lint.onDidRenderReport(() => {
        if (lint.reportPanel()?.webview.html.includes('Samen Kijken Bewerkt')) {
          listener.dispose();
          resolve();
        }
      });
    });
    await editor.edit((edit) => {
      const start = editor.document.getText().indexOf('Samen Kijken (voorbeeldinterventie)');
      edit.replace(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + 12)), 'Samen Kijken Bewerkt');
    });
    await rendered;
  });

  test('Open rule documentation shows the rule page rendered in a webview', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('interventionLint.openRuleDocs', 'missing-rationale');
    assert.ok(uri?.path.endsWith('/docs/rules/missing-rationale.md'));
    await waitFor('a tab of the missing-rationale page', () => allTabs().some((tab) => tab.label.startsWith('missing-rationale')), [vscode.window.tabGroups.onDidChangeTabs]);
    assert.equal(await vscode.commands.executeCommand('interventionLint.openRuleDocs', 'no-such-rule'), undefined);
  });

  test('Check all descriptions returns the counts of the workspace', async () => {
    const result = await vscode.commands.executeCommand<CheckWorkspaceResult>('interventionLint.checkWorkspace');
    assert.ok(result.files >= 5, `expected the 5 samples (at least), got ${result.files}`);
    assert.ok(result.errors >= 3, 'vipp-sd, houvast and key-typo have errors');
    assert.ok(result.warnings >= 1);
    // A file no test opens gets its diagnostics from the server's workspace diagnostics.
    const houvast = sample('houvast.intervention.yaml');
    await waitFor('diagnostics for houvast (never opened)', () => rules(ours(houvast)).includes('missing-rationale'), [vscode.languages.onDidChangeDiagnostics]);
  });

  test('Restart server brings the language server back', async () => {
    const lint = await api();
    await vscode.commands.executeCommand('interventionLint.restartServer');
    await open('vipp-sd.intervention.yaml');
    await lint.refreshStatus();
    await waitForStatus(lint, 'the level after the restart', (t) => t.startsWith('$(warning)'));
  });
});

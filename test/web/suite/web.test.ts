/**
 * The web build where it runs in VS Code for the Web: the `browser` entry in the web worker
 * extension host, the server in its own worker, checking the open descriptions.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, extension, open, rules, sample, waitFor, waitForDiagnostics } from '../../vscode/suite/helpers';

suite('Web extension', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(closeAll);

  test('runs in the web worker extension host (no node), from its browser entry', () => {
    // A web worker host reports its extensions as UI extensions; the remote Node host as Workspace.
    assert.equal(extension().extensionKind, vscode.ExtensionKind.UI, 'the extension runs in the remote Node host, not the web worker');
    assert.equal('process' in globalThis, false, 'node globals are present: not a web worker');
    assert.ok('WorkerGlobalScope' in globalThis, 'not in a web worker');
  });

  test('diagnostics come from the browser server', async () => {
    const uri = sample('houvast.intervention.yaml');
    await open(uri);
    const found = await waitForDiagnostics(uri, 'missing-rationale', (d) => rules(d).includes('missing-rationale'));
    assert.match(found.find((d) => rules([d])[0] === 'missing-rationale')!.message, /rationale/);
  });

  test('Show evidence report renders the report of the open description', async () => {
    const lint = await api();
    await open('voorbeeld-samen-kijken.intervention.yaml');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('interventionLint.showReport');
    assert.ok(panel, 'the command returned no panel');
    const html = await waitFor('the rendered report', () => (lint.reportPanel()?.webview.html.includes('<svg') ? lint.reportPanel()!.webview.html : undefined), [lint.onDidRenderReport]);
    assert.match(html, /Samen Kijken \(voorbeeldinterventie\)/);
    assert.doesNotMatch(html, /<script/i);
  });
});

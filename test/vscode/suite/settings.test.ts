import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, rules, sample, waitFor, waitForDiagnostics, waitForStatus } from './helpers';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('interventionLint');

suite('Settings', () => {
  const uri = sample('vipp-sd.intervention.yaml');
  suiteSetup(async () => {
    await api();
  });
  // User settings live in the runner's temporary profile; the workspace folder stays untouched.
  teardown(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await config().update('language', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('interventionLint.rules turns a rule off and back on', async () => {
    await open(uri);
    await waitForDiagnostics(uri, 'missing-needs-assessment', (d) => rules(d).includes('missing-needs-assessment'));
    await config().update('rules', { 'missing-needs-assessment': 'off', 'missing-rationale': 'warning' }, vscode.ConfigurationTarget.Global);
    const after = await waitForDiagnostics(uri, 'missing-needs-assessment off', (d) => !rules(d).includes('missing-needs-assessment') && rules(d).includes('missing-rationale'));
    assert.equal(after.find((d) => rules([d])[0] === 'missing-rationale')?.severity, vscode.DiagnosticSeverity.Warning);
    await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, 'missing-needs-assessment back', (d) => rules(d).includes('missing-needs-assessment'));
  });

  test('interventionLint.language switches messages and level names to Dutch', async () => {
    const lint = await api();
    await open(uri);
    const english = (await waitForDiagnostics(uri, 'missing-rationale', (d) => rules(d).includes('missing-rationale'))).find((d) => rules([d])[0] === 'missing-rationale')!;
    await config().update('language', 'nl', vscode.ConfigurationTarget.Global);
    const dutch = (await waitForDiagnostics(uri, 'a Dutch message', (d) => d.some((x) => rules([x])[0] === 'missing-rationale' && x.message !== english.message))).find(
      (d) => rules([d])[0] === 'missing-rationale',
    )!;
    assert.match(dutch.message, /onderbouwing/);
    await lint.refreshStatus();
    await waitForStatus(lint, 'Dutch level names', (t) => t.includes('effectief volgens sterke aanwijzingen'));
  });

  test("the client's own strings follow interventionLint.language, not VS Code's display language", async () => {
    const lint = await api();
    await open(uri);
    assert.equal(vscode.env.language, 'en', 'this test needs an English VS Code');
    await config().update('language', 'en', vscode.ConfigurationTarget.Global);
    const shown = (): string => `${lint.serverStatusText().text} / ${lint.serverStatusText().action}`;
    await waitFor('English', () => shown() === 'Intervention Lint: running / Show output');
    await config().update('language', 'nl', vscode.ConfigurationTarget.Global);
    await waitFor('Dutch', () => shown() === 'Intervention Lint: actief / Toon uitvoer');
    await config().update('language', 'auto', vscode.ConfigurationTarget.Global);
    await waitFor('English again', () => shown() === 'Intervention Lint: running / Show output');
  });
});

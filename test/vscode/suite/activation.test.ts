import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, extension, LANGUAGE_ID, open, rules, sample, waitFor, waitForDiagnostics } from './helpers';

suite('Activation and diagnostics', () => {
  test('the extension is idle until a description is opened, then activates', async () => {
    assert.equal(extension().isActive, false, 'activated before any description was opened (activation events too broad?)');
    const editor = await open('vipp-sd.intervention.yaml');
    assert.equal(editor.document.languageId, LANGUAGE_ID, '*.intervention.yaml gets the intervention-yaml language (so Red Hat YAML does not validate it too)');
    await waitFor('the extension to activate', () => extension().isActive);
    await (await api()).ready();
  });

  test('a databank draft gets diagnostics with rule ids as codes, linked to the rule docs', async () => {
    const uri = sample('vipp-sd.intervention.yaml');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, 'missing-rationale and missing-contra-indications', (d) =>
      ['missing-rationale', 'missing-contra-indications'].every((id) => rules(d).includes(id)),
    );
    const rationale = diagnostics.find((d) => rules([d])[0] === 'missing-rationale')!;
    assert.equal(rationale.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(rationale.source, 'intervention-lint');
    const code = rationale.code as { value: string; target: vscode.Uri };
    // The link opens the rendered page (a command link), not the raw Markdown file.
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'interventionLint.openRuleDocs');
    assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['missing-rationale']);
    assert.ok(rationale.range.start.line > 0, 'the finding points at a key, not at the top of the file');
  });

  test('a complete sample has no findings', async () => {
    const uri = sample('voorbeeld-samen-kijken.intervention.yaml');
    let changed = false;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) changed = true;
    });
    try {
      await open(uri);
      // The first result for the file arrives as a diagnostics change (possibly an empty one).
      await waitFor('diagnostics for the complete sample', () => changed || vscode.languages.getDiagnostics(uri).length > 0, [vscode.languages.onDidChangeDiagnostics]);
      assert.deepEqual(rules(vscode.languages.getDiagnostics(uri)), []);
    } finally {
      listener.dispose();
    }
  });
});

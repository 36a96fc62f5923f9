import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineColumn, validate } from '../../server/src/core';
import { fileUri, messageText, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

describe('language server: edit storm', () => {
  let session: LspSession;
  after(async () => session?.close());

  it('after 1,000 rapid edits the final diagnostics equal what the CLI core reports for the final text', async () => {
    const root = makeWorkspace({});
    session = await startServer({ root });
    const uri = fileUri(join(root, 'storm.intervention.yaml'));
    let text = completeSample();
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
    let version = 1;
    // A deterministic mix of edits: type and delete at several places, break and repair the YAML.
    const places = ['  sessions: ', 'category: ', '  main: ', 'summary: '];
    for (let i = 0; i < 1000; i++) {
      const doc = TextDocument.create(uri, 'x', version, text);
      const anchor = text.indexOf(places[i % places.length]!) + places[i % places.length]!.length;
      const insert = i % 3 !== 2;
      const change = insert
        ? { range: { start: doc.positionAt(anchor), end: doc.positionAt(anchor) }, text: String.fromCharCode(97 + (i % 26)) }
        : { range: { start: doc.positionAt(anchor), end: doc.positionAt(anchor + 1) }, text: '' };
      text = TextDocument.applyEdits(doc, [{ range: change.range, newText: change.text }]);
      version++;
      void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const final = await session.waitForDiagnostics(uri, (p) => p.version === version);
    const expected = validate(text);
    const asServer = final.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}:${String(d.code)}:${messageText(d)}`);
    const asCore = expected.findings.map((f) => {
      const at = lineColumn(expected.lineCounter, f.range.start);
      return `${at.line}:${at.column}:${f.ruleId}:${f.message}`;
    });
    assert.ok(asCore.length > 0, 'the storm should leave findings to compare');
    assert.deepEqual(asServer, asCore);
    const older = [...session.pushed.values()].filter((p) => p.uri === uri && (p.version ?? 0) > version);
    assert.deepEqual(older, []);
  });
});

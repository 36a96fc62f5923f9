import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, openDocument, startServer, type LspSession } from '../support/lsp-client';
import { makeWorkspace } from '../support/workspace';

describe('language server: formatting', () => {
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('offers textDocument/formatting and returns edits that keep the comments', async () => {
    const root = makeWorkspace({});
    const text = 'format: intervention/v1   # the format\nowner:\n      organisation: X  # who\n';
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    session = await startServer({ root });
    await openDocument(session, uri, text);
    const edits = await session.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'intervention-yaml', 1, text), edits);
    assert.equal(after, 'format: intervention/v1 # the format\nowner:\n  organisation: X # who\n');
  });

  it('returns no edits and tells the user why for a file with YAML errors', async () => {
    const root = makeWorkspace({});
    const uri = fileUri(join(root, 'b.intervention.yaml'));
    session = await startServer({ root });
    const shown = new Promise<string>((resolve) => session!.connection.onNotification('window/showMessage', (p: { message: string }) => resolve(p.message)));
    await openDocument(session, uri, 'a: [1,\n');
    const edits = await session.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, []);
    assert.match(await shown, /YAML errors/);
  });
});

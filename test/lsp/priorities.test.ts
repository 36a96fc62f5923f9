import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { codes, fileUri, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

describe('language server: open documents before the closed files of the workspace', () => {
  let session: LspSession | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await session?.close();
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it('an opened description is published before any of 60 closed ones, which all follow', async () => {
    const text = completeSample();
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`closed/c${i}.intervention.yaml`, text.replace(/^id: .*$/m, `id: closed-${i}`)]));
    const dir = makeWorkspace(files);
    root = dir;
    session = await startServer({ root: dir });
    const open = fileUri(join(dir, 'open.intervention.yaml'));
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'intervention-yaml', version: 1, text: text.replace(/^  sessions: .*$/m, '  sessions: 40') } });
    const published = await session.waitForDiagnostics(open);
    assert.deepEqual(codes(published.diagnostics), ['sessions-outside-effective-range']);
    const closed = Object.keys(files).map((name) => fileUri(join(dir, name)));
    for (const uri of closed) assert.deepEqual((await session.waitForDiagnostics(uri)).diagnostics, []);
    assert.equal(session.pushOrder[0], open, `first push: ${session.pushOrder[0]}`);
    assert.equal(session.pushOrder.filter((uri) => uri !== open).length, closed.length, 'each closed file once');
  });

});

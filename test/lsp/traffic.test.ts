import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileUri, openDocument, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

/** What the server sends while documents are opened and edited: nothing twice, no log per check unless traced. */
describe('language server: traffic per check', () => {
  let session: LspSession | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await session?.close();
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
    session = undefined;
    root = undefined;
  });

  it('an opened document is published once, not again for the content change that comes with the open', async () => {
    root = makeWorkspace({});
    session = await startServer({ root });
    const text = completeSample();
    const uris = Array.from({ length: 20 }, (_, i) => fileUri(join(root!, `d${i}.intervention.yaml`)));
    for (const [i, uri] of uris.entries()) {
      await openDocument(session, uri, text.replace(/^id: .*$/m, `id: open-${i}`));
    }
    for (const uri of uris) await session.waitForDiagnostics(uri);
    // Well past the debounce and the maximum wait, where a second publish used to come.
    await sleep(400);
    for (const uri of uris) assert.equal(session.pushOrder.filter((u) => u === uri).length, 1, uri);
  });

  it('logs each check with its time only while the client traces the server', async () => {
    root = makeWorkspace({});
    session = await startServer({ root });
    const traces: string[] = [];
    session.connection.onNotification('$/logTrace', (params: { message: string }) => void traces.push(params.message));
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    const text = completeSample();
    await openDocument(session, uri, text);
    await session.waitForDiagnostics(uri);
    assert.deepEqual([...session.logs, ...traces].filter((line) => line.includes('checked ')), []);
    await session.connection.sendNotification('$/setTrace', { value: 'verbose' });
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}# edited\n` }] });
    await session.waitForDiagnostics(uri, (p) => p.version === 2);
    await sleep(50);
    assert.ok(traces.some((line) => /checked a\.intervention\.yaml \(version 2\): \d+ finding\(s\) in [\d.]+ ms/.test(line)), traces.join('\n'));
    assert.deepEqual(session.logs.filter((line) => line.includes('checked ')), []);
  });
});

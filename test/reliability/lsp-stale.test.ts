import { strict as assert } from 'node:assert';
import { renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fileUri } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';
import { connect, spawnServer, within, type Client } from './server-process';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;
const withSessions = (n: number, id: string): string => completeSample().replace(/^id: .*$/m, `id: ${id}`).replace(/^ {2}sessions: .*$/m, `  sessions: ${n}`);
const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));

/** After a round trip, so that anything the server was still doing for earlier messages has been sent. */
async function settled(client: Client): Promise<void> {
  await within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///none.intervention.yaml' }, position: { line: 0, character: 0 } }), 5000, 'round trip');
}

describe('language server: no stale diagnostics after rapid edits, deletes, renames and config changes', function () {
  this.timeout(60_000);
  let root: string;
  let client: Client;
  const uri = (name: string): string => fileUri(join(root, name));

  beforeEach(async () => {
    root = makeWorkspace({ 'a.intervention.yaml': withSessions(40, 'a'), 'c.intervention.yaml': withSessions(40, 'c') });
    client = await connect(spawnServer(), root);
    await client.diagnostics(uri('a.intervention.yaml'), (p) => codes(p).includes('sessions-outside-effective-range'));
    await client.diagnostics(uri('c.intervention.yaml'), (p) => p.diagnostics.length > 0);
  });
  afterEach(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('a rename (delete + create under a new name) clears the old name and checks the new one', async () => {
    renameSync(join(root, 'a.intervention.yaml'), join(root, 'b.intervention.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.intervention.yaml'), type: DELETED }, { uri: uri('b.intervention.yaml'), type: CREATED }] });
    await client.diagnostics(uri('a.intervention.yaml'), (p) => p.diagnostics.length === 0);
    await client.diagnostics(uri('b.intervention.yaml'), (p) => codes(p).includes('sessions-outside-effective-range'));
    await settled(client);
    assert.deepEqual(client.pushed.get(uri('a.intervention.yaml'))!.diagnostics, []);
  });

  it('a delete clears the file’s diagnostics, also when it is followed at once by more changes', async () => {
    unlinkSync(join(root, 'c.intervention.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('c.intervention.yaml'), type: DELETED }] });
    writeFileSync(join(root, 'a.intervention.yaml'), withSessions(7, 'a'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('a.intervention.yaml'), type: CHANGED }] });
    await client.diagnostics(uri('c.intervention.yaml'), (p) => p.diagnostics.length === 0);
    await client.diagnostics(uri('a.intervention.yaml'), (p) => p.diagnostics.length === 0);
    await settled(client);
    assert.deepEqual(client.pushed.get(uri('c.intervention.yaml'))!.diagnostics, []);
  });

  it('a file created and deleted before the server reads it leaves nothing behind', async () => {
    writeFileSync(join(root, 'brief.intervention.yaml'), withSessions(40, 'brief'));
    const created = client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('brief.intervention.yaml'), type: CREATED }] });
    unlinkSync(join(root, 'brief.intervention.yaml'));
    await created;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('brief.intervention.yaml'), type: DELETED }] });
    await settled(client);
    await client.diagnostics(uri('brief.intervention.yaml'), (p) => p.diagnostics.length === 0);
  });

  it('rapid edits end with the diagnostics of the last version; closing unsaved edits shows the file on disk again', async () => {
    const a = uri('a.intervention.yaml');
    let text = withSessions(40, 'a');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'intervention-yaml', version: 1, text } });
    for (let v = 2; v <= 60; v++) {
      // Alternate between a valid and an invalid session count, ending on a valid one (no finding).
      text = text.replace(/^ {2}sessions: .*$/m, `  sessions: ${v % 2 === 0 ? 7 : 'veel'}`);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: a, version: v }, contentChanges: [{ text }] });
    }
    const last = await client.diagnostics(a, (p) => p.version === 60);
    assert.deepEqual(last.diagnostics, []);
    await settled(client);
    const versions = client.history.filter((p) => p.uri === a && p.version !== undefined).map((p) => p.version!);
    assert.equal(versions[versions.length - 1], 60, `a push for an older version came after the last one: ${versions.join(', ')}`);
    assert.equal(client.pushed.get(a)!.version, 60);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    const disk = await client.diagnostics(a, (p) => p.version === undefined);
    assert.deepEqual(codes(disk), ['sessions-outside-effective-range'], 'after closing, the file on disk counts again');
  });

  it('renaming an open document (close + open under the new name) leaves no diagnostics on the old name', async () => {
    const oldUri = uri('draft.intervention.yaml');
    const newUri = uri('final.intervention.yaml');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: oldUri, languageId: 'intervention-yaml', version: 1, text: withSessions(40, 'draft') } });
    await client.diagnostics(oldUri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: oldUri } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: newUri, languageId: 'intervention-yaml', version: 1, text: withSessions(40, 'draft') } });
    await client.diagnostics(newUri, (p) => p.diagnostics.length > 0);
    await client.diagnostics(oldUri, (p) => p.diagnostics.length === 0);
  });

  it('a config change re-checks every file: a rule turned off disappears everywhere', async () => {
    writeFileSync(join(root, '.intervention-lint.yaml'), 'rules:\n  sessions-outside-effective-range: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.intervention-lint.yaml'), type: CREATED }] });
    await client.diagnostics(uri('a.intervention.yaml'), (p) => p.diagnostics.length === 0);
    await client.diagnostics(uri('c.intervention.yaml'), (p) => p.diagnostics.length === 0);
    unlinkSync(join(root, '.intervention-lint.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.intervention-lint.yaml'), type: DELETED }] });
    await client.diagnostics(uri('a.intervention.yaml'), (p) => codes(p).includes('sessions-outside-effective-range'));
  });
});

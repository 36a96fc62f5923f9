import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri } from '../support/lsp-client';
import { makeWorkspace } from '../support/workspace';
import { connect, spawnServer, within, type Client, type ServerProcess } from './server-process';

function frame(body: string | Buffer, length?: number): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${length ?? bytes.length}\r\n\r\n`), bytes]);
}

async function answersHover(client: Client): Promise<void> {
  const result = await within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never-opened.intervention.yaml' }, position: { line: 0, character: 0 } }), 5000, 'hover');
  assert.equal(result, null);
}

describe('language server fault tolerance (real process)', function () {
  this.timeout(60_000);
  let root: string;
  let server: ServerProcess;
  let client: Client;
  beforeEach(async () => {
    root = makeWorkspace({});
    server = spawnServer();
    client = await connect(server, root);
  });
  afterEach(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('survives garbage bytes, invalid JSON and messages that are not requests, and keeps answering', async () => {
    const garbage = [
      frame(Buffer.from([0xff, 0x00, 0x01, 0xfe, 0x7b, 0x22])),
      frame('{"jsonrpc":"2.0","id":5,"method":'),
      frame('[]'),
      frame('42'),
      frame('null'),
      frame('{"jsonrpc":"2.0"}'),
      frame('{"jsonrpc":"2.0","id":{},"method":"textDocument/hover","params":null}'),
      frame('{"jsonrpc":"2.0","id":9,"method":"textDocument/completion","params":"not an object"}'),
    ];
    for (const [i, bytes] of garbage.entries()) {
      server.child.stdin.write(bytes);
      await answersHover(client).catch((error: Error) => assert.fail(`after garbage #${i} (${JSON.stringify(bytes.toString('latin1'))}): ${error.message}`));
    }
    assert.equal(server.child.exitCode, null);
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    await assert.rejects(within(client.connection.sendRequest('intervention/noSuchMethod', {}), 5000, 'unknown method'), (error: { code?: number }) => error.code === -32601);
    await client.connection.sendNotification('intervention/noSuchNotification', { x: 1 });
    await client.connection.sendNotification('$/noSuchNotification', {});
    await answersHover(client);
  });

  it('gives empty results for documents that were never opened, odd URIs and positions out of range', async () => {
    for (const uri of ['file:///never-opened.intervention.yaml', 'not a uri', 'untitled:Untitled-1', 'file://', fileUri(join(root, 'missing.intervention.yaml'))]) {
      const textDocument = { uri };
      const position = { line: 1_000_000, character: 1_000_000 };
      const range = { start: position, end: position };
      assert.equal(await within(client.connection.sendRequest('textDocument/hover', { textDocument, position }), 5000, 'hover'), null);
      assert.deepEqual(await within(client.connection.sendRequest('textDocument/completion', { textDocument, position }), 5000, 'completion'), []);
      assert.deepEqual(await within(client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }), 5000, 'codeAction'), []);
      assert.deepEqual(await within(client.connection.sendRequest('textDocument/documentSymbol', { textDocument }), 5000, 'symbols'), []);
      assert.deepEqual(await within(client.connection.sendRequest('textDocument/foldingRange', { textDocument }), 5000, 'folding'), []);
      assert.deepEqual(await within(client.connection.sendRequest('textDocument/documentLink', { textDocument }), 5000, 'links'), []);
    }
    // Notifications about documents that were never opened change nothing.
    const uri = 'file:///never-opened.intervention.yaml';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await answersHover(client);
  });

  it('answers at positions beyond the end of an open document', async () => {
    const uri = fileUri(join(root, 'short.intervention.yaml'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text: 'format: intervention/v1\n' } });
    const position = { line: 99, character: 99 };
    await within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 5000, 'hover');
    await within(client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }), 5000, 'completion');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: position, end: { line: 200, character: 0 } }, text: 'id: x\n' }] });
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    assert.ok(published.diagnostics.length > 0);
  });
});

describe('language server: a broken stream or a dead client ends the process', function () {
  this.timeout(60_000);
  const roots: string[] = [];
  const workspace = (): string => {
    const root = makeWorkspace({});
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  async function exitsWithin(server: ServerProcess, ms: number): Promise<number> {
    const started = performance.now();
    await within(server.exited, ms, 'the server to exit');
    return performance.now() - started;
  }

  for (const [name, bytes] of [
    ['a Content-Length shorter than the body', frame('{"jsonrpc":"2.0","id":6,"method":"shutdown"}', 5)],
    ['a Content-Length longer than the body', frame('{"jsonrpc":"2.0","id":6,"method":"shutdown"}', 500)],
    ['a negative Content-Length', frame('{}', -5)],
    ['bytes without a header', Buffer.from('no header at all\r\n\r\n{"jsonrpc":"2.0"}')],
  ] as const) {
    it(`${name}: no crash; the server exits when the client closes the pipe`, async () => {
      const server = spawnServer();
      const client = await connect(server, workspace());
      server.child.stdin.write(bytes);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///x.intervention.yaml', languageId: 'intervention-yaml', version: 1, text: 'x' } }).catch(() => undefined);
      // Still running: JSON-RPC cannot find the start of the next message again (what follows may be
      // lost), so the server waits for its client instead of guessing.
      await assert.rejects(within(server.exited, 1000, 'exit'));
      server.child.stdin.end();
      assert.ok((await exitsWithin(server, 5000)) < 5000);
      assert.doesNotMatch(server.stderr(), /^\s+at /m);
      client.connection.dispose();
    });
  }

  it('exits within a few seconds when stdin is closed', async () => {
    const server = spawnServer();
    await connect(server, workspace());
    server.child.stdin.end();
    await exitsWithin(server, 5000);
  });

  it('exits within a few seconds when its client process (processId) is killed', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const server = spawnServer();
    await connect(server, workspace(), parent.pid ?? null);
    parent.kill('SIGKILL');
    // vscode-languageserver checks the client process every 3 s.
    await exitsWithin(server, 10_000);
  });

  it('exits after `exit` even without `shutdown` (with code 1, as the protocol says)', async () => {
    const server = spawnServer();
    const client = await connect(server, workspace());
    await client.connection.sendNotification('exit');
    await exitsWithin(server, 5000);
    assert.equal(await server.exited, 1);
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

describe('language server: long sessions', function () {
  this.timeout(120000);
  let session: LspSession;
  afterEach(async () => session?.close());

  it('keeps memory flat over many opens, closes and edits', async () => {
    const root = makeWorkspace({});
    session = await startServer({ root });
    const text = completeSample();
    const round = async (label: string): Promise<void> => {
      for (let i = 0; i < 150; i++) {
        const uri = fileUri(join(root, `${label}-${i}.intervention.yaml`));
        await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text: text.replace(/^id: .*$/m, `id: ${label}-${i}`) } });
        await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 3 } });
        await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      const uri = fileUri(join(root, `${label}-edited.intervention.yaml`));
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
      for (let v = 2; v < 300; v++) {
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: v % 2 ? '#' : '' }] });
      }
      await session.waitForDiagnostics(uri, (p) => p.version === 299);
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    };
    await round('warm');
    const before = rssMiB(session.process.pid!);
    for (let r = 0; r < 3; r++) await round(`round${r}`);
    const after = rssMiB(session.process.pid!);
    assert.ok(after - before < 40, `RSS grew from ${before.toFixed(1)} to ${after.toFixed(1)} MiB`);
  });

  it('survives a cancelled request and keeps answering', async () => {
    const root = makeWorkspace({});
    session = await startServer({ root });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text: completeSample() } });
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
    const source = new CancellationTokenSource();
    const pending = session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } }, source.token);
    source.cancel();
    await pending.catch((error: { code?: number }) => assert.equal(error.code, -32800));
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 1 } });
    assert.ok(hover !== undefined);
  });
});

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { connect, messageOf, spawnServer, within, type Client, type ServerProcess } from '../reliability/server-process';
import { DEEP, deepFlowSequence, HOSTILE_CASES, huge, KEYS, manyKeys } from './generate';
import { figure } from '../support/scale';
import { AS_OTHER_USER, BUDGET, openUp, record } from './support';
import { tempDir } from '../support/workspace';

function peakRssMiB(pid: number | undefined): number | undefined {
  try {
    const kB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kB) ? kB / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The workspace scan of the language server meets every hostile file at once. It must publish a
 * finding for each (closed files are read as UTF-8, so invalid bytes become U+FFFD and the text is
 * checked, as the core test expects), skip links, log unreadable files, and keep answering.
 */
describe('hostile input: the language server scans a hostile workspace and keeps answering', function () {
  this.timeout(120_000);
  let dir: string;
  let server: ServerProcess;
  let client: Client;
  const uri = (name: string): string => fileUri(join(dir, name));

  before(async () => {
    dir = tempDir('il-hostile-lsp-');
    for (const hostile of HOSTILE_CASES) writeFileSync(join(dir, hostile.file), hostile.content());
    writeFileSync(join(dir, 'huge.intervention.yaml'), huge());
    writeFileSync(join(dir, 'good.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: good').replace(/^ {2}sessions: .*$/m, '  sessions: 40'));
    symlinkSync('loop-b.intervention.yaml', join(dir, 'loop-a.intervention.yaml'));
    symlinkSync('loop-a.intervention.yaml', join(dir, 'loop-b.intervention.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    writeFileSync(join(dir, 'secret.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: secret'));
    chmodSync(join(dir, 'secret.intervention.yaml'), 0o000);
    execFileSync('mkfifo', [join(dir, 'pipe.intervention.yaml')]);
    openUp(dir, join(dir, 'sub'));
    const started = performance.now();
    server = spawnServer(AS_OTHER_USER);
    // As another user the server could not signal this process, and vscode-languageserver's parent
    // watchdog takes EPERM for "the client died" (exit after 3 s): no processId then.
    client = await connect(server, dir, 'uid' in AS_OTHER_USER ? null : process.pid);
    await client.diagnostics(uri('good.intervention.yaml'), (p) => p.diagnostics.length > 0, BUDGET.ms * 3);
    record({ name: 'LSP: workspace scan of every hostile file', ms: performance.now() - started, rssGrowthMiB: peakRssMiB(server.child.pid), outcome: 'all published', budgetMs: 3 * BUDGET.ms });
  });
  after(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a finding for every hostile file and checks the good one', async () => {
    for (const hostile of HOSTILE_CASES) {
      const expected = hostile.inProcess ?? hostile;
      const published = await client.diagnostics(uri(hostile.file), (p) => p.diagnostics.length > 0);
      assert.ok(published.diagnostics.some((d) => d.code === expected.ruleId && expected.message.test(messageOf(d))), `${hostile.file}: ${published.diagnostics.slice(0, 3).map(messageOf).join(' | ')}`);
    }
    const large = await client.diagnostics(uri('huge.intervention.yaml'), (p) => p.diagnostics.length > 0);
    // check-time-exceeded depends on the machine's clock, not on the text (a loaded machine).
    assert.deepEqual(large.diagnostics.map((d) => d.code).filter((code) => code !== 'check-time-exceeded'), ['document-too-large']);
    const good = await client.diagnostics(uri('good.intervention.yaml'), (p) => p.diagnostics.length > 0);
    assert.deepEqual(good.diagnostics.map((d) => d.code), ['sessions-outside-effective-range']);
  });

  it('logs the unreadable file, follows no link and opens no FIFO', async () => {
    // Closed files are read in the background after the scan: wait for the log line, as a user would.
    const logged = (): boolean => client.logs.some((line) => line.includes('cannot read') && line.includes('secret.intervention.yaml'));
    const deadline = Date.now() + BUDGET.ms;
    while (!logged() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(logged(), client.logs.join('\n'));
    assert.deepEqual([...client.pushed.keys()].filter((u) => /loop-|sub\/up|pipe/.test(u)), []);
    assert.equal(server.child.exitCode, null);
  });

  it(`answers hover and completion on a ${figure(DEEP)}-deep and a ${figure(KEYS)}-key document within the budget`, async () => {
    for (const [name, text] of [['deep', deepFlowSequence()], ['keys', manyKeys()]] as const) {
      const open = uri(`open-${name}.intervention.yaml`);
      const started = performance.now();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'intervention-yaml', version: 1, text } });
      await client.diagnostics(open, (p) => p.version === 1, BUDGET.ms);
      for (const position of [{ line: 1, character: 3 }, { line: 1, character: 50_000 }, { line: 5000, character: 2 }]) {
        await within(client.connection.sendRequest('textDocument/completion', { textDocument: { uri: open }, position }), BUDGET.ms, `completion in ${name}`);
        await within(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: open }, position }), BUDGET.ms, `hover in ${name}`);
      }
      await within(client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: open } }), BUDGET.ms, `symbols in ${name}`);
      record({ name: `LSP: open, complete and hover a ${name === 'deep' ? `${figure(DEEP)}-deep` : `${figure(KEYS)}-key`} document`, ms: performance.now() - started, rssGrowthMiB: peakRssMiB(server.child.pid), outcome: 'answered', budgetMs: 2 * BUDGET.ms });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: open } });
    }
    assert.equal(server.child.exitCode, null);
  });
});

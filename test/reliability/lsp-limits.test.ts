import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';
import { connect, messageOf, spawnServer, type Client } from './server-process';

/** A description that takes tens of milliseconds to check: 3,000 references. */
const big = completeSample().replace(/^references:\n/m, `references:\n${Array.from({ length: 3000 }, (_, i) => `  - "Bron ${i} (2020)"`).join('\n')}\n`);

/** The editor honours the `limits` of the workspace config, with the same findings as the CLI. */
describe('language server: configurable limits give a clear diagnostic', function () {
  this.timeout(60_000);
  let root: string;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The diagnostics once the workspace config applies (a document opened at once is first checked with the defaults). */
  async function open(config: string, text: string, expected: string): Promise<{ code: string; message: string }[]> {
    root = makeWorkspace({ '.intervention-lint.yaml': config });
    client = await connect(spawnServer(), root);
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
    const published = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === expected));
    return published.diagnostics.map((d) => ({ code: String(d.code), message: messageOf(d) }));
  }

  it('limits.maxFileBytes: document-too-large, in UTF-8 bytes, and nothing else', async () => {
    const text = completeSample().slice(0, 800).replace(/[a-z]/g, 'ë'); // 800 characters, over 1,000 bytes
    const diagnostics = await open('limits: { maxFileBytes: 1000 }\n', text, 'document-too-large');
    assert.deepEqual(diagnostics.map((d) => d.code), ['document-too-large']);
    assert.match(diagnostics[0]!.message, new RegExp(`has ${Buffer.byteLength(text)} bytes, more than the limit of 1000`));
  });

  it('limits.timeBudgetMs: check-time-exceeded, and the findings are still shown', async () => {
    const diagnostics = await open('limits: { timeBudgetMs: 1 }\n', big.replace(/^ {2}sessions: .*$/m, '  sessions: 40'), 'check-time-exceeded');
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['check-time-exceeded', 'sessions-outside-effective-range']);
    assert.match(diagnostics.find((d) => d.code === 'check-time-exceeded')!.message, /more than the time budget of 1 ms \(limits\.timeBudgetMs\)/);
  });
});

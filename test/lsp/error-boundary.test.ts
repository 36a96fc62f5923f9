import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { descriptionTemplate } from '../../server/src/core';
import { startServer, type LspSession } from '../support/lsp-client';
import { makeWorkspace } from '../support/workspace';

describe('language server: one error boundary, and requests that replace client code', () => {
  let session: LspSession;
  let root: string;
  before(async () => {
    root = makeWorkspace({});
    session = await startServer({ root });
  });
  after(async () => {
    await session?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('a handler that throws answers with an error response and logs the stack', async () => {
    // `null` params make the checklist handler read `uri` of null: a real throw inside a handler.
    await assert.rejects(session.connection.sendRequest('interventionLint/checklist', null), (error: { code?: number; message?: string }) => {
      assert.equal(error.code, -32803, 'RequestFailed');
      assert.match(error.message ?? '', /interventionLint\/checklist failed: .*null/);
      return true;
    });
    const logged = session.logs.find((line) => line.includes('interventionLint/checklist failed'));
    assert.ok(logged, `logged: ${session.logs.join('\n')}`);
    assert.match(logged, /\n\s+at /, 'with the stack');
    // …and the server goes on answering.
    const template = await session.connection.sendRequest<{ slug: string }>('interventionLint/template', { name: 'Samen Sterk', category: 'other', language: 'en' });
    assert.equal(template.slug, 'samen-sterk');
  });

  it("interventionLint/template: the core's template for the name, category and language, and its slug", async () => {
    const result = await session.connection.sendRequest<{ slug: string; text: string }>('interventionLint/template', { name: ' Één & Twee ', category: 'maltreatment-prevention', language: 'nl' });
    assert.equal(result.slug, 'een-en-twee');
    assert.equal(result.text, descriptionTemplate('Één & Twee', 'maltreatment-prevention', 'nl'));
    assert.match(result.text, /^name: "Één & Twee"$/m);
    assert.match(result.text, /^category: maltreatment-prevention$/m);
    const empty = await session.connection.sendRequest<{ slug: string }>('interventionLint/template', { name: '…', category: 'other', language: 'en' });
    assert.equal(empty.slug, '');
  });

  it('interventionLint/template: an unknown category is an InvalidParams error', async () => {
    await assert.rejects(session.connection.sendRequest('interventionLint/template', { name: 'X', category: 'nonsense', language: 'en' }), (error: { code?: number }) => error.code === -32602);
  });
});

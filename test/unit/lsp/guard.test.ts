import { strict as assert } from 'node:assert';
import { CancellationToken, ResponseError } from 'vscode-languageserver';
import { guarded } from '../../../server/src/lsp/guard';

describe('the error boundary of the server shell', () => {
  const token = CancellationToken.None;

  it('turns a throwing service into a logged RequestFailed error, synchronous or not', async () => {
    const logs: string[] = [];
    const sync = guarded('textDocument/hover', (m) => logs.push(m), () => {
      throw new TypeError('hover broke');
    });
    const syncResult = sync({}, token);
    assert.ok(syncResult instanceof ResponseError);
    assert.equal(syncResult.code, -32803);
    assert.match(syncResult.message, /textDocument\/hover failed: hover broke/);
    const later = guarded('textDocument/completion', (m) => logs.push(m), () => Promise.reject(new Error('completion broke')));
    const asyncResult = await later({}, token);
    assert.ok(asyncResult instanceof ResponseError);
    assert.match(asyncResult.message, /completion broke/);
    assert.equal(logs.length, 2);
    assert.match(logs[0]!, /TypeError: hover broke\n\s+at /);
  });

  it('passes results through, and a ResponseError the handler chose unchanged and unlogged', async () => {
    const logs: string[] = [];
    assert.deepEqual(guarded('m', (m) => logs.push(m), () => [1, 2])({}, token), [1, 2]);
    const chosen = new ResponseError(-32602, 'bad params');
    assert.equal(await guarded('m', (m) => logs.push(m), () => Promise.reject(chosen))({}, token), chosen);
    assert.deepEqual(logs, []);
  });
});

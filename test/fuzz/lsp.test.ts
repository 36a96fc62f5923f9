import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validate, type Severity } from '../../server/src/core';
import { fileUri, startServer, type LspSession } from '../support/lsp-client';
import { makeWorkspace } from '../support/workspace';
import { INJECTIONS, mutatedCase, mutatedText } from './arbitraries';
import { messageOf, within } from '../reliability/server-process';
import { fuzzAsync } from './support';

const SEVERITY: Record<Severity, number> = { error: 1, warning: 2, info: 3, hint: 4 };

interface RandomEdit {
  readonly at: number;
  readonly remove: number;
  readonly text: string;
  /** Send together with the next edit in one didChange. */
  readonly batch: boolean;
  /** Ask for hover, completion, symbols or code actions at the edit's position afterwards. */
  readonly ask: 'hover' | 'completion' | 'documentSymbol' | 'codeAction' | undefined;
}

const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
  text: fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 5 }), fc.constant('')),
  batch: fc.boolean(),
  ask: fc.option(fc.constantFrom('hover' as const, 'completion' as const, 'documentSymbol' as const, 'codeAction' as const), { nil: undefined, freq: 4 }),
});

function expectedDiagnostics(text: string): string[] {
  const doc = TextDocument.create('file:///x', 'intervention-yaml', 0, text);
  return validate(text).findings.map((f) => {
    const start = doc.positionAt(f.range.start);
    const end = doc.positionAt(f.range.end);
    return `${start.line}:${start.character}-${end.line}:${end.character} ${f.ruleId} ${SEVERITY[f.severity]} ${f.message}`;
  });
}

describe('fuzz: the language server (real process) keeps up with random incremental edits', function () {
  this.timeout(0);
  let session: LspSession | undefined;
  let root: string | undefined;
  after(async () => {
    await session?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('publishes for the final version exactly what validate() reports for the final text, and keeps answering', async () => {
    root = makeWorkspace({});
    const server = (session = await startServer({ root }));
    let n = 0;
    await fuzzAsync(
      'lsp: random incremental edits',
      150,
      (measure) =>
        fc.asyncProperty(mutatedCase, fc.array(randomEdit, { minLength: 1, maxLength: 25 }), async (start, edits) => {
          const uri = fileUri(join(root!, `fuzz-${n++}.intervention.yaml`));
          let doc = TextDocument.create(uri, 'intervention-yaml', 1, mutatedText(start));
          await measure(async () => {
            await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text: doc.getText() } });
            let pending: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
            for (const [i, edit] of edits.entries()) {
              const length = doc.getText().length;
              const from = edit.at % (length + 1);
              const change = { range: { start: doc.positionAt(from), end: doc.positionAt(Math.min(length, from + edit.remove)) }, text: edit.text };
              doc = TextDocument.update(doc, [change], doc.version + 1);
              pending.push(change);
              if (edit.batch && i < edits.length - 1) continue;
              // One notification with every change since the last one, as an editor batches keystrokes.
              void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: pending });
              pending = [];
              if (edit.ask) {
                const position = doc.positionAt(from);
                const params =
                  edit.ask === 'codeAction'
                    ? { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }
                    : edit.ask === 'documentSymbol'
                      ? { textDocument: { uri } }
                      : { textDocument: { uri }, position };
                await within(server.connection.sendRequest(`textDocument/${edit.ask}`, params), 10000, edit.ask);
              }
            }
            const final = await within(server.waitForDiagnostics(uri, (p) => p.version === doc.version), 15000, `diagnostics for version ${doc.version}`);
            const actual = final.diagnostics
              .filter((d) => d.code !== 'check-time-exceeded') // depends on the machine's speed, by design
              .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.severity} ${messageOf(d)}`);
            assert.deepEqual(actual, expectedDiagnostics(doc.getText()));
            await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
            const cleared = await within(server.waitForDiagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0), 10000, 'cleared diagnostics after close');
            assert.deepEqual(cleared.diagnostics, []);
            // Forget the file, so that its `id` cannot make a later case's file a duplicate.
            await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
          });
          assert.equal(server.process.exitCode, null, 'the server exited');
        }),
      30000,
    );
    const symbols = await within(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri(join(root, 'never-opened.intervention.yaml')) } }), 10000, 'alive');
    assert.deepEqual(symbols, []);
  });
});

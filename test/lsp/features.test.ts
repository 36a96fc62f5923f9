import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CompletionItem, DocumentLink, DocumentSymbol, FoldingRange, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { codes, fileUri, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

function position(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `${needle} not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('language server: completion, hover, outline, folding, links (real client over stdio)', () => {
  let session: LspSession;
  let uri: string;
  const text = completeSample()
    .replace(/^ {2}contraIndications:\n(?: {4}- .*\n)+/m, '')
    .replace(/^references:\n/m, 'references:\n  - "Zie https://www.gezondheidsraad.nl/ voor het advies."\n')
    .replace(/^( {2}population:)/m, '  \n$1');

  before(async () => {
    const root = makeWorkspace({});
    session = await startServer({ root });
    uri = fileUri(join(root, 'a.intervention.yaml'));
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
    await session.waitForDiagnostics(uri);
  });
  after(async () => session?.close());

  it('completes the keys a section still lacks, with the Dutch term', async () => {
    const at = { line: position(text, '  population:').line - 1, character: 2 };
    const items = await session.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at });
    const contra = items.find((i) => i.label === 'contraIndications');
    assert.ok(contra, items.map((i) => i.label).join(','));
    assert.equal(contra.detail, 'contra-indicaties');
    assert.ok(!items.some((i) => i.label === 'population'), 'present keys are not offered');
  });

  it('completes enum values after a key', async () => {
    const at = position(text, 'category: sensitivity', 'category: '.length);
    const items = await session.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at });
    assert.deepEqual(items.map((i) => i.label).sort(), ['maltreatment-prevention', 'other', 'parenting-support', 'sensitivity']);
  });

  it('hovers a key with the databank term and an effect with its class', async () => {
    const keyHover = await session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: position(text, 'targetGroup:', 2) });
    assert.match((keyHover.contents as MarkupContent).value, /doelgroep/i);
    const effect = /d: (0\.\d+)/.exec(text)!;
    const effectHover = await session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: position(text, effect[0], 4) });
    assert.match((effectHover.contents as MarkupContent).value, /small|klein|medium|middelmatig|negligible|verwaarloosbaar/);
  });

  it('hovers level.claimed with the supported level', async () => {
    const hover = await session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: position(text, 'claimed:', 2) });
    assert.match((hover.contents as MarkupContent).value, /✓/);
  });

  it('gives an outline, folding ranges and links', async () => {
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'research' && (s.children?.length ?? 0) > 0));
    const folds = await session.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length > 5);
    const links = await session.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.ok(links.some((l) => l.target === 'https://www.gezondheidsraad.nl/'));
  });

  it('answers requests for a document that was never opened with empty results', async () => {
    const other = uri.replace('a.intervention', 'never.intervention');
    assert.deepEqual(await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: other }, position: { line: 0, character: 0 } }), []);
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
  });
});

describe('language server: cross-file duplicate-id', () => {
  let session: LspSession;
  after(async () => session?.close());

  it('reports a shared id on the open file and on the closed one, and clears it when the id changes', async () => {
    const text = completeSample();
    const root = makeWorkspace({ 'b.intervention.yaml': text });
    session = await startServer({ root });
    const a = fileUri(join(root, 'a.intervention.yaml'));
    const b = fileUri(join(root, 'b.intervention.yaml'));
    await session.waitForDiagnostics(b, (p) => p.diagnostics.length === 0);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'intervention-yaml', version: 1, text } });
    const onA = await session.waitForDiagnostics(a);
    assert.deepEqual(codes(onA.diagnostics), ['duplicate-id']);
    assert.deepEqual(codes((await session.waitForDiagnostics(b, (p) => p.diagnostics.length > 0)).diagnostics), ['duplicate-id']);
    const line = text.split('\n').findIndex((l) => l.startsWith('id: '));
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 2 },
      contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: text.split('\n')[line]!.length } }, text: 'a-new-id' }],
    });
    assert.deepEqual((await session.waitForDiagnostics(a, (p) => p.version === 2)).diagnostics, []);
    assert.deepEqual((await session.waitForDiagnostics(b, (p) => p.diagnostics.length === 0)).diagnostics, []);
  });
});

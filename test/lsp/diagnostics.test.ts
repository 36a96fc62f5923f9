import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { validate } from '../../server/src/core';
import { codes, messageText, fileUri, PULL_CAPABILITIES, openDocument, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';

const clean = completeSample();
const warning = clean.replace(/^  sessions: .*$/m, '  sessions: 40').replace(/^id: .*$/m, 'id: with-warning');

describe('language server: diagnostics (push)', () => {
  let session: LspSession;
  let root: string;
  afterEach(async () => session?.close());

  it('publishes the findings of an opened document with its version, rule id, link and source', async () => {
    root = makeWorkspace({});
    session = await startServer({ root });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    await openDocument(session, uri, warning, 7);
    const published = await session.waitForDiagnostics(uri);
    assert.equal(published.version, 7);
    const [diagnostic] = published.diagnostics as [Diagnostic];
    assert.equal(diagnostic.code, 'sessions-outside-effective-range');
    assert.equal(diagnostic.source, 'intervention-lint');
    assert.equal(diagnostic.severity, 2);
    assert.match(diagnostic.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/sessions-outside-effective-range\.md$/);
    const line = warning.split('\n').findIndex((l) => l.startsWith('  sessions: 40'));
    assert.deepEqual(diagnostic.range, { start: { line, character: 12 }, end: { line, character: 14 } });
  });

  it('applies incremental edits and republishes for the new version', async () => {
    root = makeWorkspace({});
    session = await startServer({ root });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    await openDocument(session, uri, warning);
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
    const line = warning.split('\n').findIndex((l) => l.startsWith('  sessions: 40'));
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 12 }, end: { line, character: 14 } }, text: '8' }],
    });
    const after = await session.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('checks the workspace\'s closed descriptions and clears them when deleted', async () => {
    root = makeWorkspace({ 'nested/b.intervention.yaml': warning, 'c.intervention.yml': clean, 'other.yaml': 'x: [' });
    session = await startServer({ root });
    const b = fileUri(join(root, 'nested', 'b.intervention.yaml'));
    const c = fileUri(join(root, 'c.intervention.yml'));
    const published = await session.waitForDiagnostics(b);
    assert.deepEqual(codes(published.diagnostics), ['sessions-outside-effective-range']);
    assert.deepEqual((await session.waitForDiagnostics(c)).diagnostics, []);
    assert.ok(!session.pushed.has(fileUri(join(root, 'other.yaml'))), 'plain YAML files are not checked');
    assert.ok(session.registrations.includes('workspace/didChangeWatchedFiles'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: 3 }] });
    assert.deepEqual((await session.waitForDiagnostics(b, (p) => p.diagnostics.length === 0)).diagnostics, []);
  });

  it('rechecks a closed file when it changes on disk', async () => {
    root = makeWorkspace({ 'b.intervention.yaml': clean });
    session = await startServer({ root });
    const b = fileUri(join(root, 'b.intervention.yaml'));
    await session.waitForDiagnostics(b);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'b.intervention.yaml'), warning);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: 2 }] });
    const after = await session.waitForDiagnostics(b, (p) => p.diagnostics.length === 1);
    assert.deepEqual(codes(after.diagnostics), ['sessions-outside-effective-range']);
  });

  it('follows the project config file and reports its mistakes on the config file', async () => {
    root = makeWorkspace({ '.intervention-lint.yaml': 'rules:\n  sessions-outside-effective-range: error\n', 'b.intervention.yaml': warning });
    session = await startServer({ root });
    const b = fileUri(join(root, 'b.intervention.yaml'));
    const first = await session.waitForDiagnostics(b);
    assert.equal(first.diagnostics[0]?.severity, 1);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, '.intervention-lint.yaml'), 'rules:\n  sessions-outside-effective-range: loud\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(root, '.intervention-lint.yaml')), type: 2 }] });
    const config = await session.waitForDiagnostics(fileUri(join(root, '.intervention-lint.yaml')), (p) => p.diagnostics.length > 0);
    assert.equal(config.diagnostics[0]?.range.start.line, 1);
    const after = await session.waitForDiagnostics(b, (p) => p.diagnostics[0]?.severity === 2);
    assert.deepEqual(codes(after.diagnostics), ['sessions-outside-effective-range']);
  });

  it('merges editor settings over the config file, and speaks Dutch when asked', async () => {
    root = makeWorkspace({ 'b.intervention.yaml': warning });
    session = await startServer({ root, settings: { rules: { 'sessions-outside-effective-range': 'off', 'not-a-rule': 'error' }, language: 'nl' } });
    const uri = fileUri(join(root, 'b.intervention.yaml'));
    assert.deepEqual((await session.waitForDiagnostics(uri)).diagnostics, []);
    await session.close();
    session = await startServer({ root, locale: 'nl-NL' });
    const dutch = await session.waitForDiagnostics(uri);
    assert.match(messageText(dutch.diagnostics[0]), /sessies vallen buiten/);
  });

  it('gives the same findings as the CLI for every sample', async () => {
    root = makeWorkspace({ 'x.intervention.yaml': completeSample().replace(/^category: sensitivity$/m, 'category: sensitivty') });
    session = await startServer({ root });
    const uri = fileUri(join(root, 'x.intervention.yaml'));
    const published = await session.waitForDiagnostics(uri);
    const expected = validate(completeSample().replace(/^category: sensitivity$/m, 'category: sensitivty')).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(codes(published.diagnostics), expected);
  });
});

describe('language server: diagnostics (pull)', () => {
  let session: LspSession;
  afterEach(async () => session?.close());

  it('answers textDocument/diagnostic for open documents and reports unchanged results', async () => {
    const root = makeWorkspace({});
    session = await startServer({ root, capabilities: PULL_CAPABILITIES });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    await openDocument(session, uri, warning);
    const report = await session.connection.sendRequest<DocumentDiagnosticReport & { resultId: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(codes(report.items ?? []), ['sessions-outside-effective-range']);
    const again = await session.connection.sendRequest<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(again.kind, 'unchanged');
    assert.equal(session.pushed.has(uri), false, 'no push in pull mode');
  });

  it('answers workspace/diagnostic for closed workspace files', async () => {
    const root = makeWorkspace({ 'b.intervention.yaml': warning, 'c.intervention.yaml': clean });
    session = await startServer({ root, capabilities: PULL_CAPABILITIES });
    // initialized is handled asynchronously; ask until the workspace scan has happened
    let items: { uri: string; kind: string; items?: Diagnostic[] }[] = [];
    for (let attempt = 0; attempt < 50 && items.length < 2; attempt++) {
      items = (await session.connection.sendRequest<{ items: typeof items }>('workspace/diagnostic', { previousResultIds: [] })).items;
    }
    const b = items.find((i) => i.uri.endsWith('/b.intervention.yaml'));
    assert.deepEqual(codes(b?.items ?? []), ['sessions-outside-effective-range']);
    assert.deepEqual(items.find((i) => i.uri.endsWith('/c.intervention.yaml'))?.items, []);
  });
});

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { validate } from '../../server/src/core';
import { codes, fileUri, openDocument, startServer, type LspSession } from '../support/lsp-client';
import { TODAY } from '../support/paths';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const warning = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40');
const SESSIONS_LINE = warning.split('\n').findIndex((l) => l.startsWith('  sessions: 40'));

describe('language server: the settings of vscode-eslint and markdownlint', () => {
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('enable: false checks nothing, and true again brings the findings back', async () => {
    const root = makeWorkspace({});
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    const settings: Record<string, unknown> = { enable: false };
    session = await startServer({ root, settings });
    // After the start-up pass: the empty publish must come from the open itself.
    await session.waitForLog(/description\(s\) in the workspace/);
    await openDocument(session, uri, warning);
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    settings['enable'] = true;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const back = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(back.diagnostics), ['sessions-outside-effective-range']);
    settings['enable'] = false;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    // Back on for a version that was published before: it is published again, not taken as current.
    settings['enable'] = true;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(again.diagnostics), ['sessions-outside-effective-range']);
  });

  it('ignore: matching files (open or on disk) are not checked; the others are', async () => {
    const root = makeWorkspace({ 'drafts/old.intervention.yaml': warning, 'b.intervention.yaml': warning });
    session = await startServer({ root, settings: { ignore: ['drafts/**'] } });
    const kept = await session.waitForDiagnostics(fileUri(join(root, 'b.intervention.yaml')));
    assert.deepEqual(codes(kept.diagnostics), ['sessions-outside-effective-range']);
    await session.waitForLog(/1 description\(s\) in the workspace/);
    const ignored = fileUri(join(root, 'drafts', 'old.intervention.yaml'));
    await openDocument(session, ignored, warning);
    // Answered after the open was handled: nothing was published for the ignored file by then.
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: ignored }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(session.pushed.get(ignored)?.diagnostics ?? [], []);
  });

  it('run: onSave checks an edit only when the file is saved', async () => {
    const root = makeWorkspace({});
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    session = await startServer({ root, settings: { run: 'onSave' } });
    await session.waitForLog(/description\(s\) in the workspace/);
    await openDocument(session, uri, warning);
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: SESSIONS_LINE, character: 12 }, end: { line: SESSIONS_LINE, character: 14 } }, text: '8' }],
    });
    // Ask for something the server answers after it handled the change: no new push came meanwhile.
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(session.pushed.get(uri)?.version, 1, 'no check while typing');
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await session.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(saved.diagnostics, []);
  });

  it('configFile: the named file is used, and the log says where the config came from', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': warning, 'config/lint.yaml': 'rules:\n  sessions-outside-effective-range: off\n' });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    session = await startServer({ root, settings: { configFile: 'config/lint.yaml' } });
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.ok(session.logs.some((l) => l.includes(`config loaded from ${join(root, 'config', 'lint.yaml')}`)), session.logs.join('\n'));
  });

  it('configFile that cannot be read: a warning naming it, and the defaults apply', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': warning });
    session = await startServer({ root, settings: { configFile: 'missing.yaml' } });
    const published = await session.waitForDiagnostics(fileUri(join(root, 'a.intervention.yaml')));
    assert.deepEqual(codes(published.diagnostics), ['sessions-outside-effective-range']);
    assert.ok(session.logs.some((l) => l.includes(`cannot read ${join(root, 'missing.yaml')}`)), session.logs.join('\n'));
  });
});

describe('language server: disable for the entire file, show documentation', () => {
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('offers both per rule; the file-wide disable silences the rule once a reason is written', async () => {
    const root = makeWorkspace({});
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    session = await startServer({ root });
    await openDocument(session, uri, warning);
    const published = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
    const range = published.diagnostics[0]!.range;
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: published.diagnostics } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable sessions-outside-effective-range for the entire file (with a reason)'), titles.join('\n'));
    const docs = actions.find((a) => a.title === 'Show documentation for sessions-outside-effective-range');
    assert.deepEqual(docs?.command?.arguments, ['sessions-outside-effective-range']);
    const disable = actions.find((a) => a.title.includes('entire file'))!;
    const edits = disable.edit!.changes![uri] as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, warning), edits);
    assert.ok(after.startsWith('# intervention-lint-disable sessions-outside-effective-range -- TODO: reason\n'));
    const withReason = after.replace('TODO: reason', 'the programme is deliberately longer; see the rationale');
    assert.deepEqual(validate(withReason, { today: TODAY }).findings.map((f) => f.ruleId), []);
  });

  it('show documentation asks the client to show the rule\'s page (clients other than VS Code)', async () => {
    const root = makeWorkspace({});
    session = await startServer({ root });
    const shown = new Promise<{ uri: string }>((resolve) =>
      session!.connection.onRequest('window/showDocument', (p: { uri: string }) => {
        resolve(p);
        return { success: true };
      }),
    );
    await session.connection.sendRequest('workspace/executeCommand', { command: 'intervention-lint.showRuleDocumentation', arguments: ['schema'] });
    assert.match((await shown).uri, /^file:\/\/.*\/docs\/rules\/schema\.md$/);
  });
});

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import { fileUri, messageText, PUSH_CAPABILITIES, startServer, type LspSession } from '../support/lsp-client';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const warning = completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40');
const DUTCH = /^40 sessies vallen buiten/;
const ENGLISH = /^40 sessions lie outside/;

/** A client like Neovim 0.7: no `workspace/configuration`. */
const NO_CONFIGURATION: ClientCapabilities = { ...PUSH_CAPABILITIES, workspace: { ...PUSH_CAPABILITIES.workspace, configuration: false } };

async function firstMessage(session: LspSession, uri: string, accept: RegExp): Promise<string> {
  const published = await session.waitForDiagnostics(uri, (p) => accept.test(messageText(p.diagnostics[0])));
  return messageText(published.diagnostics[0]);
}

describe('language server: where the settings come from', () => {
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('uses initializationOptions when the client offers no workspace/configuration', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': warning });
    session = await startServer({ root, capabilities: NO_CONFIGURATION, initializationOptions: { interventionLint: { language: 'nl' } } });
    assert.match(await firstMessage(session, fileUri(join(root, 'a.intervention.yaml')), DUTCH), DUTCH);
  });

  it('then follows workspace/didChangeConfiguration, with or without the section name around the settings', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': warning });
    const uri = fileUri(join(root, 'a.intervention.yaml'));
    session = await startServer({ root, capabilities: NO_CONFIGURATION, locale: 'en' });
    await firstMessage(session, uri, ENGLISH);
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { interventionLint: { language: 'nl' } } });
    assert.match(await firstMessage(session, uri, DUTCH), DUTCH);
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { language: 'en' } });
    assert.match(await firstMessage(session, uri, ENGLISH), ENGLISH);
    // VS Code's client sends `settings: null` and expects to be asked; nothing sent, nothing changes.
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { interventionLint: { language: 'nl' } } });
    assert.match(await firstMessage(session, uri, DUTCH), DUTCH);
  });

  it('prefers workspace/configuration when the client answers it', async () => {
    const root = makeWorkspace({ 'a.intervention.yaml': warning });
    session = await startServer({ root, settings: { language: 'nl' }, initializationOptions: { interventionLint: { language: 'en' } } });
    assert.match(await firstMessage(session, fileUri(join(root, 'a.intervention.yaml')), DUTCH), DUTCH);
  });
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { CLI } from './paths';

export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** Latest diagnostics pushed per URI. */
  readonly pushed: Map<string, PublishDiagnosticsParams>;
  /** The URI of every push, in the order they arrived. */
  readonly pushOrder: string[];
  /** Resolves with the first push for `uri` that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Registrations the server asked the client for (method names). */
  readonly registrations: string[];
  readonly logs: string[];
  /** Resolves with the first log line (window/logMessage) that matches. */
  waitForLog(pattern: RegExp): Promise<string>;
  close(): Promise<void>;
}

export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
};

/** Opens `uri` as an intervention description with `text`, as the editor would (didOpen). */
export function openDocument(session: { readonly connection: ProtocolConnection }, uri: string, text: string, version = 1): Promise<void> {
  return session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version, text } });
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** Starts `intervention-lint server --stdio` as a child process and connects a real LSP client. */
export async function startServer(options: {
  root: string;
  capabilities?: ClientCapabilities;
  settings?: unknown;
  locale?: string;
  initializationOptions?: unknown;
}): Promise<LspSession> {
  const child = spawn(process.execPath, [CLI, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const pushOrder: string[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const registrations: string[] = [];
  const logs: string[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    pushed.set(params.uri, params);
    pushOrder.push(params.uri);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null));
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
    for (const r of params.registrations) registrations.push(r.method);
    return null;
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  const logWaiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
    for (const waiter of [...logWaiters]) {
      if (!waiter.pattern.test(params.message)) continue;
      logWaiters.splice(logWaiters.indexOf(waiter), 1);
      waiter.resolve(params.message);
    }
  });
  connection.listen();
  const rootUri = fileUri(options.root);
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    capabilities: options.capabilities ?? PUSH_CAPABILITIES,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    pushed,
    pushOrder,
    registrations,
    logs,
    waitForLog(pattern) {
      const seen = logs.find((line) => pattern.test(line));
      return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => logWaiters.push({ pattern, resolve }));
    },
    waitForDiagnostics(uri, accept = () => true) {
      const current = pushed.get(uri);
      if (current && accept(current)) return Promise.resolve(current);
      return new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
export function messageText(diagnostic: Diagnostic | undefined): string {
  if (!diagnostic) return '';
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

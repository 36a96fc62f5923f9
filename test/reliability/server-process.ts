/**
 * The language server as a bare child process, for the cases the shared LSP client cannot make:
 * raw bytes on stdin (malformed JSON-RPC), a preload in NODE_OPTIONS, another user, a killed
 * parent. `connect()` puts a protocol connection on top when the test needs one.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { fileUri, PUSH_CAPABILITIES } from '../support/lsp-client';
import { CLI } from '../support/paths';
import { cliReadableByAll } from '../support/readable-cli';

export interface ServerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything the server wrote to stderr. */
  stderr(): string;
  /** Resolves with the exit code or signal once the process has exited. */
  readonly exited: Promise<number | string>;
}

export function spawnServer(options: { env?: Record<string, string>; uid?: number; gid?: number; cwd?: string } = {}): ServerProcess {
  const child = spawn(process.execPath, [options.uid !== undefined ? cliReadableByAll() : CLI, 'server', '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, stderr: () => stderr, exited };
}

export interface Client {
  readonly connection: ProtocolConnection;
  readonly pushed: Map<string, PublishDiagnosticsParams>;
  /** Every push, in order. */
  readonly history: PublishDiagnosticsParams[];
  /** window/logMessage texts. */
  readonly logs: string[];
  /** Resolves with the first push for `uri` that satisfies `accept` (bounded by `ms`). */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, ms?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

/** A protocol connection to the process, initialised with a workspace folder at `root`. */
export async function connect(server: ServerProcess, root: string, processId: number | null = process.pid): Promise<Client> {
  const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout), new StreamMessageWriter(server.child.stdin));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const history: PublishDiagnosticsParams[] = [];
  const waiters = new Set<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    pushed.set(params.uri, params);
    history.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.delete(waiter);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
  connection.listen();
  const rootUri = fileUri(root);
  await connection.sendRequest('initialize', { processId, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: PUSH_CAPABILITIES });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pushed,
    history,
    logs,
    diagnostics(uri, accept, ms = 15_000) {
      const current = pushed.get(uri);
      if (current && accept(current)) return Promise.resolve(current);
      return within(new Promise((resolve) => waiters.add({ uri, accept, resolve })), ms, `diagnostics for ${uri}`);
    },
    async close() {
      try {
        await within(connection.sendRequest('shutdown'), 5000, 'shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      server.child.kill();
    },
  };
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
export function messageOf(diagnostic: { readonly message: string | { readonly value: string } }): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** `promise`, or a rejection naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms: ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

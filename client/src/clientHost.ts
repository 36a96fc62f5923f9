/**
 * Owns the language client: starts it, restarts it (a new client each time, because the browser
 * client's worker cannot be restarted), and sends the custom requests of `server/src/lsp/protocol.ts`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, State } from 'vscode-languageclient';
import { middleware, pullOptions } from './middleware';

export const CLIENT_ID = 'interventionLint';
export const CLIENT_NAME = 'Intervention Lint';
export const LANGUAGE_ID = 'intervention-yaml';

export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** The options both the desktop and the web client use; only the document selector differs. */
export function clientOptions(schemes: readonly string[] | undefined, outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    // Without a scheme the filter matches every scheme (web: vscode-vfs, memfs, …).
    documentSelector: schemes === undefined ? [{ language: LANGUAGE_ID }] : schemes.map((scheme) => ({ scheme, language: LANGUAGE_ID })),
    outputChannel,
    diagnosticCollectionName: 'intervention-lint',
    // The server answers workspace/configuration itself (pull model) and registers for changes of
    // the `interventionLint` section; pull diagnostics are re-requested on every edit and save.
    diagnosticPullOptions: pullOptions(),
    middleware: middleware(),
    markdown: { isTrusted: false, supportHtml: false },
  };
}

/** Schemes served by the desktop client: files, untitled editors, and the workspace's own schemes. */
export function desktopSchemes(): string[] {
  const schemes = new Set(['file', 'untitled']);
  for (const folder of vscode.workspace.workspaceFolders ?? []) schemes.add(folder.uri.scheme);
  return [...schemes];
}

export class ClientHost implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private starting: Promise<BaseLanguageClient> | undefined;
  private readonly started = new vscode.EventEmitter<BaseLanguageClient>();
  /** Fires after every (re)start, once the server answered `initialize`. */
  readonly onDidStart = this.started.event;
  private readonly states = new vscode.EventEmitter<State>();
  /** The state of the current client: starting, running, stopped (also after it gave up restarting). */
  readonly onDidChangeState = this.states.event;

  constructor(
    private readonly create: ClientFactory,
    private readonly options: () => LanguageClientOptions,
  ) {}

  /** The running client; starts one when there is none. */
  ready(): Promise<BaseLanguageClient> {
    this.starting ??= this.startNew();
    return this.starting;
  }

  async restart(): Promise<BaseLanguageClient> {
    await this.stop();
    return this.ready();
  }

  async sendRequest<R>(method: string, params?: object): Promise<R> {
    const client = await this.ready();
    return params === undefined ? client.sendRequest<R>(method) : client.sendRequest<R>(method, params);
  }

  private async startNew(): Promise<BaseLanguageClient> {
    const client = this.create(this.options());
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client === client) this.states.fire(e.newState);
    });
    try {
      await client.start();
    } catch (error) {
      this.starting = undefined;
      throw error;
    }
    this.started.fire(client);
    return client;
  }

  /** Stops the server; the host can start a new one afterwards. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client) await client.dispose(2000).catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
    this.started.dispose();
    this.states.dispose();
  }
}

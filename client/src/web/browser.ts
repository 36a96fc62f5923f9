/**
 * Web entry of the VS Code extension (`browser`, VS Code for the Web): the same language server,
 * bundled for the browser (`dist/server/browser.js`), in a web worker. No node built-ins here.
 * The server has no file system there: it checks the open descriptions only.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type InterventionLintApi } from '../activate';
import { CLIENT_ID, CLIENT_NAME } from '../clientHost';

/**
 * A URL the extension host can start the server worker from. VS Code's web worker host refuses
 * `new Worker` on a `vscode-remote:` URL ("Creating workers from remote extensions is currently not
 * supported"), which is where the extension lives when a remote server (code-server, a dev
 * container) runs it in the browser (`remote.extensionKind: web`); the bundle is then read through
 * the remote file system and started from a blob.
 */
export async function serverWorkerUrl(serverMain: vscode.Uri): Promise<string> {
  if (serverMain.scheme !== 'vscode-remote') return serverMain.toString(true);
  const code = await vscode.workspace.fs.readFile(serverMain);
  return URL.createObjectURL(new Blob([new TextDecoder().decode(code)], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<InterventionLintApi> {
  const serverUrl = await serverWorkerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js'));
  return activateWith(context, {
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, new Worker(serverUrl), options),
    schemes: () => undefined,
    template: undefined,
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}

/**
 * Web entry of the VS Code extension (`browser`, VS Code for the Web): the same language server,
 * bundled for the browser (`dist/server/browser.js`), in a web worker. No node built-ins here.
 * The server has no file system there: it checks the open descriptions only.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type InterventionLintApi } from '../activate';
import { CLIENT_ID, CLIENT_NAME } from '../clientHost';

export function activate(context: vscode.ExtensionContext): InterventionLintApi {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  return activateWith(context, {
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, new Worker(serverMain.toString(true)), options),
    schemes: () => undefined,
    template: undefined,
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}

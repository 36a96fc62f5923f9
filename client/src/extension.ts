/**
 * Desktop entry of the VS Code extension (`main`): the language server is the bundled CLI, run by
 * the extension host's own Node as `intervention-lint server --stdio`.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type Executable, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, type InterventionLintApi } from './activate';
import { CLIENT_ID, CLIENT_NAME, desktopSchemes } from './clientHost';
import { serverTemplate } from './commands/newDescription';

/**
 * `bin/intervention-lint.js` calls `run(argv)` of `dist/cli.js` (the bundle itself only exports it).
 * Started as an executable rather than a node module: for modules vscode-languageclient appends
 * `--clientProcessId=<pid>`, which the CLI's strict argument parser rejects; for executables it only
 * appends `--stdio`, so the server gets exactly `server --stdio`.
 */
export function serverOptions(extensionUri: vscode.Uri): ServerOptions {
  const cli = vscode.Uri.joinPath(extensionUri, 'bin', 'intervention-lint.js').fsPath;
  // In the desktop app process.execPath is Electron; ELECTRON_RUN_AS_NODE makes it plain Node.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  const run: Executable = { command: process.execPath, args: [cli, 'server'], transport: TransportKind.stdio, options: { env } };
  const debug: Executable = { ...run, args: ['--nolazy', '--inspect=6009', cli, 'server'] };
  return { run, debug };
}

export function activate(context: vscode.ExtensionContext): InterventionLintApi {
  return activateWith(context, {
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(context.extensionUri), options),
    schemes: desktopSchemes,
    template: serverTemplate,
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}

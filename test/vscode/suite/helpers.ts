/**
 * Helpers for the extension tests: the extension and its API, the workspace's sample files, and
 * waiting for conditions. Waits are event-driven (diagnostics changes, editor changes) with a short
 * bounded re-check, never a fixed sleep; each fails with a message saying what did not happen.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterventionLintApi } from '../../../client/src/activate';

export const EXTENSION_ID = 'intervention-lint.intervention-lint';
export const LANGUAGE_ID = 'intervention-yaml';
const RECHECK_MS = 50;

export function extension(): vscode.Extension<InterventionLintApi> {
  const ext = vscode.extensions.getExtension<InterventionLintApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

export async function api(): Promise<InterventionLintApi> {
  const exported = await extension().activate();
  await exported.ready();
  return exported;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need test/vscode/workspace opened as the workspace folder');
  return folder.uri;
}

export function sample(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

export async function open(name: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof name === 'string' ? sample(name) : name;
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when the server links the docs). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'intervention-lint');
}

/**
 * Resolves with the first truthy value of `condition`, re-evaluated whenever one of `events` fires
 * and every 50 ms, for at most `timeoutMs`.
 */
export function waitFor<T>(
  what: string,
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  events: readonly vscode.Event<unknown>[] = [],
  timeoutMs = 20000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let done = false;
    let checking = false;
    const finish = (error: Error | undefined, value?: T): void => {
      if (done) return;
      done = true;
      clearInterval(interval);
      clearTimeout(timeout);
      for (const d of disposables) d.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const check = async (): Promise<void> => {
      if (done || checking) return;
      checking = true;
      try {
        const value = await condition();
        if (value) finish(undefined, value);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      } finally {
        checking = false;
      }
    };
    for (const event of events) disposables.push(event(() => void check()));
    const interval = setInterval(() => void check(), RECHECK_MS);
    const timeout = setTimeout(() => finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    void check();
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate`; resolves with them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}: ${what}`,
    () => {
      const diagnostics = ours(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
  );
}

export function rules(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(ruleOf).filter((id): id is string => id !== undefined);
}

/** Waits for the status bar item's text to satisfy `predicate`. */
export function waitForStatus(lint: InterventionLintApi, what: string, predicate: (text: string) => boolean): Promise<string> {
  return waitFor(
    `status bar: ${what}`,
    () => {
      const text = lint.statusText();
      return predicate(text) ? text : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics, vscode.window.onDidChangeActiveTextEditor],
  );
}

/** Throws away every unsaved edit (no save prompts) and closes all editors. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

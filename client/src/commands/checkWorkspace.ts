/**
 * `interventionLint.checkWorkspace`: the server checks every description in the workspace
 * (`interventionLint/checkWorkspace`), refreshes their diagnostics, and this shows the counts and
 * the Problems view. Resolves to the counts.
 */
import * as vscode from 'vscode';
import * as l10n from '../l10n';
import { CHECK_WORKSPACE_METHOD, type CheckWorkspaceResult } from '../../../server/src/lsp/protocol';
import type { ClientHost } from '../clientHost';

export function summary(result: CheckWorkspaceResult): string {
  if (result.files === 0) return l10n.t('No intervention descriptions found in the workspace.');
  return l10n.t(
    'Checked {0} description(s): {1} error(s), {2} warning(s), {3} other finding(s).',
    result.files,
    result.errors,
    result.warnings,
    result.infos,
  );
}

export function checkWorkspaceCommand(host: ClientHost) {
  return async (): Promise<CheckWorkspaceResult> => {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: l10n.t('Checking intervention descriptions…') },
      () => host.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_METHOD),
    );
    // Not awaited: the message stays until the user closes it.
    if (result.errors > 0) void vscode.window.showWarningMessage(summary(result));
    else void vscode.window.showInformationMessage(summary(result));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return result;
  };
}

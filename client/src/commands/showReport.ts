/**
 * `interventionLint.showReport`: the evidence report of the given description (the editor title
 * button passes its Uri) or of the active one. Resolves to the webview panel.
 */
import * as vscode from 'vscode';
import * as l10n from '../l10n';
import { LANGUAGE_ID } from '../clientHost';
import type { ReportPanel } from '../reportPanel';

export function showReportCommand(panel: ReportPanel) {
  return async (arg?: unknown): Promise<vscode.WebviewPanel | undefined> => {
    let uri = arg instanceof vscode.Uri ? arg : undefined;
    if (!uri) {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId === LANGUAGE_ID) uri = document.uri;
    }
    if (!uri) {
      if (panel.current) {
        panel.current.reveal();
        return panel.current;
      }
      void vscode.window.showWarningMessage(l10n.t('Open an intervention description (*.intervention.yaml) first.'));
      return undefined;
    }
    return panel.show(uri);
  };
}

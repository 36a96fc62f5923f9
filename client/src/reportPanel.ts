/**
 * The evidence report in a webview panel: claimed vs supported level, the checklist per level, the
 * studies and the effect-size chart, from `interventionLint/evidenceReport`. One panel; it follows
 * the active description and re-renders shortly after each edit. No scripts, nothing from the network.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { toolLanguage } from './language';
import { EVIDENCE_REPORT_METHOD, type EvidenceReportParams, type EvidenceReportResult } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID, type ClientHost } from './clientHost';
import { messageHtml, themedReportHtml } from './reportHtml';

export const REPORT_VIEW_TYPE = 'interventionLint.evidenceReport';
const EDIT_DELAY_MS = 300;

function fileName(uri: vscode.Uri): string {
  return decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1));
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the panel shows a fresh report (tests wait for it). */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly host: ClientHost) {
    this.disposables.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.uri && e.document.uri.toString() === this.uri.toString()) this.updateSoon(EDIT_DELAY_MS);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const document = editor?.document;
        if (this.panel && document?.languageId === LANGUAGE_ID && document.uri.toString() !== this.uri?.toString()) {
          this.uri = document.uri;
          this.updateSoon(0);
        }
      }),
      host.onDidStart(() => {
        if (this.panel) this.updateSoon(0);
      }),
    );
  }

  /** The open panel, if any (for tests and the status bar). */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows the report for `uri` beside the editor and resolves once it is rendered. */
  async show(uri: vscode.Uri): Promise<vscode.WebviewPanel> {
    this.uri = uri;
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        this.title(uri),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableForms: false, localResourceRoots: [], retainContextWhenHidden: false, enableFindWidget: true },
      );
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        if (this.timer) clearTimeout(this.timer);
      });
      this.panel = panel;
    }
    const panel = this.panel;
    await this.update();
    return panel;
  }

  private title(uri: vscode.Uri): string {
    return l10n.t('Evidence report: {0}', fileName(uri));
  }

  private updateSoon(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const sequence = ++this.sequence;
    let html: string;
    try {
      const result = await this.host.sendRequest<EvidenceReportResult>(EVIDENCE_REPORT_METHOD, { uri: uri.toString() } satisfies EvidenceReportParams);
      html = result
        ? themedReportHtml(result.html, panel.webview.cspSource)
        : messageHtml(this.title(uri), l10n.t('This file is not an intervention description.'), panel.webview.cspSource, toolLanguage());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      html = messageHtml(this.title(uri), l10n.t('The language server could not make the report: {0}', reason), panel.webview.cspSource, toolLanguage());
    }
    if (sequence !== this.sequence || this.panel !== panel) return; // superseded or closed
    panel.title = this.title(uri);
    panel.webview.html = html;
    this.rendered.fire(uri);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Status bar item for the active description: `claimed → supported` level from
 * `interventionLint/levelStatus`, with a warning when the evidence does not reach the claim.
 * Clicking it opens the evidence report.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { LEVEL_STATUS_METHOD, type LevelStatusParams, type LevelStatusResult } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID, type ClientHost } from './clientHost';
import { SerialRefresh } from './serialRefresh';

const EDIT_DELAY_MS = 250;

export function levelStatusText(status: NonNullable<LevelStatusResult>): string {
  const claimed = status.claimedName ?? l10n.t('no level claimed');
  switch (status.verdict) {
    case 'supported':
      return `$(pass) ${claimed} → ${status.supportedName}`;
    case 'not-supported':
      return `$(warning) ${claimed} → ${status.supportedName}`;
    case 'not-claimed':
      return `$(info) ${claimed} → ${status.supportedName}`;
    case 'not-checked':
      return `$(circle-slash) ${l10n.t('level not checked')}`;
  }
}

function tooltip(status: NonNullable<LevelStatusResult>): vscode.MarkdownString {
  const verdict: Record<NonNullable<LevelStatusResult>['verdict'], string> = {
    supported: l10n.t('The evidence supports the claimed level.'),
    'not-supported': l10n.t('The evidence does not support the claimed level.'),
    'not-claimed': l10n.t('The description claims no level.'),
    'not-checked': l10n.t('The level could not be checked: fix the errors in the description first.'),
  };
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${l10n.t('Claimed level')}:** ${status.claimedName ?? '—'}  \n`);
  md.appendMarkdown(`**${l10n.t('Level supported by the evidence')}:** ${status.supportedName}\n\n`);
  md.appendMarkdown(`${verdict[status.verdict]}\n\n`);
  md.appendMarkdown(l10n.t('Click to show the evidence report.'));
  return md;
}

export class LevelStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private sequence = 0;
  private readonly refresher = new SerialRefresh(() => this.update());
  private visible = false;

  constructor(private readonly host: ClientHost) {
    this.item = vscode.window.createStatusBarItem('interventionLint.level', vscode.StatusBarAlignment.Right, 100);
    this.item.name = l10n.t('Intervention level');
    this.item.command = 'interventionLint.showReport';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon(EDIT_DELAY_MS);
      }),
      // Diagnostics arrive after the server has seen the edit, so the level is current then.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && e.uris.some((uri) => uri.toString() === active)) this.refreshSoon(0);
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.refreshSoon(0)),
      host.onDidStart(() => this.refreshSoon(0)),
    );
    this.refreshSoon(0);
  }

  /** The item's text, or '' when it is hidden (for tests). */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private refreshSoon(delay: number): void {
    this.refresher.soon(delay);
  }

  /** Asks the server for the active description's level; resolves when the item shows the answer. */
  refresh(): Promise<void> {
    return this.refresher.now();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const sequence = ++this.sequence;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.hide();
      return;
    }
    let status: LevelStatusResult;
    try {
      status = await this.host.sendRequest<LevelStatusResult>(LEVEL_STATUS_METHOD, { uri: document.uri.toString() } satisfies LevelStatusParams);
    } catch {
      status = null;
    }
    if (sequence !== this.sequence) return; // a newer refresh is on its way
    if (!status) {
      this.hide();
      return;
    }
    this.item.text = levelStatusText(status);
    this.item.tooltip = tooltip(status);
    this.item.backgroundColor = status.verdict === 'not-supported' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = {
      label: `${l10n.t('Claimed level')}: ${status.claimedName ?? '—'}; ${l10n.t('Level supported by the evidence')}: ${status.supportedName}`,
    };
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The reviewer checklist of the active description, from `interventionLint/checklist`: the
 * requirements of the claimed level and the levels below it and the databank inclusion criteria, each
 * met ✓ or missing ✗. Clicking an item selects the place in the file it refers to
 * (`interventionLint.revealChecklistItem`). The texts follow the server's message language.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { CHECKLIST_METHOD, type ChecklistEntry, type ChecklistParams, type ChecklistResult, type LspRange } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID, type ClientHost } from './clientHost';
import { capitalise } from './portfolioView';
import { SerialRefresh } from './serialRefresh';

export const CHECKLIST_VIEW_ID = 'interventionLint.checklist';
export const DESCRIPTION_ACTIVE_KEY = 'interventionLint.descriptionActive';
export const REVEAL_COMMAND = 'interventionLint.revealChecklistItem';
const EDIT_DELAY_MS = 300;

export type ChecklistNode =
  | { readonly kind: 'group'; readonly key: string; readonly label: string; readonly items: readonly ChecklistEntry[] }
  | { readonly kind: 'item'; readonly entry: ChecklistEntry; readonly key: string };

function mark(met: boolean): vscode.ThemeIcon {
  return met ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
}

export function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** `interventionLint.revealChecklistItem(uri, range)`: opens the document and selects the range. */
export async function revealChecklistItem(uri: vscode.Uri | string, range: LspRange): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const selection = toRange(range);
  const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export class ChecklistView implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the view got a new checklist (tests wait for it). */
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ChecklistNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** The description to show (follows the active editor). */
  private uri: vscode.Uri | undefined;
  /** The description `result` belongs to, and its version then (undefined when not open). */
  private shown: vscode.Uri | undefined;
  private shownVersion: number | undefined;
  private result: ChecklistResult = null;
  private sequence = 0;
  private readonly refresher = new SerialRefresh(() => this.update());

  constructor(private readonly host: ClientHost) {
    this.view = vscode.window.createTreeView(CHECKLIST_VIEW_ID, { treeDataProvider: this });
    const isOurs = (uri: vscode.Uri): boolean => this.uri !== undefined && uri.toString() === this.uri.toString();
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some(isOurs)) this.refreshSoon(0);
      }),
      // The places move with every edit, even when the findings stay the same.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isOurs(e.document.uri) && e.contentChanges.length > 0) this.refreshSoon(EDIT_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isOurs(document.uri)) this.follow(vscode.window.activeTextEditor);
      }),
      host.onDidStart(() => this.refreshSoon(0)),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** The description shown and its checklist (for tests). */
  get current(): { readonly uri: vscode.Uri | undefined; readonly version: number | undefined; readonly result: ChecklistResult } {
    return { uri: this.shown, version: this.shownVersion, result: this.result };
  }

  /** Follows the active editor; an editor that is not a text editor (the report) keeps the last description. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor) return;
    const next = editor.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
    void vscode.commands.executeCommand('setContext', DESCRIPTION_ACTIVE_KEY, next !== undefined);
    if (next?.toString() === this.uri?.toString()) return;
    this.uri = next;
    this.refreshSoon(0);
  }

  private refreshSoon(delay: number): void {
    this.refresher.soon(delay);
  }

  /** Asks the server for the shown description's checklist; resolves when the view has it. */
  refresh(): Promise<void> {
    return this.refresher.now();
  }

  private async update(): Promise<void> {
    const uri = this.uri;
    const sequence = ++this.sequence;
    // Changes reach the server before a request sent after them, so the answer is of this version.
    const version = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri?.toString())?.version;
    let result: ChecklistResult = null;
    let failure: string | undefined;
    if (uri) {
      try {
        result = await this.host.sendRequest<ChecklistResult>(CHECKLIST_METHOD, { uri: uri.toString() } satisfies ChecklistParams);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    if (sequence !== this.sequence) return; // a newer request is on its way
    this.result = result;
    this.shown = uri;
    this.shownVersion = version;
    this.view.description = uri ? decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1)) : undefined;
    if (!uri) this.view.message = l10n.t('Open an intervention description to see its checklist.');
    else if (failure !== undefined) this.view.message = l10n.t('The language server could not make the checklist: {0}', failure);
    else this.view.message = result?.message ?? (result ? undefined : l10n.t('This file is not an intervention description.'));
    this.changed.fire();
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    if (node?.kind === 'group') return node.items.map((entry, index) => ({ kind: 'item', entry, key: `${node.key}/${index}` }));
    if (node) return [];
    const groups = new Map<string, ChecklistEntry[]>();
    for (const entry of this.result?.items ?? []) groups.set(entry.groupKey, [...(groups.get(entry.groupKey) ?? []), entry]);
    return [...groups].map(([key, items]) => ({ kind: 'group', key, label: capitalise(items[0]?.group ?? key), items }));
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const met = node.items.filter((i) => i.met).length;
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.key}`;
      item.description = `${met}/${node.items.length}`;
      item.iconPath = mark(met === node.items.length);
      return item;
    }
    const entry = node.entry;
    const item = new vscode.TreeItem(entry.text, vscode.TreeItemCollapsibleState.None);
    item.id = `item:${node.key}`;
    item.description = entry.met ? '✓' : '✗';
    item.iconPath = mark(entry.met);
    item.tooltip = `${entry.met ? '✓' : '✗'} ${entry.text}`;
    item.accessibilityInformation = { label: `${entry.met ? '✓' : '✗'} ${entry.text}` };
    if (entry.range && this.shown) item.command = { command: REVEAL_COMMAND, title: l10n.t('Show in the description'), arguments: [this.shown, entry.range] };
    return item;
  }

  dispose(): void {
    this.refresher.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

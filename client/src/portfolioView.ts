/**
 * The Explorer's Interventions view: every description of the workspace (open or not), grouped by
 * category, with its `claimed → supported` level and its finding counts, from
 * `interventionLint/portfolio`. Updated live: the files whose diagnostics changed are asked again,
 * and the whole list after files are created, deleted or renamed and after a settings change.
 * Sets the context key `interventionLint.hasDescriptions`, which shows the view.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { PORTFOLIO_METHOD, type PortfolioParams, type PortfolioResult, type PortfolioRow } from '../../server/src/lsp/protocol';
import { codeSpan } from '../../server/src/markup/markdown';
import { LANGUAGE_ID, type ClientHost } from './clientHost';

export const PORTFOLIO_VIEW_ID = 'interventionLint.portfolio';
export const HAS_DESCRIPTIONS_KEY = 'interventionLint.hasDescriptions';
const DELAY_MS = 250;
const CATEGORY_ORDER = ['sensitivity', 'maltreatment-prevention', 'parenting-support', 'other'];

export type PortfolioNode =
  | { readonly kind: 'category'; readonly key: string; readonly label: string; readonly rows: readonly PortfolioRow[] }
  | { readonly kind: 'description'; readonly row: PortfolioRow };

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function rowLabel(row: PortfolioRow): string {
  return row.name || row.id || row.file;
}

export function levelText(row: PortfolioRow): string {
  return `${row.claimedName ?? l10n.t('no level claimed')} → ${row.supportedName}`;
}

function icon(row: PortfolioRow): vscode.ThemeIcon {
  if (row.errors > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (row.warnings > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}

/** Values go in with `appendText`, which escapes Markdown and, with theme icons on, `$(…)` too. */
function tooltip(row: PortfolioRow): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  const line = (label: string, value: string, end = '  \n'): void => {
    md.appendMarkdown(`${label}: `);
    md.appendText(value);
    md.appendMarkdown(end);
  };
  md.appendMarkdown('**');
  md.appendText(rowLabel(row));
  md.appendMarkdown('**\n\n');
  md.appendMarkdown(`${l10n.t('Id')}: ${codeSpan(row.id || '—')}  \n`);
  line(l10n.t('File'), vscode.workspace.asRelativePath(vscode.Uri.parse(row.uri)));
  line(l10n.t('Category'), row.categoryName);
  line(l10n.t('Claimed level'), row.claimedName ?? '—');
  line(l10n.t('Level supported by the evidence'), row.supportedName);
  line(l10n.t('Findings'), row.findingsText || l10n.t('none'), '');
  return md;
}

/**
 * Leaves out files deleted from disk whose document VS Code still keeps (the server still has them
 * open), unless they have unsaved changes.
 */
async function present(rows: readonly PortfolioRow[]): Promise<PortfolioRow[]> {
  const kept = await Promise.all(
    rows.map(async (row) => {
      const uri = vscode.Uri.parse(row.uri);
      if (uri.scheme === 'untitled' || vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === row.uri)) return true;
      return vscode.workspace.fs.stat(uri).then(
        () => true,
        () => false,
      );
    }),
  );
  return rows.filter((_, i) => kept[i]);
}

export class PortfolioView implements vscode.TreeDataProvider<PortfolioNode>, vscode.Disposable {
  private readonly rows = new Map<string, PortfolioRow>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after new data arrived (tests wait for it). */
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<PortfolioNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private loaded = false;
  private pendingAll = true;
  private readonly pendingUris = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: ClientHost) {
    this.view = vscode.window.createTreeView(PORTFOLIO_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}', false, true, false);
    this.disposables.push(
      this.view,
      this.changed,
      watcher,
      watcher.onDidCreate(() => this.schedule('all')),
      watcher.onDidDelete(() => this.schedule('all')),
      vscode.workspace.onDidRenameFiles(() => this.schedule('all')),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule('all')),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('interventionLint')) this.schedule('all');
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === LANGUAGE_ID && !this.rows.has(document.uri.toString())) this.schedule([document.uri]);
      }),
      // Diagnostics arrive after the server has seen an edit (or a change on disk): ask for those files.
      vscode.languages.onDidChangeDiagnostics((e) => this.schedule(e.uris.filter((uri) => this.concerns(uri)))),
      host.onDidStart(() => this.schedule('all')),
    );
    this.schedule('all', 0);
  }

  /** Whether a file may be a description: known, open as one, or checked by our server. */
  private concerns(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.rows.has(key)) return true;
    if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID && d.uri.toString() === key)) return true;
    return vscode.languages.getDiagnostics(uri).some((d) => d.source === 'intervention-lint');
  }

  private schedule(what: 'all' | readonly vscode.Uri[], delay = DELAY_MS): void {
    if (what === 'all') this.pendingAll = true;
    else if (what.length === 0) return;
    else for (const uri of what) this.pendingUris.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  /** Asks the server again for every description; resolves once the view has the answer. */
  refresh(): Promise<void> {
    this.pendingAll = true;
    return this.flush();
  }

  private flush(): Promise<void> {
    this.queue = this.queue.then(() => this.update()).catch(() => undefined);
    return this.queue;
  }

  private async update(): Promise<void> {
    const all = this.pendingAll;
    const uris = [...this.pendingUris];
    this.pendingAll = false;
    this.pendingUris.clear();
    if (!all && uris.length === 0) return;
    let result: PortfolioResult;
    try {
      result = await this.host.sendRequest<PortfolioResult>(PORTFOLIO_METHOD, (all ? {} : { uris }) satisfies PortfolioParams);
    } catch {
      if (all) this.pendingAll = true; // asked again on the next change or restart
      return;
    }
    const rows = await present(result.rows);
    if (all) this.rows.clear();
    else for (const uri of uris) this.rows.delete(uri);
    for (const row of rows) this.rows.set(row.uri, row);
    this.loaded = true;
    this.view.message = this.rows.size === 0 ? l10n.t('No intervention descriptions found in the workspace.') : undefined;
    await vscode.commands.executeCommand('setContext', HAS_DESCRIPTIONS_KEY, this.rows.size > 0);
    this.changed.fire();
  }

  /** Every row, sorted by category and name (for tests). */
  get allRows(): PortfolioRow[] {
    return this.groups().flatMap((group) => (group.kind === 'category' ? [...group.rows] : []));
  }

  private groups(): PortfolioNode[] {
    const byCategory = new Map<string, PortfolioRow[]>();
    for (const row of this.rows.values()) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
    const rank = (key: string): number => (CATEGORY_ORDER.includes(key) ? CATEGORY_ORDER.indexOf(key) : CATEGORY_ORDER.length);
    return [...byCategory]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([key, rows]) => ({
        kind: 'category',
        key,
        label: capitalise(rows[0]?.categoryName ?? key),
        rows: rows.sort((a, b) => rowLabel(a).localeCompare(rowLabel(b)) || a.uri.localeCompare(b.uri)),
      }));
  }

  async getChildren(node?: PortfolioNode): Promise<PortfolioNode[]> {
    if (node?.kind === 'category') return node.rows.map((row) => ({ kind: 'description', row }));
    if (node) return [];
    if (!this.loaded) await this.flush();
    return this.groups();
  }

  getTreeItem(node: PortfolioNode): vscode.TreeItem {
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `category:${node.key}`;
      item.description = String(node.rows.length);
      item.contextValue = 'interventionLint.category';
      return item;
    }
    const row = node.row;
    const item = new vscode.TreeItem(rowLabel(row), vscode.TreeItemCollapsibleState.None);
    item.id = row.uri;
    item.description = row.findingsText === '' ? levelText(row) : `${levelText(row)} · ${row.findingsText}`;
    item.iconPath = icon(row);
    item.tooltip = tooltip(row);
    item.contextValue = 'interventionLint.description';
    item.command = { command: 'vscode.open', title: l10n.t('Open'), arguments: [vscode.Uri.parse(row.uri)] };
    item.accessibilityInformation = { label: `${rowLabel(row)}, ${levelText(row)}${row.findingsText === '' ? '' : `, ${row.findingsText}`}` };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

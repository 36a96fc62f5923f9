/**
 * Wiring shared by the desktop and the web entry: the language client, the commands, the status bar,
 * the report panel and the Explorer's views (Interventions, reviewer checklist). Nothing here may import node built-ins (the web build bundles it too).
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { CLIENT_NAME, ClientHost, clientOptions, type ClientFactory } from './clientHost';
import { ChecklistView, REVEAL_COMMAND, revealChecklistItem } from './checklistView';
import { checkWorkspaceCommand } from './commands/checkWorkspace';
import { exportWorksheetCommand } from './commands/exportWorksheet';
import { newDescriptionCommand, type TemplateSource } from './commands/newDescription';
import { openRuleDocsCommand, ruleDocsPanel } from './commands/openRuleDocs';
import { showReportCommand } from './commands/showReport';
import { PortfolioView } from './portfolioView';
import { ReportPanel } from './reportPanel';
import { ServerStatus, type ServerHealth } from './serverStatus';
import { LevelStatusBar } from './statusBar';

/** What `activate()` returns: a small API, used by the tests. */
export interface InterventionLintApi {
  /** Resolves once the language server has answered `initialize`. */
  ready(): Promise<void>;
  /** The status bar item's text ('' while hidden). */
  statusText(): string;
  /** Refreshes the status bar item now and resolves when it shows the answer. */
  refreshStatus(): Promise<void>;
  /** The evidence report panel, when open. */
  reportPanel(): vscode.WebviewPanel | undefined;
  /** Fires after the report panel rendered a report. */
  readonly onDidRenderReport: vscode.Event<vscode.Uri>;
  /** The Explorer's Interventions view (its data provider). */
  readonly portfolio: PortfolioView;
  /** The reviewer checklist view of the active description (its data provider). */
  readonly checklist: ChecklistView;
  /** The server health the language status item shows. */
  serverHealth(): ServerHealth;
  /** The server-health item's text and action title, in the client's language. */
  serverStatusText(): { text: string; action: string };
  /** The output channel (for tests: that "Show output" shows this one). */
  readonly output: vscode.LogOutputChannel;
  /** The HTML of the open rule documentation panel, if any. */
  ruleDocsHtml(): string | undefined;
}

export interface Entry {
  readonly createClient: ClientFactory;
  /** Document selector schemes; undefined = every scheme (web). */
  readonly schemes: () => readonly string[] | undefined;
  /** Where new descriptions come from, on the desktop only. */
  readonly template: ((host: ClientHost) => TemplateSource) | undefined;
}

let host: ClientHost | undefined;

export function activateWith(context: vscode.ExtensionContext, entry: Entry): InterventionLintApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  host = new ClientHost(entry.createClient, () => clientOptions(entry.schemes(), output));
  const clients = host;
  const panel = new ReportPanel(clients);
  const status = new LevelStatusBar(clients);
  const portfolio = new PortfolioView(clients);
  const checklist = new ChecklistView(clients);
  const health = new ServerStatus(clients);

  context.subscriptions.push(
    output,
    clients,
    panel,
    status,
    portfolio,
    checklist,
    health,
    vscode.commands.registerCommand('interventionLint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('interventionLint.newDescription', newDescriptionCommand(entry.template?.(clients))),
    vscode.commands.registerCommand('interventionLint.showReport', showReportCommand(panel)),
    vscode.commands.registerCommand('interventionLint.openRuleDocs', openRuleDocsCommand(context)),
    vscode.commands.registerCommand('interventionLint.checkWorkspace', checkWorkspaceCommand(clients)),
    vscode.commands.registerCommand('interventionLint.exportWorksheet', exportWorksheetCommand(clients)),
    vscode.commands.registerCommand('interventionLint.refreshPortfolio', () => portfolio.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealChecklistItem),
    vscode.commands.registerCommand('interventionLint.restartServer', async () => {
      await clients.restart();
      vscode.window.setStatusBarMessage(l10n.t('Intervention Lint: language server restarted'), 3000);
    }),
  );

  const started = clients.ready().then(
    () => undefined,
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      output.error(`Could not start the language server: ${reason}`);
      void vscode.window.showErrorMessage(l10n.t('Intervention Lint: the language server did not start ({0}). See the output channel "Intervention Lint".', reason));
      throw error;
    },
  );
  started.catch(() => undefined);

  return {
    ready: () => clients.ready().then(() => undefined),
    statusText: () => status.text,
    refreshStatus: () => status.refresh(),
    reportPanel: () => panel.current,
    onDidRenderReport: panel.onDidRender,
    portfolio,
    checklist,
    serverHealth: () => health.health,
    serverStatusText: () => health.shown,
    ruleDocsHtml: () => ruleDocsPanel()?.webview.html,
    output,
  };
}

/** Stops the language server (VS Code waits for this on shutdown). */
export async function deactivateClient(): Promise<void> {
  const current = host;
  host = undefined;
  await current?.stop();
}

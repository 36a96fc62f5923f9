/**
 * The language status item for the server's health (running, starting, restarting, stopped with a
 * restart action), separate from the level item in the status bar. After five crashes
 * vscode-languageclient gives up; this item then says so instead of everything going quiet.
 */
import * as vscode from 'vscode';
import * as l10n from './l10n';
import { State } from 'vscode-languageclient';
import { LANGUAGE_ID, type ClientHost } from './clientHost';

export type ServerHealth = 'starting' | 'running' | 'restarting' | 'stopped';

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private wasRunning = false;
  private current: ServerHealth = 'starting';

  constructor(host: ClientHost) {
    this.item = vscode.languages.createLanguageStatusItem('interventionLint.server', { language: LANGUAGE_ID });
    this.item.name = l10n.t('Intervention Lint server');
    this.show('starting');
    this.disposables.push(
      this.item,
      host.onDidChangeState((state) => this.follow(state)),
      l10n.onDidChangeUiLanguage(() => {
        this.item.name = l10n.t('Intervention Lint server');
        this.show(this.current);
      }),
    );
  }

  /** The health shown now (for tests). */
  get health(): ServerHealth {
    return this.current;
  }

  /** The item's text and its action's title now (for tests). */
  get shown(): { text: string; action: string } {
    return { text: this.item.text, action: this.item.command?.title ?? '' };
  }

  private follow(state: State): void {
    if (state === State.Running) {
      this.wasRunning = true;
      this.show('running');
    } else if (state === State.Starting) this.show(this.wasRunning ? 'restarting' : 'starting');
    else this.show('stopped');
  }

  private show(health: ServerHealth): void {
    this.current = health;
    const texts: Record<ServerHealth, string> = {
      starting: l10n.t('Intervention Lint: starting'),
      running: l10n.t('Intervention Lint: running'),
      restarting: l10n.t('Intervention Lint: restarting'),
      stopped: l10n.t('Intervention Lint: stopped'),
    };
    this.item.text = texts[health];
    this.item.busy = health === 'starting' || health === 'restarting';
    this.item.severity = health === 'stopped' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.item.detail = health === 'stopped' ? l10n.t('The language server is not running; the output has the reason.') : undefined;
    this.item.command =
      health === 'stopped'
        ? { title: l10n.t('Restart'), command: 'interventionLint.restartServer' }
        : { title: l10n.t('Show output'), command: 'interventionLint.showOutput' };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

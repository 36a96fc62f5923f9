/**
 * `interventionLint.openRuleDocs`: the documentation page of a rule (`docs/rules/<id>.md`, shipped
 * with the extension), rendered in a webview in the user's language (each page has an English part
 * and a Dutch part). Takes a rule id, or asks with a quick pick.
 */
import * as vscode from 'vscode';
import type { Language } from '../../../server/src/core';
import { CLIENT_TEXT, localized, toolLanguage } from '../language';
import * as l10n from '../l10n';

interface RuleSetting {
  readonly markdownDescription?: string;
}

/** Rule ids and titles from the manifest's `interventionLint.rules` setting (kept in sync with the registry). */
export function manifestRules(extension: vscode.Extension<unknown>): { id: string; title: string }[] {
  const manifest = extension.packageJSON as {
    contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, RuleSetting> }> } };
  };
  const rules = manifest.contributes?.configuration?.properties?.['interventionLint.rules']?.properties ?? {};
  return Object.entries(rules).map(([id, setting]) => {
    const description = setting.markdownDescription ?? '';
    // The manifest is localised when VS Code reads it; an unresolved `%key%` gives no title.
    const title = description.startsWith('%') ? '' : description.replace(/`/g, '');
    return { id, title };
  });
}

/** The part of a bilingual rule page in `language`: the English page ends where `## Nederlands` starts. */
export function pageIn(markdown: string, language: Language): string {
  const split = markdown.search(/^## Nederlands\s*$/m);
  if (split < 0) return markdown;
  const halves: Readonly<Record<Language, () => string>> = {
    en: () => markdown.slice(0, split).trimEnd() + '\n',
    nl: () => `${/^# .*$/m.exec(markdown)?.[0] ?? ''}\n\n${markdown.slice(split).replace(/^## Nederlands\s*\n/, '')}`,
  };
  return halves[language]();
}

/** One panel for rule pages, reused, so that reading several rules does not pile up tabs. */
let panel: vscode.WebviewPanel | undefined;

function page(webview: vscode.Webview, body: string, language: string): string {
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);max-width:52rem;padding:0 1rem;line-height:1.5}code{font-family:var(--vscode-editor-font-family)}a{color:var(--vscode-textLink-foreground)}</style>
</head><body>${body}</body></html>`;
}

export function openRuleDocsCommand(context: vscode.ExtensionContext) {
  return async (ruleId?: unknown): Promise<vscode.Uri | undefined> => {
    const rules = manifestRules(context.extension);
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (id === undefined) {
      const picked = await vscode.window.showQuickPick(
        rules.map((rule) => ({ label: rule.id, description: rule.title })),
        { title: l10n.t('Rule documentation'), placeHolder: l10n.t('Rule to read about'), matchOnDescription: true },
      );
      if (!picked) return undefined;
      id = picked.label;
    }
    if (!rules.some((rule) => rule.id === id)) {
      void vscode.window.showErrorMessage(l10n.t('There is no rule "{0}".', id));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
    const language = toolLanguage();
    const markdown = pageIn(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), language);
    // The built-in Markdown extension renders it as its preview would (and sanitises the HTML).
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (!panel) {
      panel = vscode.window.createWebviewPanel('interventionLint.ruleDocs', id, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
    }
    panel.title = `${id} — ${localized(language, CLIENT_TEXT.documentation)}`;
    panel.webview.html = page(panel.webview, html, language);
    panel.reveal(undefined, true);
    return uri;
  };
}

/** The open rule documentation panel (for tests). */
export function ruleDocsPanel(): vscode.WebviewPanel | undefined {
  return panel;
}

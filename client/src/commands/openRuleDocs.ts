/**
 * `interventionLint.openRuleDocs`: the documentation page of a rule (`docs/rules/<id>.md`, shipped
 * with the extension) in the Markdown preview. Takes a rule id, or asks with a quick pick.
 */
import * as vscode from 'vscode';

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

export function openRuleDocsCommand(context: vscode.ExtensionContext) {
  return async (ruleId?: unknown): Promise<vscode.Uri | undefined> => {
    const rules = manifestRules(context.extension);
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (id === undefined) {
      const picked = await vscode.window.showQuickPick(
        rules.map((rule) => ({ label: rule.id, description: rule.title })),
        { title: vscode.l10n.t('Rule documentation'), placeHolder: vscode.l10n.t('Rule to read about'), matchOnDescription: true },
      );
      if (!picked) return undefined;
      id = picked.label;
    }
    if (!rules.some((rule) => rule.id === id)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no rule "{0}".', id));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri;
  };
}

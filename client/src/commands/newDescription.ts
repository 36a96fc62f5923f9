/**
 * `interventionLint.newDescription`: a category (quick pick) and a name (input box), then
 * `<slug>.intervention.yaml` from the CLI's `init` template in the workspace folder, opened.
 * Arguments skip the questions, for tests and the walkthrough: `{ name, category, folder, language }`.
 * The explorer's context menu passes the folder's Uri.
 */
import * as vscode from 'vscode';
import * as l10n from '../l10n';
import type { Category } from '../../../server/src/core';
import { TEMPLATE_METHOD, type TemplateParams, type TemplateResult } from '../../../server/src/lsp/protocol';
import { LANGUAGE_ID, type ClientHost } from '../clientHost';
import { givenOrPicked } from './choose';
import { toolLanguage } from '../language';

/** The template of a new description; absent in the browser build. */
export interface TemplateSource {
  template(name: string, category: Category, language: 'nl' | 'en'): Promise<TemplateResult>;
}

/** The server's template (`interventionLint/template`): the client bundles no template or YAML code. */
export function serverTemplate(host: ClientHost): TemplateSource {
  return {
    template: (name, category, language) => host.sendRequest<TemplateResult>(TEMPLATE_METHOD, { name, category, language } satisfies TemplateParams),
  };
}

export interface NewDescriptionArgs {
  readonly name?: string;
  readonly category?: Category;
  /** Folder to write to (Uri or absolute path); default: the workspace folder. */
  readonly folder?: vscode.Uri | string;
  readonly language?: 'nl' | 'en';
  /** Open the new file in an editor (default true). */
  readonly open?: boolean;
}

function categoryItems(): (vscode.QuickPickItem & { category: Category })[] {
  // A Record over every category: the compiler reports one missing here.
  const texts: Record<Category, [string, string]> = {
    sensitivity: [
      l10n.t('Sensitivity and attachment'),
      l10n.t("Improves the parent's sensitivity and the attachment relationship; usually video feedback, 5–15 sessions (GR §4.2)."),
    ],
    'maltreatment-prevention': [
      l10n.t('Prevention of child maltreatment'),
      l10n.t('Prevents maltreatment in families at risk or where it occurs; 16–30 sessions (GR §4.3, §4.4).'),
    ],
    'parenting-support': [l10n.t('Parenting support'), l10n.t('Supports parents with questions and problems in raising their child.')],
    other: [l10n.t('Other'), l10n.t('Any other youth intervention.')],
  };
  return categoriesOf(texts).map((category) => ({ category, label: texts[category][0], description: category, detail: texts[category][1] }));
}

function categoriesOf(texts: Record<Category, unknown>): Category[] {
  return Object.keys(texts) as Category[];
}

/** Every category key, in the order of the quick pick. */
const CATEGORY_KEYS: readonly string[] = categoriesOf({ sensitivity: 0, 'maltreatment-prevention': 0, 'parenting-support': 0, other: 0 });

async function pickFolder(folder: NewDescriptionArgs['folder']): Promise<vscode.Uri | undefined | null> {
  if (folder instanceof vscode.Uri) return folder;
  if (typeof folder === 'string') return vscode.Uri.file(folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined; // no folder: an untitled editor
  if (folders.length === 1) return folders[0]!.uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: l10n.t('Folder for the new description') });
  return picked ? picked.uri : null;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** The command; resolves to the new file (or untitled document), or undefined when cancelled. */
export function newDescriptionCommand(source: TemplateSource | undefined) {
  return async (arg?: NewDescriptionArgs | vscode.Uri): Promise<vscode.Uri | undefined> => {
    if (!source) {
      void vscode.window.showInformationMessage(
        l10n.t('Creating a description from the template needs VS Code on the desktop. Elsewhere, run `intervention-lint init "Name" --category sensitivity`.'),
      );
      return undefined;
    }
    const args: NewDescriptionArgs = arg instanceof vscode.Uri ? { folder: arg } : (arg ?? {});
    const chosen = await givenOrPicked(
      args.category,
      CATEGORY_KEYS,
      { items: categoryItems(), title: l10n.t('New intervention description'), placeHolder: l10n.t('Category of the intervention'), valueOf: (item) => item.category },
      (value, known) => l10n.t('Unknown category "{0}"; use one of: {1}.', value, known),
    );
    if (chosen === undefined) return undefined;
    const name =
      args.name ??
      (await vscode.window.showInputBox({
        title: l10n.t('New intervention description'),
        prompt: l10n.t('Name of the intervention'),
        placeHolder: l10n.t('e.g. Samen Sterk'),
        validateInput: async (value) => ((await source.template(value, chosen, 'en')).slug === '' ? l10n.t('The name needs at least one letter or digit.') : undefined),
      }));
    if (name === undefined) return undefined;
    const { slug, text } = await source.template(name, chosen, args.language ?? toolLanguage());
    if (slug === '') return undefined;
    const open = args.open !== false;

    const folder = await pickFolder(args.folder);
    if (folder === null) return undefined;
    if (folder === undefined) {
      const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
      if (open) await vscode.window.showTextDocument(document);
      return document.uri;
    }
    const uri = vscode.Uri.joinPath(folder, `${slug}.intervention.yaml`);
    if (await exists(uri)) {
      void vscode.window.showErrorMessage(l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(uri)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    if (open) await vscode.window.showTextDocument(uri);
    return uri;
  };
}

/**
 * `interventionLint.exportWorksheet`: the draft databank worksheet of a description as Markdown, HTML
 * or Word, rendered by the server (`interventionLint/exportWorksheet`) and saved next to the
 * description as `<id>-werkblad.<format>`. Markdown and HTML open in an editor, a .docx is revealed in
 * the Explorer. Arguments skip the questions (tests): `{ format, target, uri, open }`; the editor title
 * passes the file's Uri, the Interventions view its entry.
 */
import * as vscode from 'vscode';
import * as l10n from '../l10n';
import { EXPORT_WORKSHEET_METHOD, WORKSHEET_FORMATS, type ExportWorksheetParams, type ExportWorksheetResult, type WorksheetFormat } from '../../../server/src/lsp/protocol';
import { LANGUAGE_ID, type ClientHost } from '../clientHost';
import type { PortfolioNode } from '../portfolioView';
import { givenOrPicked } from './choose';

export interface ExportWorksheetArgs {
  readonly format?: WorksheetFormat;
  /** Where to save (Uri or absolute path); default: next to the description. */
  readonly target?: vscode.Uri | string;
  /** The description; default: the active editor's. */
  readonly uri?: vscode.Uri | string;
  /** Open (md, html) or reveal (docx) the result; default true. */
  readonly open?: boolean;
}

function formatItems(): (vscode.QuickPickItem & { format: WorksheetFormat })[] {
  return [
    { format: 'docx', label: l10n.t('Word document (.docx)'), detail: l10n.t('To complete in Word and submit to the databank.') },
    { format: 'md', label: l10n.t('Markdown (.md)'), detail: l10n.t('To read and edit as text, e.g. in a repository.') },
    { format: 'html', label: l10n.t('Web page (.html)'), detail: l10n.t('To view in a browser or print.') },
  ];
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

function argsOf(arg: unknown): ExportWorksheetArgs {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const node = arg as Partial<PortfolioNode>;
  if (node.kind === 'description' && node.row) return { uri: node.row.uri };
  return arg;
}

function bytesOf(result: NonNullable<ExportWorksheetResult>): Uint8Array {
  if (result.encoding === 'utf8') return new TextEncoder().encode(result.content);
  const binary = atob(result.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Where to save: the given target, next to the description, or (for an untitled one) where the user says. */
async function targetOf(args: ExportWorksheetArgs, description: vscode.Uri, fileName: string): Promise<vscode.Uri | undefined> {
  if (args.target !== undefined) return toUri(args.target);
  if (description.scheme !== 'untitled') return vscode.Uri.joinPath(description, '..', fileName);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined, title: l10n.t('Save the worksheet') });
}

export function exportWorksheetCommand(host: ClientHost) {
  return async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const args = argsOf(arg);
    let uri = args.uri !== undefined ? toUri(args.uri) : undefined;
    if (!uri) {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId === LANGUAGE_ID) uri = document.uri;
    }
    if (!uri) {
      void vscode.window.showWarningMessage(l10n.t('Open an intervention description (*.intervention.yaml) first.'));
      return undefined;
    }
    const interactive = args.format === undefined;
    const format = await givenOrPicked(
      args.format,
      WORKSHEET_FORMATS,
      { items: formatItems(), title: l10n.t('Export worksheet'), placeHolder: l10n.t('Format of the worksheet'), valueOf: (item) => item.format },
      (value, known) => l10n.t('Unknown format "{0}"; use one of: {1}.', value, known),
    );
    if (format === undefined) return undefined;

    let result: ExportWorksheetResult;
    try {
      result = await host.sendRequest<ExportWorksheetResult>(EXPORT_WORKSHEET_METHOD, { uri: uri.toString(), format } satisfies ExportWorksheetParams);
    } catch (error) {
      void vscode.window.showErrorMessage(l10n.t('The worksheet could not be made: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    if (!result) {
      void vscode.window.showWarningMessage(l10n.t('This file is not an intervention description.'));
      return undefined;
    }

    const target = await targetOf(args, uri, result.fileName);
    if (!target) return undefined;
    if (interactive && (await exists(target))) {
      const replace = l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(target)), { modal: true }, replace);
      if (answer !== replace) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, bytesOf(result));

    if (args.open !== false) {
      if (format === 'docx') await Promise.resolve(vscode.commands.executeCommand('revealInExplorer', target)).catch(() => undefined);
      else await vscode.window.showTextDocument(target, { preview: false });
    }
    const message = l10n.t('Worksheet saved: {0} ({1} placeholder(s) to fill).', vscode.workspace.asRelativePath(target), result.missing);
    if (format === 'docx') {
      const open = l10n.t('Open');
      void vscode.window.showInformationMessage(message, open).then((answer) => (answer === open ? vscode.env.openExternal(target) : undefined));
    } else {
      void vscode.window.showInformationMessage(message);
    }
    return target;
  };
}

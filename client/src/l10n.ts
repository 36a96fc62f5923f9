/**
 * The client's own strings, in the language the user picked for the extension. `vscode.l10n.t`
 * follows VS Code's display language only, so with `interventionLint.language: nl` in an English
 * VS Code the server's messages were Dutch while the status items and views around them stayed
 * English. Every client string goes through `t()` here instead; the Dutch table is the same
 * `l10n/bundle.l10n.nl.json` VS Code would load (bundled, so the web entry has it too).
 */
import * as vscode from 'vscode';
import dutch from '../../l10n/bundle.l10n.nl.json';
import type { Language } from '../../server/src/core';
import { toolLanguage } from './language';

const TABLES: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: {}, nl: dutch };

/** `message` (the English source, also the table's key) in the user's language, `{n}` filled in. */
export function t(message: string, ...args: Array<string | number>): string {
  const text = TABLES[toolLanguage()][message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** Fires when the language of the client's strings may have changed (re-render what shows them). */
export function onDidChangeUiLanguage(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('interventionLint.language')) listener();
  });
}

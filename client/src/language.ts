/**
 * The client's side of the text layer: which language the tool speaks (`interventionLint.language`,
 * else VS Code's display language), and the core's `Localized` entries the client shows, so that no
 * command compares language codes itself. The client's UI strings (l10n.ts) follow the same choice.
 */
import * as vscode from 'vscode';
import type { Language, Localized } from '../../server/src/core';

const LANGUAGES: readonly Language[] = ['en', 'nl'];

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** `interventionLint.language`, else VS Code's display language when it is Dutch, else English. */
export function toolLanguage(): Language {
  const setting = vscode.workspace.getConfiguration('interventionLint').get<string>('language');
  if (isLanguage(setting)) return setting;
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export const CLIENT_TEXT = {
  documentation: { en: 'documentation', nl: 'documentatie' },
} as const satisfies Readonly<Record<string, Localized>>;

/** The entry in `language`. */
export function localized(language: Language, entry: Localized): string {
  return entry[language];
}

import type { Connection } from 'vscode-languageserver';
import { isLanguage, RULE_IDS, RULE_SETTINGS, type ConfigOverrides, type Language, type RuleSetting } from '../core';

export const SETTINGS_SECTION = 'interventionLint';

/** The editor settings the server reads (`interventionLint.*`), sanitised: bad values are dropped. */
export interface EditorSettings {
  /** What the user set explicitly: it overrides the project's config file. */
  readonly overrides: ConfigOverrides;
  /**
   * What a setting left at its default stands for (`language: auto` = the editor's locale): it
   * applies only where the project's config file says nothing (spec §6).
   */
  readonly defaults: ConfigOverrides;
  /** `interventionLint.enable`: false checks nothing in the folder. */
  readonly enable: boolean;
  /** `interventionLint.run`: check while typing, or only when the file is saved. */
  readonly run: 'onType' | 'onSave';
  /** `interventionLint.ignore`: globs, relative to the folder, of files not to check. */
  readonly ignore: readonly string[];
  /** `interventionLint.configFile`: the config file to use instead of `.intervention-lint.yaml`. */
  readonly configFile: string | undefined;
}

/** The setting names the server knows, to tell a bare settings section from other data. */
export const SETTING_NAMES = ['enable', 'run', 'ignore', 'configFile', 'rules', 'sessionRanges', 'language'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever the client sent into config overrides. Unknown rule ids and malformed ranges are
 * ignored rather than trusted, like vscode-eslint's settings sanitising.
 */
export function sanitiseSettings(raw: unknown, clientLocale: string | undefined): EditorSettings {
  const settings = isRecord(raw) ? raw : {};
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(settings['rules'])) {
    for (const [id, value] of Object.entries(settings['rules'])) {
      if (RULE_IDS.includes(id) && RULE_SETTINGS.includes(value as RuleSetting)) rules[id] = value as RuleSetting;
    }
  }
  const sessionRanges: Record<string, { min: number; max: number }> = {};
  if (isRecord(settings['sessionRanges'])) {
    for (const [category, range] of Object.entries(settings['sessionRanges'])) {
      if (isRecord(range) && Number.isInteger(range['min']) && Number.isInteger(range['max']) && (range['min'] as number) <= (range['max'] as number)) {
        sessionRanges[category] = { min: range['min'] as number, max: range['max'] as number };
      }
    }
  }
  const requested = settings['language'];
  const language: Language | undefined = isLanguage(requested) ? requested : undefined;
  const localeLanguage: Language | undefined = clientLocale === undefined ? undefined : clientLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const ignore = Array.isArray(settings['ignore']) ? settings['ignore'].filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  const configFile = typeof settings['configFile'] === 'string' && settings['configFile'].trim() !== '' ? settings['configFile'].trim() : undefined;
  return {
    overrides: {
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(Object.keys(sessionRanges).length > 0 ? { sessionRanges } : {}),
      ...(language ? { language } : {}),
    },
    defaults: localeLanguage ? { language: localeLanguage } : {},
    enable: settings['enable'] !== false,
    run: settings['run'] === 'onSave' ? 'onSave' : 'onType',
    ignore,
    configFile,
  };
}

/** The `interventionLint` section of what a client sent: `{ interventionLint: {…} }` or the section itself. */
export function sectionOf(sent: unknown): Record<string, unknown> | undefined {
  if (!isRecord(sent)) return undefined;
  const section = sent[SETTINGS_SECTION];
  if (isRecord(section)) return section;
  return Object.keys(sent).some((key) => (SETTING_NAMES as readonly string[]).includes(key)) ? sent : undefined;
}

/** Where the editor settings come from: asked for per folder, or as the client last sent them. */
export interface SettingsSource {
  /** Records settings the client sent (`workspace/didChangeConfiguration`). */
  pushed(settings: unknown): void;
  /** The raw settings for the folder `scopeUri`. */
  read(scopeUri: string): Promise<unknown>;
}

/**
 * VS Code answers `workspace/configuration`; Neovim 0.7 does not advertise it, and sends its
 * `settings` with `workspace/didChangeConfiguration` instead; other clients put them in
 * `initializationOptions`. The latest of those is used wherever the client cannot be asked.
 */
export function createSettingsSource(connection: Connection, configurationRequests: boolean, initializationOptions: unknown): SettingsSource {
  let latest = sectionOf(initializationOptions);
  return {
    pushed(settings) {
      latest = sectionOf(settings) ?? latest;
    },
    async read(scopeUri) {
      if (!configurationRequests) return latest;
      const asked: unknown = await connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }).catch(() => undefined);
      return isRecord(asked) ? asked : latest;
    },
  };
}

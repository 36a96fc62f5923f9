import { RULE_IDS, RULE_SETTINGS, type ConfigOverrides, type Language, type RuleSetting } from '../core';

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
}

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
  const language: Language | undefined = requested === 'nl' || requested === 'en' ? requested : undefined;
  const localeLanguage: Language | undefined = clientLocale === undefined ? undefined : clientLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return {
    overrides: {
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(Object.keys(sessionRanges).length > 0 ? { sessionRanges } : {}),
      ...(language ? { language } : {}),
    },
    defaults: localeLanguage ? { language: localeLanguage } : {},
  };
}

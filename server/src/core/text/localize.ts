/**
 * The text layer's mechanism. Every text the tool shows in both languages is a `Localized` entry
 * in a keyed table (./tables); shells and rules pick the language here, never with a comparison
 * of their own, so that a third language or a changed fallback is one edit.
 */
import type { Language, Localized } from '../types';

export const LANGUAGES: readonly Language[] = ['en', 'nl'];

/** Whether an untrusted value (a setting, an argument) names a language of the tool. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** The other language: the fallback for a text missing in the first, or the "see also" of a page. */
export function otherLanguage(language: Language): Language {
  return LANGUAGES.find((l) => l !== language) ?? language;
}

/** Anything held once per language (a text, a list, a set of labels). */
export type PerLanguage<T> = Readonly<Record<Language, T>>;

/** The entry for `language`. */
export function localize<T>(entry: PerLanguage<T>, language: Language): T {
  return entry[language];
}

/** Values for the `{name}` slots of a template. */
export type Params = Readonly<Record<string, string | number>>;

/** Fills the `{name}` slots of `template`; a slot without a value stays visible, so a missing one shows. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : slot));
}

/** The entry in `language` with its slots filled: `t(language, CLI_TEXT.cannotRead, { file })`. */
export function t(language: Language, entry: Localized, params?: Params): string {
  return format(localize(entry, language), params);
}

/** `t` bound to one language, for a renderer that looks up many texts: `const say = textIn(language)`. */
export type Say = (entry: Localized, params?: Params) => string;

export function textIn(language: Language): Say {
  return (entry, params) => t(language, entry, params);
}

/** The name of an untrusted `key` in a table of names (DOMAIN_NAMES, CATEGORY_NAMES), or the key itself. */
export function nameOf(table: Readonly<Record<string, Localized>>, key: string, language: Language): string {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry ? localize(entry, language) : key;
}

/** A template with its slots filled in both languages, for a message that is shown later in either. */
export function both(entry: Localized, params?: Params): Localized {
  return { en: format(entry.en, params), nl: format(entry.nl, params) };
}

/** A count with its noun: `{ en: ['warning', 'warnings'], nl: [...] }`. */
export type Plural = PerLanguage<readonly [one: string, many: string]>;

export function plural(language: Language, count: number, nouns: Plural): string {
  const [one, many] = localize(nouns, language);
  return count === 1 ? one : many;
}

/** Decimal separators per language: Dutch writes `0,41`. */
const DECIMAL: PerLanguage<string> = { en: '.', nl: ',' };

export function decimalSeparator(language: Language): string {
  return localize(DECIMAL, language);
}

/** A number as the language writes it (only the decimal separator differs). */
export function decimal(value: number, language: Language): string {
  return String(value).replace('.', decimalSeparator(language));
}

/** The text layer: the mechanism, the tables, and the names of the schema's enum values. */
export { both, decimal, format, isLanguage, LANGUAGES, localize, otherLanguage, plural, t, type Params, type PerLanguage, type Plural } from './localize';
export { CLI_TEXT, CORE_TEXT, HOVER_TEXT, LSP_TEXT, PLURAL_TABLES, PLURALS, RULE_PAGE_TEXT, SUMMARY_COLUMNS, SUMMARY_TEXT, TEMPLATE_TEXT, TEXT_TABLES } from './tables';
export { enumName } from './enum-names';

/** The text layer: the mechanism, the tables, and the names of the schema's enum values. */
export { both, decimal, decimalSeparator, format, isLanguage, LANGUAGES, localize, nameOf, otherLanguage, plural, t, textIn, type Params, type Plural, type Say } from './localize';
export { CLI_TEXT, CORE_TEXT, HOVER_TEXT, LSP_TEXT, PLURAL_TABLES, PLURALS, REPORT_PLURALS, RULE_PAGE_TEXT, SUMMARY_COLUMNS, SUMMARY_TEXT, TEMPLATE_TEXT, TEXT_TABLES } from './tables';
export { DESIGN_NAMES, DOMAIN_NAMES, FINDINGS_PAGE_TEXT, REPORT_EFFECT_COLUMNS, REPORT_FINDING_COLUMNS, REPORT_NOT_CHECKED, REPORT_STUDY_COLUMNS, REPORT_TEXT, SEVERITY_NAMES, STUDY_LIST_NAMES } from './report-tables';
export { enumName } from './enum-names';

/**
 * The tool's own texts in both languages, one keyed table per area. `{name}` marks a value filled
 * in by `t`/`format`; a slot may be used by one language only where the grammar differs (Dutch
 * names a category where English quotes its id). A test checks that every entry has both languages.
 */
import type { Localized } from '../types';
import type { Plural } from './localize';
import { DESIGN_NAMES, DOMAIN_NAMES, FINDINGS_PAGE_TEXT, REPORT_EFFECT_COLUMNS, REPORT_FINDING_COLUMNS, REPORT_NOT_CHECKED, REPORT_STUDY_COLUMNS, REPORT_TEXT, SEVERITY_NAMES, STUDY_LIST_NAMES } from './report-tables';

type Table = Readonly<Record<string, Localized>>;
type PluralTable = Readonly<Record<string, Plural>>;

/** The command line's own messages (around the findings, never in them). */
export const CLI_TEXT = {
  noFiles: { en: 'no description files found (looked for {patterns}).', nl: 'geen beschrijvingen gevonden (gezocht naar {patterns}).' },
  cannotReadFile: { en: 'cannot read {file}: {error}', nl: 'kan {file} niet lezen: {error}' },
  cannotRead: { en: 'cannot read', nl: 'onleesbaar' },
  cannotReadTheFile: { en: 'Cannot read the file: {error}', nl: 'Kan het bestand niet lezen: {error}' },
  invalidConfig: { en: 'invalid config', nl: 'ongeldige configuratie' },
  usageHint: { en: 'Run `intervention-lint --help` for usage.', nl: 'Zie `intervention-lint --help --language nl` voor het gebruik.' },
  tooManyWarnings: { en: '{count} {warnings}, more than the allowed {max} (--max-warnings)', nl: '{count} {warnings}, meer dan de toegestane {max} (--max-warnings)' },
  unreadableOnly: { en: '✖ {files} could not be read ({checked} checked, no problems)', nl: '✖ {files} {could} niet worden gelezen ({checked} gecontroleerd, geen bevindingen)' },
  noProblems: { en: '✔ {checked} checked, no problems', nl: '✔ {checked} gecontroleerd, geen bevindingen' },
  problemsIn: { en: '✖ {problems} in {filesWithFindings} of {total} checked', nl: '✖ {problems} in {withFindings} van {totalFiles}' },
  alsoUnreadable: { en: '; {files} could not be read', nl: '; {files} {could} niet worden gelezen' },
} as const satisfies Table;

/** A rule's documentation page and the README's rule table. */
export const RULE_PAGE_TEXT = {
  severity: { en: 'Default severity', nl: 'Standaard-ernst' },
  source: { en: 'Source', nl: 'Bron' },
  fix: { en: 'Fixable', nl: 'Te repareren' },
  why: { en: 'Why', nl: 'Waarom' },
  /** The heading of the page's other half, named in that half's language. */
  otherLanguage: { en: 'Nederlands', nl: 'English' },
  tableHeader: { en: '| Rule | Default | What it checks | Source | Fix |', nl: '| Regel | Standaard | Wat het controleert | Bron | Reparatie |' },
} as const satisfies Table;

/** The portfolio overview (`intervention-lint summary`). */
export const SUMMARY_TEXT = {
  title: { en: 'Overview of the descriptions', nl: 'Overzicht van de beschrijvingen' },
  unreadableRow: { en: '(cannot read: {problem})', nl: '(onleesbaar: {problem})' },
  totals: {
    en: '{count} {descriptions}: {errors} errors, {warnings} warnings, {infos} infos; the evidence supports the claimed level in {met} of {compared}.',
    nl: '{count} {descriptions}: {errors} fouten, {warnings} waarschuwingen, {infos} info; het bewijs ondersteunt het geclaimde niveau bij {met} van de {compared}.',
  },
} as const satisfies Table;

/** The columns of the portfolio overview. */
export const SUMMARY_COLUMNS = {
  file: { en: 'File', nl: 'Bestand' },
  id: { en: 'Id', nl: 'Id' },
  name: { en: 'Name', nl: 'Naam' },
  category: { en: 'Category', nl: 'Categorie' },
  claimed: { en: 'Claimed', nl: 'Geclaimd' },
  supported: { en: 'Supported', nl: 'Ondersteund' },
  errors: { en: 'Errors', nl: 'Fouten' },
  warnings: { en: 'Warnings', nl: 'Waarschuwingen' },
  infos: { en: 'Infos', nl: 'Info' },
} as const satisfies Table;

/** Code actions and requests of the language server. */
export const LSP_TEXT = {
  disableReason: { en: 'TODO: reason', nl: 'TODO: reden' },
  disableForFile: { en: 'Disable {rule} for the entire file (with a reason)', nl: 'Zet {rule} uit voor het hele bestand (met reden)' },
  disableForLine: { en: 'Disable {rule} for this line (with a reason)', nl: 'Zet {rule} uit voor deze regel (met reden)' },
  showDocs: { en: 'Show documentation for {rule}', nl: 'Toon de documentatie van {rule}' },
  fixAll: { en: 'Fix all safe findings', nl: 'Repareer alle veilige bevindingen' },
  cannotExport: { en: 'Cannot export the worksheet', nl: 'Het werkblad kan niet worden gemaakt' },
} as const satisfies Table;

/** Hover on `level.claimed` and `approach.sessions`. */
export const HOVER_TEXT = {
  claimedLevel: { en: 'Claimed level', nl: 'Geclaimd niveau' },
  noValidLevel: { en: 'no valid level', nl: 'geen geldig niveau' },
  supportedByStudies: { en: 'Supported by the studies', nl: 'Onderbouwd door de studies' },
  requirementsUpTo: { en: 'Requirements up to `{level}`:', nl: 'Eisen tot en met {levelName}:' },
  requirementsOfAll: { en: 'Requirements of every level:', nl: 'Eisen van alle niveaus:' },
  /** A requirement's level in the list: English readers know the ids, Dutch readers the names. */
  requirementLevel: { en: '{level}', nl: '{levelName}' },
  category: { en: '`{category}`', nl: '{categoryName}' },
  noValidCategory: { en: '(no valid category)', nl: '(geen geldige categorie)' },
  noRange: { en: 'No range found most effective is known for category {which}.', nl: 'Geen meest effectief aantal sessies bekend voor de categorie {which}.' },
  configuration: { en: 'configuration', nl: 'configuratie' },
  range: {
    en: 'Number of sessions found most effective for `{category}`: **{min}–{max}** ({source}).',
    nl: 'Aantal sessies dat voor de categorie {categoryName} het meest effectief bleek: **{min}–{max}** ({source}).',
  },
  inside: { en: '{shown} lies inside this range.', nl: '{shown} ligt binnen dit bereik.' },
  outside: { en: '{shown} lies outside this range.', nl: '{shown} ligt buiten dit bereik.' },
  partly: { en: '{shown} lies partly outside this range.', nl: '{shown} ligt deels buiten dit bereik.' },
  notChecked: {
    en: 'The document could not be checked (fix the YAML syntax or the `format` first), so the evidence is not assessed.',
    nl: 'Het document kon niet worden gecontroleerd (herstel eerst de YAML-syntaxis of het `format`), dus het bewijs is niet beoordeeld.',
  },
  oddsRatio: {
    en: 'Odds ratio {value}: the GR advice gives no size classes for odds ratios, so no class is shown and a label is not checked.',
    nl: "Odds ratio {value}: het GR-advies geeft geen grootteklassen voor odds ratio's, dus er is geen klasse en een label wordt niet gecontroleerd.",
  },
  effectClassSource: {
    en: 'Class of |{measure}| {bounds} in the GR box "Maten voor de grootte van effecten en verbanden" (spec §4); the class uses the absolute value.',
    nl: 'Klasse van |{measure}| {bounds} in het GR-kader "Maten voor de grootte van effecten en verbanden" (spec §4); de klasse gaat uit van de absolute waarde.',
  },
} as const satisfies Table;

/** Messages of the core that are not a rule's (limits, the config file). */
export const CORE_TEXT = {
  timeBudget: {
    en: 'Checking took {ms} ms, more than the time budget of {budget} ms (limits.timeBudgetMs).',
    nl: 'De controle duurde {ms} ms, langer dan het tijdsbudget van {budget} ms (limits.timeBudgetMs).',
  },
  findingsCapped: {
    en: '{total} more findings are not shown ({named}): at most {perFile} are shown per file and {perRule} per rule. Fix the ones shown first.',
    nl: 'Nog {total} bevindingen worden niet getoond ({named}): per bestand worden er hoogstens {perFile} getoond, per regel {perRule}. Los eerst de getoonde op.',
  },
  configTooLarge: {
    en: 'The config has {length} characters, more than the {max} a config may have; it is not read.',
    nl: 'De configuratie heeft {length} tekens, meer dan de {max} die een configuratie mag hebben; ze wordt niet gelezen.',
  },
  minAboveMax: { en: '`min` is greater than `max` for {category}.', nl: '`min` is groter dan `max` voor {category}.' },
  patternOutside: {
    en: 'The pattern {pattern} leads outside the project folder; `files` only searches inside the project (spec §6).',
    nl: 'Het patroon {pattern} wijst buiten de projectmap; `files` zoekt alleen binnen het project (spec §6).',
  },
} as const satisfies Table;

/** The placeholders and header of a new description (`init`, "New description"). */
export const TEMPLATE_TEXT = {
  todo: { en: 'TODO: fill in', nl: 'TODO: vul in' },
  header: {
    en: '# New intervention description. Fill in every flagged value: `intervention-lint` reports each\n# TODO as placeholder-text until it is replaced. Age, sessions and components are starting\n# values for this category: adjust them to the intervention.\n',
    nl: '# Nieuwe interventiebeschrijving. Vul elke gemarkeerde waarde in: `intervention-lint` meldt elke\n# TODO als placeholder-text tot die is vervangen. Leeftijd, sessies en onderdelen zijn\n# startwaarden voor deze categorie: pas ze aan de interventie aan.\n',
  },
  summary: { en: 'summary, at most one A4 page', nl: 'samenvatting, hooguit één A4' },
  organisation: { en: 'organisation', nl: 'organisatie' },
  parents: { en: 'parents and carers', nl: 'ouders en verzorgers' },
  riskFactor: { en: 'risk factor', nl: 'risicofactor' },
  selection: { en: 'how families are found and selected', nl: 'hoe gezinnen worden gevonden en geselecteerd' },
  indication: { en: 'indication', nl: 'indicatie' },
  mainGoal: { en: 'main goal', nl: 'hoofddoel' },
  content: { en: 'what happens per phase or session', nl: 'wat er per fase of sessie gebeurt' },
  problem: { en: 'problem analysis', nl: 'probleemanalyse' },
  causes: { en: 'causes: risk and protective factors', nl: 'oorzaken: risico- en beschermende factoren' },
  theory: { en: 'theory: why this approach changes the causes', nl: 'verantwoording: waarom deze aanpak de oorzaken verandert' },
  professionals: { en: 'education and training of practitioners', nl: 'opleiding en training van de uitvoerders' },
  safety: { en: 'how child safety is assessed', nl: 'hoe de veiligheid van het kind wordt getoetst' },
  needs: { en: "how the family's need is assessed", nl: 'hoe de zorgbehoefte van het gezin wordt ingeschat' },
  processEvaluation: { en: 'research on the delivery', nl: 'onderzoek naar de uitvoering' },
} as const satisfies Table;

/** Nouns and verbs that follow a count. */
export const PLURALS = {
  error: { en: ['error', 'errors'], nl: ['fout', 'fouten'] },
  warning: { en: ['warning', 'warnings'], nl: ['waarschuwing', 'waarschuwingen'] },
  info: { en: ['info', 'infos'], nl: ['info', 'info'] },
  hint: { en: ['hint', 'hints'], nl: ['hint', 'hints'] },
  problem: { en: ['problem', 'problems'], nl: ['bevinding', 'bevindingen'] },
  file: { en: ['file', 'files'], nl: ['bestand', 'bestanden'] },
  description: { en: ['description', 'descriptions'], nl: ['beschrijving', 'beschrijvingen'] },
  /** "could not be read" after a number of files; English needs no form of its own. */
  could: { en: ['could', 'could'], nl: ['kon', 'konden'] },
} as const satisfies PluralTable;

/** Counts in the evidence report; unlike the command line's, its English writes "2 info". */
export const REPORT_PLURALS = {
  error: PLURALS.error,
  warning: PLURALS.warning,
  info: { en: ['info', 'info'], nl: ['info', 'info'] },
  hint: PLURALS.hint,
  effectSize: { en: ['effect size', 'effect sizes'], nl: ['effectgrootte', 'effectgroottes'] },
} as const satisfies PluralTable;

/** Every table, for the test that each entry has both languages. */
export const TEXT_TABLES: Readonly<Record<string, Table>> = {
  CLI_TEXT,
  RULE_PAGE_TEXT,
  SUMMARY_TEXT,
  SUMMARY_COLUMNS,
  LSP_TEXT,
  HOVER_TEXT,
  CORE_TEXT,
  TEMPLATE_TEXT,
  REPORT_TEXT,
  REPORT_NOT_CHECKED,
  REPORT_STUDY_COLUMNS,
  REPORT_EFFECT_COLUMNS,
  REPORT_FINDING_COLUMNS,
  STUDY_LIST_NAMES,
  SEVERITY_NAMES,
  DESIGN_NAMES,
  DOMAIN_NAMES,
  FINDINGS_PAGE_TEXT,
};
export const PLURAL_TABLES: Readonly<Record<string, PluralTable>> = { PLURALS, REPORT_PLURALS };

/** Public API of the validation core: pure functions from text to data. */
export { validate, FORMAT, type ValidateOptions, type ValidationResult } from './validate';
export { applyEdits, nonOverlapping, safeFixEdits } from './edits';
export { editsBetween, fixAll } from './fix-all';
export { formatText, type FormatOptions, type FormatResult } from './format';
export { lineColumn, rangeLineColumns } from './position';
export { countLines, parse } from './parse';
export {
  assessLevel,
  CONTROLLED_DESIGNS,
  EFFECT_CLASSES,
  levelRank,
  verdictOf,
  type Verdict,
  effectClass,
  effectClassOfD,
  effectClassOfR,
  EFFECT_CLASS_NL,
  labelFor,
  LEVEL_NAMES,
  parseLabel,
  type EffectClass,
  type LevelAssessment,
  type Requirement,
} from './evidence';
export {
  CONFIG_FILE_NAMES,
  MAX_CONFIG_BYTES,
  ConfigError,
  RULE_SETTINGS,
  configSchema,
  DEFAULT_CONFIG,
  mergeConfig,
  parseConfig,
  leavesRoot,
  type Config,
  type ConfigOverrides,
} from './config';
export { RULES, RULES_BY_ID, RULE_IDS, type Rule, type RuleMeta, type RuleDocs, type WorkspaceView } from './rules';
export { workspaceView } from './workspace';
export { withTimeBudget } from './time-budget';
export { append, largest } from './append';
export { capFindings, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, TOO_MANY_FINDINGS } from './findings-cap';
export { INTERVENTION_SCHEMA } from './schema';
export { checklistItems, INCLUSION_GROUP, type ChecklistItem } from './checklist';
export { slugOf, worksheetFileName } from './names';
export { descriptionTemplate } from './template';
export { locate, rangeOf } from './locate';
export { isPlaceholder, placeholderIn } from './placeholder';
export { closest, closestByWords } from './didyoumean';
export {
  CATEGORIES,
  CATEGORY_NAMES,
  LEVELS,
  isDutch,
  isFilled,
  present,
  sessionBounds,
  studies,
  type Category,
  type Description,
  type Design,
  type Domain,
  type Effect,
  type Level,
  type Maybe,
  type Outcome,
  type PlacedStudy,
  type Population,
  type SessionRange,
  type Study,
  type StudyList,
} from './model';
export { DATABANK_AGE_MONTHS } from './rules/child-age-outside-databank-range';
export { MAX_SUMMARY_WORDS, wordCount } from './rules/summary-too-long';
export { STANDARD_CONTRA_INDICATIONS } from './rules/missing-contra-indications';
export * from './text';
export * from './types';

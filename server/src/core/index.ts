/** Public API of the validation core: pure functions from text to data. */
export { validate, FORMAT, type ValidateOptions, type ValidationResult } from './validate';
export { applyEdits, nonOverlapping, safeFixEdits } from './edits';
export { editsBetween, fixAll } from './fix-all';
export { formatText, type FormatOptions, type FormatResult } from './format';
export { lineColumn, rangeLineColumns } from './position';
export { countLines, parse } from './parse';
export {
  assessLevel,
  effectClass,
  effectClassOfD,
  effectClassOfR,
  EFFECT_CLASS_NL,
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
  type Config,
  type ConfigOverrides,
} from './config';
export { RULES, RULES_BY_ID, RULE_IDS, type Rule, type RuleMeta, type RuleDocs, type WorkspaceView } from './rules';
export { workspaceView } from './workspace';
export { withTimeBudget } from './time-budget';
export { capFindings, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, TOO_MANY_FINDINGS } from './findings-cap';
export { INTERVENTION_SCHEMA } from './schema';
export * from './types';

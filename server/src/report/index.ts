/**
 * The evidence report (`intervention-lint report`): claimed vs supported level, the checklist per
 * level, the studies and their effect sizes against the classes of the advice, and the findings.
 * Pure functions: data in, string out; the CLI does the file I/O.
 */
export {
  buildReport,
  dFromR,
  shortReference,
  type ChecklistItem,
  type ChecklistLevel,
  type EffectKind,
  type EvidenceReport,
  type LabelCheck,
  type LevelComparison,
  type LevelInfo,
  type LevelVerdict,
  type ReportEffect,
  type ReportFinding,
  type ReportLanguage,
  type ReportOutcome,
  type ReportStudy,
} from './model';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { renderChart, axisMaxFor, AXIS_CAP, DEFAULT_AXIS_MAX, D_CLASS_BOUNDS, type ChartResult } from './chart';
export { findingsSummary, formatNumber, STUDY_KEY_PREFIX } from './text';

import type { Document } from 'yaml';
import type { Config } from '../config';
import type { LevelAssessment } from '../evidence';
import type { Anchor } from '../locate';
import type { Description } from '../model';
import type { Fix, KeyPath, Localized, OffsetRange, Severity } from '../types';

/** A rule's documentation in one language: what it checks and why it matters. */
export interface RuleDocs {
  readonly title: string;
  readonly what: string;
  readonly why: string;
}

export interface RuleMeta {
  /** Stable id: used in config, disable comments, CLI output and SARIF. Never renamed. */
  readonly id: string;
  readonly severity: Severity;
  /** Where the rule comes from, e.g. `GR §4.2, §4.3` (the Gezondheidsraad advice 2018/11). */
  readonly source: Localized;
  readonly docs: { readonly en: RuleDocs; readonly nl: RuleDocs };
  /** `safe`: `--fix` applies it; `suggestion`: an editor quick fix only; `none`: no fix. */
  readonly fixable: 'safe' | 'suggestion' | 'none';
}

export interface Report {
  readonly path: KeyPath;
  readonly anchor?: Anchor;
  /** Overrides the range derived from `path`, e.g. for a comment. */
  readonly range?: OffsetRange;
  readonly message: Localized;
  readonly fixes?: readonly Fix[];
  /** Overrides the rule's default severity for this finding (a project's setting still wins). */
  readonly severity?: Severity;
  /** See `Finding.detail`. */
  readonly detail?: string;
}

/** What a rule may know about the other descriptions of the workspace (cross-file rules). */
export interface WorkspaceView {
  /** Display names of the other files whose `id` is `id`. */
  otherFilesWithId(id: string): readonly string[];
}

export interface RuleContext {
  /** The description without the values the schema rejected. */
  readonly description: Description;
  readonly config: Config;
  readonly today: Date;
  readonly text: string;
  readonly doc: Document.Parsed;
  /** Absent when a file is checked on its own. */
  readonly workspace: WorkspaceView | undefined;
  /** The supported level and its checklist (computed once per document). */
  assessment(): LevelAssessment;
  /** Whether the key path exists in the YAML (with any value, even a rejected one). */
  has(path: KeyPath): boolean;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Absent for rules the engine itself reports (syntax, schema, disable comments). */
  readonly check?: (context: RuleContext) => void;
}

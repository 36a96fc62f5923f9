/**
 * Requests beyond LSP that the VS Code client sends. Only method names and plain data shapes live
 * here, so the client and the server can share them without sharing a protocol library version.
 */
import type { EvidenceReport } from '../report';

export const EVIDENCE_REPORT_METHOD = 'interventionLint/evidenceReport';
export interface EvidenceReportParams {
  readonly uri: string;
}
/** The report data and a self-contained HTML rendering of it; null for files that are not descriptions. */
export type EvidenceReportResult = { readonly report: EvidenceReport; readonly html: string; readonly markdown: string } | null;

export const LEVEL_STATUS_METHOD = 'interventionLint/levelStatus';
export interface LevelStatusParams {
  readonly uri: string;
}
export type LevelStatusResult = {
  readonly claimed: string | undefined;
  readonly claimedName: string | undefined;
  readonly supported: string;
  readonly supportedName: string;
  /** `supported` when the evidence reaches the claim. */
  readonly verdict: 'supported' | 'not-supported' | 'not-claimed' | 'not-checked';
} | null;

export const CHECK_WORKSPACE_METHOD = 'interventionLint/checkWorkspace';
export interface CheckWorkspaceResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The Explorer's Interventions view: one row per description of the workspace (open or not). */
export const PORTFOLIO_METHOD = 'interventionLint/portfolio';
export interface PortfolioParams {
  /** Only these files (after a change); absent = every description of the workspace (fresh scan). */
  readonly uris?: readonly string[];
}
export interface PortfolioRow {
  readonly uri: string;
  /** The file name. */
  readonly file: string;
  readonly id: string;
  readonly name: string;
  /** A category key, or '' when the file has none (or could not be checked). */
  readonly category: string;
  /** The category's name in the server's message language. */
  readonly categoryName: string;
  /** A level key, or '' when none is claimed. */
  readonly claimed: string;
  readonly claimedName: string | undefined;
  /** A level key or `none`; '' when the file could not be checked. */
  readonly supported: string;
  readonly supportedName: string;
  readonly verdict: NonNullable<LevelStatusResult>['verdict'];
  readonly errors: number;
  readonly warnings: number;
  /** Findings of severity info and hint. */
  readonly infos: number;
  /** The counts in words, in the server's message language ('' when there are none). */
  readonly findingsText: string;
  readonly language: 'nl' | 'en';
}
export interface PortfolioResult {
  readonly rows: readonly PortfolioRow[];
}

/** The reviewer checklist of one description. */
export const CHECKLIST_METHOD = 'interventionLint/checklist';
export interface ChecklistParams {
  readonly uri: string;
}
/** A 0-based LSP range. */
export interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
export interface ChecklistEntry {
  readonly text: string;
  readonly met: boolean;
  /** A level name, or "Opnamecriteria" / "Inclusion criteria". */
  readonly group: string;
  /** A level key, or `inclusion`. */
  readonly groupKey: string;
  /** Where in the file the item refers to; null when the file has no usable YAML. */
  readonly range: LspRange | null;
}
/** null for files that are not descriptions. */
export type ChecklistResult = {
  readonly name: string;
  readonly claimed: string | undefined;
  readonly language: 'nl' | 'en';
  /** Why there are no items (the file could not be checked); undefined otherwise. */
  readonly message: string | undefined;
  readonly items: readonly ChecklistEntry[];
} | null;

/** The draft databank worksheet of one description, rendered by the server. */
export const EXPORT_WORKSHEET_METHOD = 'interventionLint/exportWorksheet';
export const WORKSHEET_FORMATS = ['md', 'html', 'docx'] as const;
export type WorksheetFormat = (typeof WORKSHEET_FORMATS)[number];
export interface ExportWorksheetParams {
  readonly uri: string;
  readonly format: WorksheetFormat;
}
/** null for files that are not descriptions; an error response when the description cannot be read. */
export type ExportWorksheetResult = {
  /** e.g. `vipp-sd-werkblad.docx`. */
  readonly fileName: string;
  /** The text (md, html) or the bytes in base64 (docx). */
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
  /** Placeholders the author still has to fill. */
  readonly missing: number;
} | null;

/** A new description from the template (the client carries no template of its own). */
export const TEMPLATE_METHOD = 'interventionLint/template';
export interface TemplateParams {
  readonly name: string;
  /** A category key; an unknown one is an InvalidParams error. */
  readonly category: string;
  readonly language: 'nl' | 'en';
}
export interface TemplateResult {
  /** The file name stem for `name`; '' when the name has no letter or digit. */
  readonly slug: string;
  readonly text: string;
}

/** The server's command behind "show documentation for <rule>" (argument: the rule id); VS Code's client runs its own instead. */
export const SHOW_RULE_DOCS_COMMAND = 'intervention-lint.showRuleDocumentation';

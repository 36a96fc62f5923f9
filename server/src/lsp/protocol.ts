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

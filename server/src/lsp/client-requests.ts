import type { Connection } from 'vscode-languageserver';
import { levelRank, LEVEL_NAMES } from '../core/evidence';
import { buildReport, renderHtml, renderMarkdown } from '../report';
import type { ServiceDocument } from '../services/types';
import {
  CHECK_WORKSPACE_METHOD,
  EVIDENCE_REPORT_METHOD,
  LEVEL_STATUS_METHOD,
  type CheckWorkspaceResult,
  type EvidenceReportParams,
  type EvidenceReportResult,
  type LevelStatusParams,
  type LevelStatusResult,
} from './protocol';
import { registerViewRequests } from './view-requests';

export interface RequestHost {
  openService(uri: string): ServiceDocument | undefined;
  serviceForAnyFile(uri: string): Promise<ServiceDocument | undefined>;
  /** Every description of the workspace, open or not (after a fresh scan). */
  descriptionUris(): Promise<string[]>;
  refreshAll(): Promise<void>;
}

/**
 * The VS Code client's requests: evidence report, status bar level, check the whole workspace, and
 * those of its views (portfolio, reviewer checklist, worksheet export; see `./view-requests`).
 */
export function registerClientRequests(connection: Connection, host: RequestHost): void {
  connection.onRequest(EVIDENCE_REPORT_METHOD, async (params: EvidenceReportParams): Promise<EvidenceReportResult> => {
    const service = await host.serviceForAnyFile(params.uri);
    if (!service) return null;
    const name = decodeURIComponent(params.uri.slice(params.uri.lastIndexOf('/') + 1));
    const report = buildReport(name, service.document.getText(), service.result, service.config.language);
    return { report, html: renderHtml(report), markdown: renderMarkdown(report) };
  });

  connection.onRequest(LEVEL_STATUS_METHOD, (params: LevelStatusParams): LevelStatusResult => {
    const service = host.openService(params.uri);
    if (!service) return null;
    const language = service.config.language;
    const assessment = service.result.assessment;
    const claimed = service.result.description?.level?.claimed;
    const claimedName = claimed ? LEVEL_NAMES[claimed][language] : undefined;
    if (!assessment) return { claimed, claimedName, supported: 'none', supportedName: LEVEL_NAMES.none[language], verdict: 'not-checked' };
    const verdict = claimed === undefined ? 'not-claimed' : levelRank(assessment.supported) >= levelRank(claimed) ? 'supported' : 'not-supported';
    return { claimed, claimedName, supported: assessment.supported, supportedName: LEVEL_NAMES[assessment.supported][language], verdict };
  });

  connection.onRequest(CHECK_WORKSPACE_METHOD, async (): Promise<CheckWorkspaceResult> => {
    const totals = { files: 0, errors: 0, warnings: 0, infos: 0 };
    for (const uri of await host.descriptionUris()) {
      const service = await host.serviceForAnyFile(uri);
      if (!service) continue;
      totals.files++;
      for (const finding of service.result.findings) {
        if (finding.severity === 'error') totals.errors++;
        else if (finding.severity === 'warning') totals.warnings++;
        else totals.infos++;
      }
    }
    await host.refreshAll();
    return totals;
  });

  registerViewRequests(connection, host);
}

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { Utils, URI } from 'vscode-uri';
import { CATEGORIES, descriptionTemplate, isLanguage, LEVEL_NAMES, slugOf, verdictOf, type Category } from '../core';
import { buildReport, renderHtml, renderMarkdown } from '../report';
import type { ServiceDocument } from '../services/types';
import {
  CHECK_WORKSPACE_METHOD,
  EVIDENCE_REPORT_METHOD,
  LEVEL_STATUS_METHOD,
  TEMPLATE_METHOD,
  type CheckWorkspaceResult,
  type EvidenceReportParams,
  type EvidenceReportResult,
  type LevelStatusParams,
  type LevelStatusResult,
  type TemplateParams,
  type TemplateResult,
} from './protocol';

function isCategory(value: unknown): value is Category {
  return (CATEGORIES as readonly unknown[]).includes(value);
}
import { guarded } from './guard';
import { registerViewRequests } from './view-requests';

export interface RequestHost {
  openService(uri: string): ServiceDocument | undefined;
  serviceForAnyFile(uri: string): Promise<ServiceDocument | undefined>;
  /** Every description of the workspace, open or not (after a fresh scan). */
  descriptionUris(): Promise<string[]>;
  refreshAll(): void;
}

/**
 * The VS Code client's requests: evidence report, status bar level, check the whole workspace, and
 * those of its views (portfolio, reviewer checklist, worksheet export; see `./view-requests`).
 */
export function registerClientRequests(connection: Connection, log: (message: string) => void, host: RequestHost): void {
  connection.onRequest(EVIDENCE_REPORT_METHOD, guarded(EVIDENCE_REPORT_METHOD, log, async (params: EvidenceReportParams): Promise<EvidenceReportResult> => {
    const service = await host.serviceForAnyFile(params.uri);
    if (!service) return null;
    const name = Utils.basename(URI.parse(params.uri));
    const report = buildReport(name, service.document.getText(), service.result, service.config.language);
    return { report, html: renderHtml(report), markdown: renderMarkdown(report) };
  }));

  connection.onRequest(LEVEL_STATUS_METHOD, guarded(LEVEL_STATUS_METHOD, log, (params: LevelStatusParams): LevelStatusResult => {
    const service = host.openService(params.uri);
    if (!service) return null;
    const language = service.config.language;
    const assessment = service.result.assessment;
    const claimed = service.result.description?.level?.claimed;
    const claimedName = claimed ? LEVEL_NAMES[claimed][language] : undefined;
    if (!assessment) return { claimed, claimedName, supported: 'none', supportedName: LEVEL_NAMES.none[language], verdict: 'not-checked' };
    return { claimed, claimedName, supported: assessment.supported, supportedName: LEVEL_NAMES[assessment.supported][language], verdict: verdictOf(claimed, assessment.supported) };
  }));

  connection.onRequest(CHECK_WORKSPACE_METHOD, guarded(CHECK_WORKSPACE_METHOD, log, async (): Promise<CheckWorkspaceResult> => {
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
    host.refreshAll();
    return totals;
  }));

  connection.onRequest(TEMPLATE_METHOD, guarded(TEMPLATE_METHOD, log, (params: TemplateParams): TemplateResult => {
    if (!isCategory(params.category)) throw new ResponseError(ErrorCodes.InvalidParams, `category must be one of ${CATEGORIES.join(', ')}, not ${JSON.stringify(params.category)}`);
    const language = isLanguage(params.language) ? params.language : 'en';
    return { slug: slugOf(params.name), text: descriptionTemplate(params.name.trim(), params.category, language) };
  }));

  registerViewRequests(connection, log, host);
}

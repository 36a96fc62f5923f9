/**
 * Requests of the VS Code client's views: the Explorer's Interventions view (`interventionLint/portfolio`),
 * the reviewer checklist (`interventionLint/checklist`) and the worksheet export
 * (`interventionLint/exportWorksheet`). Registered by `registerClientRequests`.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { Utils, URI } from 'vscode-uri';
import { CATEGORIES, CATEGORY_NAMES, LEVELS, LEVEL_NAMES, LSP_TEXT, t, verdictOf, worksheetFileName, type Category, type Language, type Level, type Localized } from '../core';
import { buildWorksheet, renderWorksheetHtml, renderWorksheetMarkdown, summaryRow } from '../export';
import { findingsSummary } from '../report';
import type { ServiceDocument } from '../services/types';
import { checklistOf } from './checklist';
import type { RequestHost } from './client-requests';
import { guarded } from './guard';
import {
  CHECKLIST_METHOD,
  EXPORT_WORKSHEET_METHOD,
  PORTFOLIO_METHOD,
  WORKSHEET_FORMATS,
  type ChecklistParams,
  type ChecklistResult,
  type ExportWorksheetParams,
  type ExportWorksheetResult,
  type PortfolioParams,
  type PortfolioResult,
  type PortfolioRow,
} from './protocol';

const NO_CATEGORY: Localized = { en: 'no category', nl: 'geen categorie' };
const NOT_CHECKED: Localized = { en: 'not checked', nl: 'niet getoetst' };

function fileNameOf(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function portfolioRow(uri: string, service: ServiceDocument): PortfolioRow {
  const language: Language = service.config.language;
  const row = summaryRow(fileNameOf(uri), service.result.findings, service.result);
  const claimed = isLevel(row.claimed) ? row.claimed : undefined;
  const supported = service.result.assessment?.supported;
  return {
    uri,
    file: row.file,
    id: row.id,
    name: row.name.replace(/\s+/g, ' '),
    category: row.category,
    categoryName: isCategory(row.category) ? t(language, CATEGORY_NAMES[row.category]) : NO_CATEGORY[language],
    claimed: claimed ?? '',
    claimedName: claimed === undefined ? undefined : LEVEL_NAMES[claimed][language],
    supported: supported ?? '',
    supportedName: supported === undefined ? NOT_CHECKED[language] : LEVEL_NAMES[supported][language],
    verdict: verdictOf(claimed, supported),
    errors: row.errors,
    warnings: row.warnings,
    infos: row.infos,
    findingsText: findingsSummary({ error: row.errors, warning: row.warnings, info: row.infos, hint: 0 }, language),
    language,
  };
}

export function registerViewRequests(connection: Connection, log: (message: string) => void, host: RequestHost): void {
  connection.onRequest(PORTFOLIO_METHOD, guarded(PORTFOLIO_METHOD, log, async (params: PortfolioParams | null | undefined): Promise<PortfolioResult> => {
    const uris = params?.uris ?? (await host.descriptionUris());
    const rows: PortfolioRow[] = [];
    for (const uri of new Set(uris)) {
      const service = await host.serviceForAnyFile(uri);
      if (service) rows.push(portfolioRow(uri, service));
    }
    return { rows };
  }));

  connection.onRequest(CHECKLIST_METHOD, guarded(CHECKLIST_METHOD, log, async (params: ChecklistParams): Promise<ChecklistResult> => {
    const service = await host.serviceForAnyFile(params.uri);
    return service ? checklistOf(service, service.config.language) : null;
  }));

  connection.onRequest(EXPORT_WORKSHEET_METHOD, guarded(EXPORT_WORKSHEET_METHOD, log, async (params: ExportWorksheetParams): Promise<ExportWorksheetResult> => {
    if (!WORKSHEET_FORMATS.includes(params.format)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `format must be ${WORKSHEET_FORMATS.join(', ')}, not ${JSON.stringify(params.format)}`);
    }
    const service = await host.serviceForAnyFile(params.uri);
    if (!service) return null;
    const { result } = service;
    if (result.description === undefined) {
      const reason = result.findings.find((f) => f.severity === 'error')?.message ?? '';
      const language = service.config.language;
      const lead = t(language, LSP_TEXT.cannotExport);
      throw new ResponseError(ErrorCodes.InvalidRequest, reason === '' ? lead : `${lead}: ${reason}`);
    }
    const sheet = buildWorksheet(fileNameOf(params.uri), service.document.getText(), result);
    const fileName = worksheetFileName(result.description.id, fileNameOf(params.uri), params.format);
    const missing = sheet.missing.length;
    if (params.format === 'docx') {
      const { worksheetDocxBase64 } = await import('../export/docx.js');
      return { fileName, content: await worksheetDocxBase64(sheet), encoding: 'base64', missing };
    }
    const content = params.format === 'html' ? renderWorksheetHtml(sheet) : renderWorksheetMarkdown(sheet);
    return { fileName, content, encoding: 'utf8', missing };
  }));
}

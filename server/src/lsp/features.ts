/**
 * The language features (completion, hover, outline, folding, links, code actions) on the analysis
 * of the open document's current version; each handler behind the shell's error boundary.
 */
import type { CompletionParams, Connection, DocumentLinkParams, DocumentSymbolParams, FoldingRangeParams, HoverParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, documentLinks, documentSymbols, foldingRanges, hover, type ServiceDocument } from '../services';
import type { AnalysisCache } from './analysis';
import { codeActions } from './code-actions';
import { formattingEdits } from './formatting';
import type { FolderConfigs } from './folders';
import { guarded } from './guard';
import type { Runtime } from './runtime';

export interface FeatureDeps {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: FolderConfigs;
  readonly analysis: AnalysisCache;
  readonly runtime: Runtime;
  readonly log: (message: string) => void;
}

/** The analysis of an open description; undefined for other files and files never opened. */
export function openService(deps: Pick<FeatureDeps, 'documents' | 'folders' | 'analysis'>, uri: string): ServiceDocument | undefined {
  const document = deps.documents.get(uri);
  return document && deps.folders.isDescription(uri, document.languageId) ? deps.analysis.ofOpen(document) : undefined;
}

export function registerFeatures(deps: FeatureDeps): void {
  const { connection, log } = deps;
  /**
   * Undefined when the core refused to parse the text (too large, NUL bytes, nesting too deep),
   * whose line scanners would otherwise take minutes on such a text.
   */
  const parsed = (uri: string): ServiceDocument | undefined => {
    const service = openService(deps, uri);
    return service?.result.parsed?.doc ? service : undefined;
  };

  /** A handler on the parsed open document: `none` for other files, unparsed texts and cancelled requests. */
  function onParsed<P extends { readonly textDocument: { readonly uri: string } }, R>(method: string, run: (service: ServiceDocument, params: P) => R, none: R) {
    return guarded(method, log, (params: P, token) => {
      const service = parsed(params.textDocument.uri);
      return service && !token.isCancellationRequested ? run(service, params) : none;
    });
  }

  connection.onCompletion(onParsed('textDocument/completion', (s, p: CompletionParams) => complete(s, s.document.offsetAt(p.position)), []));
  connection.onHover(onParsed('textDocument/hover', (s, p: HoverParams) => hover(s, s.document.offsetAt(p.position)), null));
  connection.onDocumentSymbol(onParsed('textDocument/documentSymbol', (s, _: DocumentSymbolParams) => documentSymbols(s), []));
  connection.onFoldingRanges(onParsed('textDocument/foldingRange', (s, _: FoldingRangeParams) => foldingRanges(s), []));
  connection.onDocumentLinks(onParsed('textDocument/documentLink', (s, _: DocumentLinkParams) => documentLinks(s), []));
  connection.onDocumentFormatting(
    guarded('textDocument/formatting', log, (params, token) => {
      const service = openService(deps, params.textDocument.uri);
      return service && !token.isCancellationRequested ? formattingEdits(service.document, params.options.tabSize, service.config.language, connection) : [];
    }),
  );
  connection.onCodeAction(
    guarded('textDocument/codeAction', log, (params, token) => {
      const service = openService(deps, params.textDocument.uri);
      return service && !token.isCancellationRequested ? codeActions(service, params.range, params.context.only, deps.runtime.ruleDocsBase) : [];
    }),
  );
}

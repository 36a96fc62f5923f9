/**
 * What the VS Code client changes on the way: rule links that open the rendered documentation
 * instead of the raw Markdown file, "show documentation" run here rather than on the server, and no
 * pulls while typing under `interventionLint.run: onSave`.
 */
import * as vscode from 'vscode';
import { DiagnosticPullMode, type DiagnosticPullOptions, type Middleware } from 'vscode-languageclient';
import { SHOW_RULE_DOCS_COMMAND } from '../../server/src/lsp/protocol';

export const OPEN_RULE_DOCS = 'interventionLint.openRuleDocs';

/** A `command:` link to the rendered page of `ruleId`, for the Problems view and the hover. */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_RULE_DOCS}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

function withDocsLink(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  const id = typeof code === 'object' ? code.value : code;
  if (diagnostic.source === 'intervention-lint' && typeof id === 'string') diagnostic.code = { value: id, target: ruleDocsLink(id) };
  return diagnostic;
}

export function middleware(): Middleware {
  return {
    handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withDocsLink)),
    async provideDiagnostics(document, previousResultId, token, next) {
      const report = await next(document, previousResultId, token);
      if (report && 'items' in report) report.items.forEach(withDocsLink);
      return report;
    },
    async provideWorkspaceDiagnostics(resultIds, token, reporter, next) {
      const linked = (items: readonly object[] | undefined): void => items?.forEach((item) => 'items' in item && (item.items as vscode.Diagnostic[]).forEach(withDocsLink));
      const report = await next(resultIds, token, (chunk) => {
        linked(chunk?.items);
        reporter(chunk);
      });
      linked(report?.items);
      return report;
    },
    executeCommand: (command, args: unknown[], next) => (command === SHOW_RULE_DOCS_COMMAND ? vscode.commands.executeCommand<unknown>(OPEN_RULE_DOCS, args[0]) : (next(command, args) as unknown)),
  };
}

export function pullOptions(): DiagnosticPullOptions {
  return {
    onChange: true,
    onSave: true,
    // `true` skips the pull: while typing, when the user asked to be checked on save only.
    filter: (document, mode) => mode === DiagnosticPullMode.onType && vscode.workspace.getConfiguration('interventionLint', document.uri).get<string>('run') === 'onSave',
  };
}

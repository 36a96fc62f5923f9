/**
 * The two actions vscode-eslint offers beside a fix: "disable for the entire file" (a disable
 * comment at the top, with a reason to fill in) and "show documentation for <rule>".
 */
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LSP_TEXT, t, type Finding, type Language } from '../core';
import { SHOW_RULE_DOCS_COMMAND } from './protocol';


export function disableForFileAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic, language: Language): CodeAction {
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const reason = t(language, LSP_TEXT.disableReason);
  const at = { line: 0, character: 0 };
  return {
    title: t(language, LSP_TEXT.disableForFile, { rule: finding.ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: `# intervention-lint-disable ${finding.ruleId} -- ${reason}${eol}` }] } },
  };
}

export function showDocsAction(finding: Finding, diagnostic: Diagnostic, language: Language): CodeAction {
  const title = t(language, LSP_TEXT.showDocs, { rule: finding.ruleId });
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_RULE_DOCS_COMMAND, arguments: [finding.ruleId] } };
}

/** For clients other than VS Code: asks the client to show the rule's page (`window/showDocument`). */
export function registerShowRuleDocs(connection: Connection, docsBase: string | undefined, ruleIds: readonly string[]): void {
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const id: unknown = args?.[0];
    if (command !== SHOW_RULE_DOCS_COMMAND || typeof id !== 'string' || !ruleIds.includes(id)) return null;
    if (docsBase === undefined) return null;
    const uri = `${docsBase}/${id}.md`;
    await connection.window.showDocument({ uri, external: /^https?:/.test(uri) }).catch(() => undefined);
    return null;
  });
}

import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LSP_TEXT, t, type Edit, type Finding, type Fix, type Language, type Severity } from '../core';

export const SOURCE = 'intervention-lint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toTextEdit(document: TextDocument, edit: Edit): TextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text };
}

export function toDiagnostic(document: TextDocument, finding: Finding, docsBase: string | undefined): Diagnostic {
  return {
    range: { start: document.positionAt(finding.range.start), end: document.positionAt(finding.range.end) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(docsBase ? { codeDescription: { href: `${docsBase}/${finding.ruleId}.md` } } : {}),
    source: SOURCE,
    message: finding.message,
  };
}

export function fixToAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic, language: Language): CodeAction {
  return {
    title: fix.title[language],
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.safe,
    edit: { changes: { [document.uri]: fix.edits.map((edit) => toTextEdit(document, edit)) } },
  };
}

/** "Disable for this line": a comment above the finding's line, with a reason for the author to write. */
export function disableAction(document: TextDocument, finding: Finding, diagnostic: Diagnostic, language: Language): CodeAction {
  const text = document.getText();
  const lineStart = text.lastIndexOf('\n', finding.range.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const reason = t(language, LSP_TEXT.disableReason);
  const comment = `${indent}# intervention-lint-disable-next-line ${finding.ruleId} -- ${reason}${eol}`;
  const at = document.positionAt(lineStart);
  return {
    title: t(language, LSP_TEXT.disableForLine, { rule: finding.ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: comment }] } },
  };
}

import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { editsBetween, fixAll, LSP_TEXT, t, type Finding } from '../core';
import type { ServiceDocument } from '../services/types';
import { disableAction, FIX_ALL_KIND, fixToAction, toDiagnostic, toTextEdit } from './convert';
import { disableForFileAction, showDocsAction } from './rule-actions';

/** Rules whose findings cannot sensibly be silenced by another disable comment. */
const NOT_DISABLABLE = new Set(['unused-disable', 'invalid-disable', 'yaml-syntax']);

/**
 * Quick fixes for the findings in `range` (each fix, plus "disable for this line") and, when asked
 * for, `source.fixAll.intervention-lint`: exactly what `--fix` would do, as minimal line edits.
 */
export function codeActions(service: ServiceDocument, range: Range, only: readonly string[] | undefined, docsBase: string | undefined): CodeAction[] {
  const { document, result, config } = service;
  const actions: CodeAction[] = [];
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const overlapping = (f: Finding): boolean => f.range.start <= end && f.range.end >= start;
    const perRule = new Set<string>();
    for (const finding of result.findings.filter(overlapping)) {
      const diagnostic = toDiagnostic(document, finding, docsBase);
      for (const fix of finding.fixes) actions.push(fixToAction(document, fix, diagnostic, config.language));
      if (!NOT_DISABLABLE.has(finding.ruleId)) actions.push(disableAction(document, finding, diagnostic, config.language));
      // One per rule, however many of its findings the range touches.
      if (perRule.has(finding.ruleId)) continue;
      perRule.add(finding.ruleId);
      if (!NOT_DISABLABLE.has(finding.ruleId)) actions.push(disableForFileAction(document, finding, diagnostic, config.language));
      actions.push(showDocsAction(finding, diagnostic, config.language));
    }
  }
  if (only !== undefined && wants(FIX_ALL_KIND)) {
    const edits = editsBetween(document.getText(), fixAll(document.getText(), { config }).text);
    if (edits.length > 0) {
      actions.push({
        title: t(config.language, LSP_TEXT.fixAll),
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.uri]: edits.map((edit) => toTextEdit(document, edit)) } },
      });
    }
  }
  return actions;
}

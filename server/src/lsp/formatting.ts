/**
 * `textDocument/formatting`: the core's comment-keeping formatter, sent as line edits so that the
 * cursor and undo history of untouched lines stay where they were.
 */
import { MessageType, ShowMessageNotification, type Connection, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { editsBetween, formatText, type Language } from '../core';
import { toTextEdit } from './convert';

export function formattingEdits(document: TextDocument, tabSize: number, language: Language, connection: Connection): TextEdit[] {
  const text = document.getText();
  const result = formatText(text, { indent: tabSize });
  if ('refused' in result) {
    // The user asked for this: say why nothing changed instead of silently doing nothing.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: result.refused[language] });
    return [];
  }
  return editsBetween(text, result.text).map((edit) => toTextEdit(document, edit));
}

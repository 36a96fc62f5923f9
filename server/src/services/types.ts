import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, ValidationResult } from '../core';

/**
 * One document version as the language features see it: parsed and validated once, then shared by
 * completion, hover, symbols, folding and links (never parsed again for the same version).
 */
export interface ServiceDocument {
  readonly document: TextDocument;
  readonly result: ValidationResult;
  readonly config: Config;
}

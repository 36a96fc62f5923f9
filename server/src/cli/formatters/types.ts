import type { Language } from '../../core';
import type { FileReport } from '../check';

export interface FormatContext {
  readonly reports: readonly FileReport[];
  readonly cwd: string;
  readonly colour: boolean;
  readonly language: Language;
  readonly version: string;
}

export type Formatter = (context: FormatContext) => string;

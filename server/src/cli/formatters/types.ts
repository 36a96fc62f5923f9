import type { Language } from '../../core';
import type { FileReport } from '../check';

export interface FormatContext {
  readonly reports: readonly FileReport[];
  readonly cwd: string;
  readonly colour: boolean;
  readonly language: Language;
  readonly version: string;
  /** Base URL of the published rule pages (ends with `/`), from the config or the package; else none. */
  readonly docsUrl?: string | undefined;
}

export type Formatter = (context: FormatContext) => string;

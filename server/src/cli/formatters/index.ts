import { formatGithub, streamGithub } from './github';
import { formatGitlab, streamGitlab } from './gitlab';
import { formatHtml } from './html';
import { formatJson, streamJson } from './json';
import { formatJunit } from './junit';
import { formatSarif, streamSarif } from './sarif';
import { collecting, type StreamingFormatter } from './stream';
import { formatText, streamText } from './text';
import type { Formatter } from './types';

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  gitlab: formatGitlab,
  html: formatHtml,
};

/** The same formats, written report by report (JUnit and HTML need the whole run: they collect). */
export const STREAMS: Readonly<Record<keyof typeof FORMATTERS, StreamingFormatter>> = {
  text: streamText,
  json: streamJson,
  sarif: streamSarif,
  junit: collecting(formatJunit),
  github: streamGithub,
  gitlab: streamGitlab,
  html: collecting(formatHtml),
};

export type { FormatContext, Formatter } from './types';
export type { FormatStream, RunContext, StreamingFormatter } from './stream';

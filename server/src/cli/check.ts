import type { LineCounter } from 'yaml';
import { countLines, RULES_BY_ID, validate, type Config, type Finding } from '../core';
import type { ResultCache } from './cache';
import { readDescription } from './read-file';
import type { Target } from './files';

export interface FileReport {
  readonly target: Target;
  readonly findings: readonly Finding[];
  readonly lines: LineCounter | undefined;
  /** The text that was checked (BOM removed), for fixes and reports. */
  readonly text: string | undefined;
  readonly bom: boolean;
  /** Set when the file could not be read at all (exit code 2). */
  readonly error: string | undefined;
}

function severityOf(config: Config, ruleId: string): Finding['severity'] {
  const setting = config.rules[ruleId];
  if (setting !== undefined && setting !== 'off') return setting;
  return RULES_BY_ID.get(ruleId)?.meta.severity ?? 'error';
}

function single(target: Target, config: Config, ruleId: string, message: { en: string; nl: string }, offset: number, lines: LineCounter | undefined): FileReport {
  const finding: Finding = {
    ruleId,
    severity: severityOf(config, ruleId),
    message: message[config.language],
    range: { start: offset, end: offset },
    path: [],
    fixes: [],
  };
  return { target, findings: config.rules[ruleId] === 'off' ? [] : [finding], lines, text: undefined, bom: false, error: undefined };
}

/** Reads and checks one file; never throws. */
export async function checkFile(target: Target, config: Config, today: Date, cache?: ResultCache): Promise<FileReport> {
  const read = await readDescription(target.path, config.limits.maxFileBytes);
  switch (read.kind) {
    case 'error':
      return { target, findings: [], lines: undefined, text: undefined, bom: false, error: read.message };
    case 'too-large':
      return single(
        target,
        config,
        'document-too-large',
        {
          en: `The file has ${read.bytes} bytes, more than the limit of ${config.limits.maxFileBytes}; it is not checked.`,
          nl: `Het bestand heeft ${read.bytes} bytes, meer dan de grens van ${config.limits.maxFileBytes}; het wordt niet gecontroleerd.`,
        },
        0,
        undefined,
      );
    case 'invalid-utf8':
      return single(
        target,
        config,
        'yaml-syntax',
        { en: 'The file is not valid UTF-8 (a binary file, or another encoding).', nl: 'Het bestand is geen geldige UTF-8 (een binair bestand, of een andere codering).' },
        read.prefix.length,
        countLines(read.prefix),
      );
    case 'text': {
      const cached = cache?.get(target.display, read.text);
      if (cached) return { target, findings: cached, lines: countLines(read.text), text: read.text, bom: read.bom, error: undefined };
      const result = validate(read.text, { config, today });
      cache?.set(target.display, read.text, result.findings);
      return { target, findings: result.findings, lines: result.lineCounter, text: read.text, bom: read.bom, error: undefined };
    }
  }
}

export async function checkAll(
  targets: readonly Target[],
  config: Config,
  today: Date,
  options: { cache?: ResultCache; onProgress?: (done: number) => void } = {},
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const target of targets) {
    reports.push(await checkFile(target, config, today, options.cache));
    options.onProgress?.(reports.length);
  }
  return reports;
}

import type { LineCounter } from 'yaml';
import { append, countLines, largest, RULES_BY_ID, validate, withTimeBudget, workspaceView, type Config, type Finding, type WorkspaceView } from '../core';
import type { ResultCache } from './cache';
import { readBounded, type ReadResult } from '../node/bounded-read';
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
  /** The description's `id`, for cross-file rules. */
  readonly id?: string | undefined;
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
export async function checkFile(target: Target, config: Config, today: Date, cache?: ResultCache, workspace?: WorkspaceView): Promise<FileReport> {
  return checkRead(target, await readBounded(target.path, config.limits.maxFileBytes), config, today, cache, workspace);
}

/** Checks what was read of one file. */
function checkRead(target: Target, read: ReadResult, config: Config, today: Date, cache?: ResultCache, workspace?: WorkspaceView): FileReport {
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
      const cached = workspace ? undefined : cache?.get(target.display, read.text);
      if (cached) return { target, findings: cached.findings, lines: countLines(read.text), text: read.text, bom: read.bom, error: undefined, id: cached.id };
      const started = performance.now();
      const result = validate(read.text, { config, today, ...(workspace ? { workspace } : {}) });
      const findings = withTimeBudget(result.findings, performance.now() - started, config);
      const id = result.description?.id;
      if (!workspace) cache?.set(target.display, read.text, findings, id);
      return { target, findings, lines: result.lineCounter, text: read.text, bom: read.bom, error: undefined, id };
    }
  }
}

/** Files read ahead of the one being checked. */
const READ_AHEAD = 8;

/**
 * Reads and checks `targets`, yielding their reports in order. Reading is asynchronous and checking
 * is not: with one read at a time the thread sat idle for each file's open/stat/read/close (a fifth
 * of a one-process run). A few reads in flight keep it busy while holding only a few texts.
 */
export async function* checkedInOrder(targets: readonly Target[], config: Config, today: Date, cache?: ResultCache): AsyncGenerator<FileReport> {
  const reads = new Map<number, Promise<ReadResult>>();
  const readAt = (index: number): void => {
    const target = targets[index];
    if (target !== undefined) reads.set(index, readBounded(target.path, config.limits.maxFileBytes));
  };
  for (let index = 0; index < READ_AHEAD; index++) readAt(index);
  for (const [index, target] of targets.entries()) {
    const read = await reads.get(index)!;
    reads.delete(index);
    readAt(index + READ_AHEAD);
    yield checkRead(target, read, config, today, cache);
  }
}

export async function checkAll(
  targets: readonly Target[],
  config: Config,
  today: Date,
  options: { cache?: ResultCache; onProgress?: (done: number) => void; keepText?: boolean } = {},
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for await (const report of checkedInOrder(targets, config, today, options.cache)) {
    // A large run holds every report until the output is written: without the texts, memory stays
    // flat. Fixes and baselines need them (`keepText`); the formatters need the line starts only.
    reports.push(options.keepText === false ? withoutText(report) : report);
    options.onProgress?.(reports.length);
  }
  return reports;
}

/**
 * The report as the formatters need it: no text, no fixes, copies of its strings, and the line
 * starts up to the last line a finding touches. The copies matter: V8 keeps a substring as a slice
 * of its parent, so an `id` or a quoted value taken from the text kept the whole text alive (10,000
 * files: 175 MiB of heap after the run, nearly all texts); `structuredClone` writes every string
 * anew. A clean file keeps no line starts at all.
 */
export function withoutText(report: FileReport): FileReport {
  const findings = report.findings.map((f) => ({ ...f, fixes: [] }));
  const copied = structuredClone({ findings, id: report.id, error: report.error });
  const starts = neededLineStarts(report.findings, report.lines?.lineStarts);
  return { ...report, text: undefined, findings: copied.findings, id: copied.id, error: copied.error, lines: starts && linesFrom(starts) };
}

/**
 * The line starts that place these findings: those up to the line of the last offset. A position
 * is found by the last line start at or before it, so the lines after that one are never read.
 */
export function neededLineStarts(findings: readonly Finding[], starts: readonly number[] | undefined): number[] | undefined {
  if (starts === undefined || findings.length === 0) return undefined;
  const last = largest(findings.map((f) => Math.max(f.range.start, f.range.end)));
  let count = 1;
  while (count < starts.length && starts[count]! <= last) count++;
  return starts.slice(0, count);
}

/** A line counter over given line starts (from a worker, or trimmed). */
export function linesFrom(starts: readonly number[]): LineCounter {
  const lines = countLines('');
  lines.lineStarts.length = 0;
  append(lines.lineStarts, starts);
  return lines;
}

/**
 * Cross-file rules (`duplicate-id`): the files whose id another file shares are checked again
 * with a view of the whole run. Rare, so the common run pays only for collecting the ids.
 */
export async function checkAcrossFiles(reports: readonly FileReport[], config: Config, today: Date, keepText = true): Promise<FileReport[]> {
  const ids = new Map(reports.map((r) => [r.target.display, r.id]));
  const counts = new Map<string, number>();
  for (const id of ids.values()) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  const result: FileReport[] = [];
  for (const report of reports) {
    const shared = report.id !== undefined && (counts.get(report.id) ?? 0) > 1;
    if (!shared) result.push(report);
    else {
      const again = await checkFile(report.target, config, today, undefined, workspaceView(ids, report.target.display));
      result.push(keepText ? again : withoutText(again));
    }
  }
  return result;
}

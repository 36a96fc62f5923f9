import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../node/atomic-write';
import type { Finding } from '../core';
import type { FileReport } from './check';
import { InputError } from './errors';

/**
 * A finding's identity that survives lines moving: rule id + key path + the flagged text + what
 * the message asserts beyond that text (`detail`, e.g. the supported level), so that a worse
 * finding at the same place is not hidden by the entry of a milder one.
 */
export function fingerprint(file: string, finding: Finding, text: string | undefined): string {
  const flagged = text?.slice(finding.range.start, finding.range.end) ?? finding.message;
  const detail = finding.detail === undefined ? '' : `\0${finding.detail}`;
  return createHash('sha256').update(`${file}\0${finding.ruleId}\0${finding.path.join('/')}\0${flagged}${detail}`).digest('hex').slice(0, 32);
}

interface BaselineEntry {
  readonly file: string;
  readonly ruleId: string;
  readonly path: string;
  readonly fingerprint: string;
  readonly count: number;
}

interface BaselineFile {
  readonly version: 1;
  readonly entries: readonly BaselineEntry[];
}

function entriesOf(reports: readonly FileReport[]): BaselineEntry[] {
  const byPrint = new Map<string, BaselineEntry>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const print = fingerprint(report.target.display, finding, report.text);
      const existing = byPrint.get(print);
      byPrint.set(print, existing ? { ...existing, count: existing.count + 1 } : { file: report.target.display, ruleId: finding.ruleId, path: finding.path.join('/'), fingerprint: print, count: 1 });
    }
  }
  return [...byPrint.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}

export async function writeBaseline(path: string, reports: readonly FileReport[]): Promise<number> {
  const entries = entriesOf(reports);
  const content: BaselineFile = { version: 1, entries };
  await writeAtomic(path, `${JSON.stringify(content, null, 2)}\n`);
  return entries.reduce((sum, e) => sum + e.count, 0);
}

export async function readBaseline(path: string): Promise<BaselineEntry[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`Cannot read baseline ${path}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`Baseline ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const entries = (parsed as Partial<BaselineFile> | null)?.entries;
  if (!Array.isArray(entries) || entries.some((e: Partial<BaselineEntry>) => typeof e?.fingerprint !== 'string' || typeof e.count !== 'number')) {
    throw new InputError(`Baseline ${path} is not an intervention-lint baseline (expected { "version": 1, "entries": [...] }).`);
  }
  return entries as BaselineEntry[];
}

export interface BaselineOutcome {
  readonly reports: FileReport[];
  readonly suppressed: number;
  readonly stale: readonly BaselineEntry[];
}

/** Drops the findings the baseline accepts (each entry as often as its count) and lists stale entries. */
export function applyBaseline(reports: readonly FileReport[], entries: readonly BaselineEntry[]): BaselineOutcome {
  const remaining = new Map(entries.map((e) => [e.fingerprint, e.count]));
  let suppressed = 0;
  const filtered = reports.map((report) => ({
    ...report,
    findings: report.findings.filter((finding) => {
      const print = fingerprint(report.target.display, finding, report.text);
      const left = remaining.get(print) ?? 0;
      if (left <= 0) return true;
      remaining.set(print, left - 1);
      suppressed++;
      return false;
    }),
  }));
  const stale = entries.filter((e) => (remaining.get(e.fingerprint) ?? 0) === e.count);
  return { reports: filtered, suppressed, stale };
}

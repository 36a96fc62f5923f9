import { createHash } from 'node:crypto';
import type { Severity } from '../../core';
import { locatedFindings, type LocatedFinding } from './located';
import type { Formatter } from './types';
import { jsonArray, wholeOutput, type StreamingFormatter } from './stream';

/** GitLab's severities: info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: 'major' | 'minor' | 'info';
  readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } };
}

/**
 * Fingerprints from what a finding is about, not where it is: file, rule id, key path and message,
 * so they survive lines moving. Findings that agree on all four get an occurrence index (0, 1, …
 * in file order) so that GitLab, which keeps one issue per fingerprint, shows each of them.
 */
export function fingerprints(findings: readonly LocatedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = JSON.stringify([f.file, f.ruleId, f.path.join('/'), f.message]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}#${occurrence}`).digest('hex');
  });
}

/**
 * GitLab Code Quality (a subset of the Code Climate spec): a JSON array of issues for the merge
 * request widget. Unreadable files have no rule and no line; they fail the job with exit code 2.
 * Fingerprints are per file (the file is part of each), so the array is written file by file.
 */
export const streamGitlab: StreamingFormatter = () => {
  const array = jsonArray();
  return {
    file: (report) => {
      const findings = locatedFindings([report]);
      const prints = fingerprints(findings);
      return findings
        .map((f, i) =>
          array.item({
            description: f.message,
            check_name: f.ruleId,
            fingerprint: prints[i] ?? '',
            severity: SEVERITY[f.severity],
            location: { path: f.file, lines: { begin: f.start.line, end: f.end.line } },
          } satisfies CodeQualityIssue),
        )
        .join('');
    },
    end: () => `${array.close()}\n`,
  };
};

export const formatGitlab: Formatter = wholeOutput(streamGitlab);

/** Inputs for the evidence-report tests: samples validated in-process, and an edge-case variant. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, validate, type ValidationResult } from '../../server/src/core';
import { buildReport, type EvidenceReport, type ReportLanguage } from '../../server/src/report';
import { SAMPLES, TODAY } from './paths';

export interface ReportCase {
  readonly fileName: string;
  readonly text: string;
  readonly result: ValidationResult;
  readonly report: EvidenceReport;
}

/** Validates `text` with messages in `language` (as the CLI does) and builds the report. */
export function reportOf(fileName: string, text: string, language: ReportLanguage): ReportCase {
  const config = mergeConfig(DEFAULT_CONFIG, { language });
  const result = validate(text, { config, today: TODAY });
  return { fileName, text, result, report: buildReport(fileName, text, result, language) };
}

export function sampleReport(folder: 'complete' | 'databank', fileName: string, language: ReportLanguage): ReportCase {
  return reportOf(fileName, readFileSync(join(SAMPLES, folder, fileName), 'utf8'), language);
}

/** A measure that must come out as text in every format. */
export const SCRIPT_MEASURE = "<script>alert('x')</script> | pipe & co";

/**
 * A complete sample with a meta-analysis added whose outcomes cover the edge cases of the report:
 * markup in a measure, a negative d, a d beyond the default axis, r = 1 (d is infinite), an r without
 * label, an odds ratio and a label that disagrees with its class.
 */
export function withEdgeCases(sample: string): string {
  const study = [
    '  metaAnalyses:',
    '    - reference: "Meta, M. | Pipe, P. (2020). A fictitious meta-analysis. [fictief]"',
    '      year: 2020',
    '      design: meta-analysis',
    '      outcomes:',
    `        - measure: "${SCRIPT_MEASURE.replace(/"/g, '\\"')}"`,
    '          domain: sensitivity',
    '          effect: { d: -0.3 }',
    '          label: small',
    '        - measure: Implausibly large effect',
    '          domain: sensitivity',
    '          effect: { d: 3.1 }',
    '          label: large',
    '        - measure: Perfect correlation',
    '          domain: attachment',
    '          effect: { r: 1 }',
    '        - measure: Correlation without label',
    '          domain: attachment',
    '          effect: { r: 0.35 }',
    '        - measure: Odds of a report',
    '          domain: sensitivity',
    '          effect: { or: 1.8 }',
    '          label: large',
    '',
  ].join('\n');
  const at = sample.indexOf('\nreferences:');
  if (at < 0) throw new Error('the sample has no top-level `references:` to insert before');
  return `${sample.slice(0, at + 1)}${study}${sample.slice(at + 1)}`;
}

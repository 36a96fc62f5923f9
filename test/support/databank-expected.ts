import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineColumn, validate } from '../../server/src/core';
import { SAMPLES, TODAY } from './paths';

export const DATABANK = join(SAMPLES, 'databank');

/** `file → ["line ruleId severity", …]` as the tool reports it today. */
export function actualDatabankFindings(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of readdirSync(DATABANK).filter((f) => f.endsWith('.intervention.yaml')).sort()) {
    const text = readFileSync(join(DATABANK, file), 'utf8');
    const checked = validate(text, { today: TODAY });
    result.set(file, checked.findings.map((f) => `${lineColumn(checked.lineCounter, f.range.start).line} ${f.ruleId} ${f.severity}`));
  }
  return result;
}

/** Reads EXPECTED.md: a `## file` heading per sample, then one `- line rule-id (severity)` item per finding. */
export function parseExpected(markdown: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## `?([\w.-]+\.intervention\.yaml)`?/.exec(line);
    if (heading) {
      current = [];
      result.set(heading[1]!, current);
      continue;
    }
    const item = /^- line (\d+): `([a-z0-9-]+)` \((\w+)\)/.exec(line);
    if (item && current) current.push(`${item[1]} ${item[2]} ${item[3]}`);
  }
  return result;
}

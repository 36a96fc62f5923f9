import { lineColumn, type Finding } from '../../server/src/core';
import type { LineCounter } from 'yaml';

const MARKER = /#\s*expect(-next-line)?:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;

/** `line:ruleId` for every `# expect: rule` marker (1-based lines), sorted. */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const match = MARKER.exec(line.replace(/\r$/, ''));
    if (!match) return;
    const target = match[1] ? index + 2 : index + 1;
    for (const id of match[2]!.split(',')) expected.push(`${target}:${id.trim()}`);
  });
  return expected.sort();
}

export function actualFindings(findings: readonly Finding[], lines: LineCounter | undefined): string[] {
  return findings.map((f) => `${lineColumn(lines, f.range.start).line}:${f.ruleId}`).sort();
}

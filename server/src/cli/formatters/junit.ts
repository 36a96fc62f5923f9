import type { FileReport } from '../check';
import { escapeXml, escapeXmlAttribute } from './escape';
import { locatedFindings, type LocatedFinding } from './located';
import type { Formatter } from './types';

/** Name of the test case that stands for the file as a whole (no findings, or unreadable). */
export const WHOLE_FILE_CASE = 'intervention-lint';

interface Suite {
  readonly xml: string[];
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
}

function byPosition(a: LocatedFinding, b: LocatedFinding): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}

/** Findings grouped per rule, rules in the order in which they first fire in the file. */
function groupByRule(findings: readonly LocatedFinding[]): Map<string, LocatedFinding[]> {
  const groups = new Map<string, LocatedFinding[]>();
  for (const finding of [...findings].sort(byPosition)) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

function suiteFor(report: FileReport): Suite {
  const file = report.target.display;
  const cases: string[] = [];
  let tests = 1;
  let failures = 0;
  let errors = 0;
  if (report.error !== undefined) {
    errors = 1;
    cases.push(
      `    <testcase${attributes({ classname: file, name: WHOLE_FILE_CASE })}>`,
      `      <error${attributes({ message: report.error, type: 'unreadable' })}>${escapeXml(`${file}: cannot read: ${report.error}`)}</error>`,
      '    </testcase>',
    );
  } else {
    const groups = groupByRule(locatedFindings([report]));
    tests = Math.max(groups.size, 1);
    if (groups.size === 0) cases.push(`    <testcase${attributes({ classname: file, name: WHOLE_FILE_CASE })}/>`);
    for (const [ruleId, findings] of groups) {
      failures++;
      cases.push(`    <testcase${attributes({ classname: file, name: ruleId })}>`);
      for (const f of findings) {
        const text = `${file}:${f.start.line}:${f.start.column} ${f.severity} ${f.message} (${f.ruleId})`;
        cases.push(`      <failure${attributes({ message: f.message, type: f.severity })}>${escapeXml(text)}</failure>`);
      }
      cases.push('    </testcase>');
    }
  }
  const open = `  <testsuite${attributes({ name: file, tests, failures, errors, skipped: 0 })}>`;
  return { xml: [open, ...cases, '  </testsuite>'], tests, failures, errors };
}

/**
 * JUnit XML for CI test views: one `<testsuite>` per file, one `<testcase>` per rule that fired
 * (with a `<failure>` per finding), a passing test case for a clean file and an `<error>` for a
 * file that could not be read. The counts are per test case, as JUnit defines them.
 */
export const formatJunit: Formatter = ({ reports }) => {
  const suites = reports.map(suiteFor);
  const sum = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'intervention-lint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}>`,
    ...suites.flatMap((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

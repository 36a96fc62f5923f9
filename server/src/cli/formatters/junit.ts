import type { FileReport } from '../check';
import { join, raw, xml, type Markup } from '../../markup/html';
import { locatedFindings, type LocatedFinding } from './located';
import type { Formatter } from './types';

/** Name of the test case that stands for the file as a whole (no findings, or unreadable). */
export const WHOLE_FILE_CASE = 'intervention-lint';

interface Suite {
  readonly xml: Markup[];
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

/** Attribute names are the formatter's own; the values are escaped by `xml`. */
function attributes(values: Readonly<Record<string, string | number>>): Markup {
  return join(
    Object.entries(values).map(([name, value]) => xml` ${raw(name)}="${value}"`),
    '',
  );
}

function suiteFor(report: FileReport): Suite {
  const file = report.target.display;
  const cases: Markup[] = [];
  let tests = 1;
  let failures = 0;
  let errors = 0;
  if (report.error !== undefined) {
    errors = 1;
    cases.push(
      xml`    <testcase${attributes({ classname: file, name: WHOLE_FILE_CASE })}>`,
      xml`      <error${attributes({ message: report.error, type: 'unreadable' })}>${`${file}: cannot read: ${report.error}`}</error>`,
      xml`    </testcase>`,
    );
  } else {
    const groups = groupByRule(locatedFindings([report]));
    tests = Math.max(groups.size, 1);
    if (groups.size === 0) cases.push(xml`    <testcase${attributes({ classname: file, name: WHOLE_FILE_CASE })}/>`);
    for (const [ruleId, findings] of groups) {
      failures++;
      cases.push(xml`    <testcase${attributes({ classname: file, name: ruleId })}>`);
      for (const f of findings) {
        const text = `${file}:${f.start.line}:${f.start.column} ${f.severity} ${f.message} (${f.ruleId})`;
        cases.push(xml`      <failure${attributes({ message: f.message, type: f.severity })}>${text}</failure>`);
      }
      cases.push(xml`    </testcase>`);
    }
  }
  const open = xml`  <testsuite${attributes({ name: file, tests, failures, errors, skipped: 0 })}>`;
  return { xml: [open, ...cases, xml`  </testsuite>`], tests, failures, errors };
}

/**
 * JUnit XML for CI test views: one `<testsuite>` per file, one `<testcase>` per rule that fired
 * (with a `<failure>` per finding), a passing test case for a clean file and an `<error>` for a
 * file that could not be read. The counts are per test case, as JUnit defines them.
 */
export const formatJunit: Formatter = ({ reports }) => {
  const suites = reports.map(suiteFor);
  const sum = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[key], 0);
  const document = [
    xml`<?xml version="1.0" encoding="UTF-8"?>`,
    xml`<testsuites${attributes({ name: 'intervention-lint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}>`,
    ...suites.flatMap((s) => s.xml),
    xml`</testsuites>`,
    xml``,
  ];
  return String(join(document, '\n'));
};

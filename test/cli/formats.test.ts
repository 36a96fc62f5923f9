/**
 * The CI output formats junit, github, gitlab and html: golden files from the real process, plus
 * structural checks per format.
 *
 * Golden files live in test/golden/<format>.<ext>. After an intended change of a format, rewrite
 * them with
 *
 *     UPDATE_GOLDEN=1 npx mocha out/test/cli/formats.test.js
 *
 * (after `node esbuild.mjs && npx tsc -p tsconfig.json`), then read the diff of test/golden/ by eye
 * before committing it.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { XMLParser } from 'fast-xml-parser';
import { countLines, type Finding, type Language } from '../../server/src/core';
import type { FileReport } from '../../server/src/cli/check';
import { FORMATTERS, type FormatContext } from '../../server/src/cli/formatters';
import { escapeGithubData, escapeGithubProperty, workflowCommand } from '../../server/src/cli/formatters/github';
import { fingerprints, formatGitlab, type CodeQualityIssue } from '../../server/src/cli/formatters/gitlab';
import { createHtmlFormatter, formatHtml } from '../../server/src/cli/formatters/html';
import { formatJunit } from '../../server/src/cli/formatters/junit';
import { locatedFindings } from '../../server/src/cli/formatters/located';
import { ROOT } from '../support/paths';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DOCS_URL = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { docsUrl: string }).docsUrl;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** An assessment date a year ago: `assessment-expired` stays quiet whatever day the tests run. */
const RECENT = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);

function recentlyAssessed(text: string): string {
  return text.replace(/^( {2}assessedOn: )"[^"]*"/m, `$1"${RECENT}"`);
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  assert.match(text, pattern, `the sample no longer contains ${String(pattern)}`);
  return text.replace(pattern, replacement);
}

/** The complete sample with three deliberate findings, all warnings (the needs assessment is a warning for risk families, spec v1.1). */
const WITH_FINDINGS = (() => {
  let text = recentlyAssessed(completeSample('voorbeeld-samen-kijken.intervention.yaml'));
  text = replaceOnce(text, /^ {2}sessions: .*$/m, '  sessions: 40');
  text = replaceOnce(text, /^( {10}effect: \{ d: 0\.44 \}\n {10}label: )small$/m, '$1large');
  text = replaceOnce(text, /^ {2}needsAssessment: >-\n(?: {4}.*\n)+/m, '');
  return text;
})();

const CLEAN = recentlyAssessed(completeSample('voorbeeld-sterk-thuis.intervention.yaml'));
const BROKEN = 'format: intervention/v1\nid: kapot\nname: "Kapot\nsummary: [niet gesloten\n';

/** The fixed workspace; `ontbreekt.intervention.yaml` is named on the command line but absent. */
function goldenWorkspace(prefix = ''): string {
  return makeWorkspace({
    'beschrijvingen/samen-kijken.intervention.yaml': prefix + WITH_FINDINGS,
    'beschrijvingen/sterk-thuis.intervention.yaml': prefix + CLEAN,
    'kapot.intervention.yaml': prefix + BROKEN,
  });
}
const ARGS = ['.', 'ontbreekt.intervention.yaml', '--language', 'en'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes what differs between runs: the temporary folder and the version. */
function normalise(text: string, dir: string): string {
  let out = text;
  for (const path of new Set([realpathSync(dir), dir])) out = out.replace(new RegExp(escapeRegExp(path), 'g'), '{{WORKSPACE}}');
  return out.replace(new RegExp(`intervention-lint ${escapeRegExp(VERSION)}`, 'g'), 'intervention-lint {{VERSION}}');
}

function compareWithGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    assert.fail(`${name} is missing; create it with UPDATE_GOLDEN=1 (see the top of this file)`);
  }
  assert.equal(actual, expected, `${name} differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff`);
}

const GOLDEN_FORMATS = [
  ['junit', 'junit.xml'],
  ['github', 'github.txt'],
  ['gitlab', 'gitlab.json'],
  ['html', 'html.html'],
] as const;

/** A report made by hand, for the corner cases the real samples do not produce. */
function fakeReport(display: string, text: string, findings: readonly Partial<Finding>[], error?: string): FileReport {
  return {
    target: { path: `/ws/${display}`, display },
    findings: findings.map((f) => ({ ruleId: 'schema', severity: 'error', message: 'm', range: { start: 0, end: 1 }, path: [], fixes: [], ...f })),
    lines: error === undefined ? countLines(text) : undefined,
    text: error === undefined ? text : undefined,
    bom: false,
    error,
  };
}

function context(reports: readonly FileReport[], language: Language = 'en'): FormatContext {
  return { reports, cwd: '/ws', colour: false, language, version: '0.0.0' };
}

describe('output formats junit, github, gitlab and html', () => {
  const outputs = new Map<string, string>();
  let json: JsonFinding[] = [];
  let dir = '';

  before(async () => {
    dir = goldenWorkspace();
    const json = await runCli([...ARGS, '--format', 'json'], { cwd: dir });
    outputs.set('json', json.stdout);
    for (const [format] of GOLDEN_FORMATS) {
      const run = await runCli([...ARGS, '--format', format], { cwd: dir });
      assert.equal(run.code, 2, `an unreadable file gives exit code 2\n${run.stderr}`);
      assert.match(run.stderr, /cannot read ontbreekt\.intervention\.yaml: file not found/);
      outputs.set(format, run.stdout);
    }
  });

  before(() => {
    json = JSON.parse(outputs.get('json') ?? '') as JsonFinding[];
    assert.deepEqual(
      json.map((f) => `${f.file} ${f.ruleId} ${f.severity}`).sort(),
      [
        'beschrijvingen/samen-kijken.intervention.yaml effect-size-label-mismatch warning',
        'beschrijvingen/samen-kijken.intervention.yaml missing-needs-assessment warning',
        'beschrijvingen/samen-kijken.intervention.yaml sessions-outside-effective-range warning',
        'kapot.intervention.yaml yaml-syntax error',
      ],
      'the golden workspace has exactly the deliberate findings',
    );
  });

  describe('golden files', () => {
    for (const [format, file] of GOLDEN_FORMATS) {
      it(`${format} matches test/golden/${file}`, () => {
        compareWithGolden(file, normalise(outputs.get(format) ?? '', dir));
      });
    }
  });

  it('are listed in --help and in the error for an unknown format', async () => {
    const help = await runCli(['--help']);
    for (const [format] of GOLDEN_FORMATS) assert.match(help.stdout, new RegExp(`^ +${format} +\\S`, 'm'));
    const unknown = await runCli(['--format', 'junt', 'samples/complete']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Use one of: text, json, sarif, junit, github, gitlab, html\./);
    assert.deepEqual(Object.keys(FORMATTERS), ['text', 'json', 'sarif', 'junit', 'github', 'gitlab', 'html']);
  });

  describe('junit', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseAttributeValue: false,
      htmlEntities: true, // decode &#10; and the like, as an XML parser must
      textNodeName: '#text',
      isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
    });
    interface Failure {
      message: string;
      type: string;
      '#text': string;
    }
    interface Case {
      classname: string;
      name: string;
      failure?: Failure[];
      error?: Failure[];
    }
    interface Suite {
      name: string;
      tests: string;
      failures: string;
      errors: string;
      testcase: Case[];
    }
    interface Doc {
      testsuites: { name: string; tests: string; failures: string; errors: string; testsuite: Suite[] };
    }

    it('has a suite per file, a case per rule and a failure per finding, with consistent counts', () => {
      const doc = parser.parse(outputs.get('junit') ?? '') as Doc;
      const suites = doc.testsuites.testsuite;
      assert.deepEqual(
        suites.map((s) => s.name),
        ['beschrijvingen/samen-kijken.intervention.yaml', 'beschrijvingen/sterk-thuis.intervention.yaml', 'kapot.intervention.yaml', 'ontbreekt.intervention.yaml'],
      );
      const cases = suites.flatMap((s) => s.testcase);
      const failures = cases.flatMap((c) => c.failure ?? []);
      assert.equal(failures.length, json.length, 'one <failure> per finding');
      for (const f of json) {
        const testcase = suites.find((s) => s.name === f.file)?.testcase.find((c) => c.name === f.ruleId);
        assert.ok(testcase, `a test case for ${f.ruleId} in ${f.file}`);
        assert.equal(testcase.classname, f.file);
        const failure = testcase.failure?.find((x) => x.message === f.message);
        assert.ok(failure);
        assert.equal(failure.type, f.severity);
        assert.equal(failure['#text'], `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message} (${f.ruleId})`);
      }
      const rules = new Set(json.map((f) => `${f.file} ${f.ruleId}`));
      assert.equal(cases.filter((c) => c.failure).length, rules.size, 'one test case per rule that fired');

      const clean = suites[1]!;
      assert.equal(clean.testcase.length, 1);
      assert.equal(clean.testcase[0]!.failure, undefined, 'a clean file has one passing test case');
      const missing = suites[3]!;
      assert.equal(missing.testcase[0]!.error?.[0]?.message, 'file not found');

      for (const suite of suites) {
        assert.equal(Number(suite.tests), suite.testcase.length);
        assert.equal(Number(suite.failures), suite.testcase.filter((c) => c.failure).length);
        assert.equal(Number(suite.errors), suite.testcase.filter((c) => c.error).length);
      }
      const root = doc.testsuites;
      assert.equal(Number(root.tests), cases.length);
      assert.equal(Number(root.failures), cases.filter((c) => c.failure).length);
      assert.equal(Number(root.errors), 1);
    });

    it('escapes markup and strips characters XML 1.0 cannot carry', () => {
      const message = `a & b < c > d "e" 'f'\u0000\u0007 \uD800g\nh`;
      const report = fakeReport('x/<y>&.intervention.yaml', 'format: x\n', [{ message, ruleId: 'schema' }]);
      const xml = formatJunit(context([report, fakeReport('z.intervention.yaml', '', [], 'bad <thing> & "more"')]));
      assert.doesNotMatch(xml, /[\u0000\u0007\uD800]/);
      const doc = parser.parse(xml) as Doc;
      const failure = doc.testsuites.testsuite[0]!.testcase[0]!.failure![0]!;
      assert.equal(failure.message, `a & b < c > d "e" 'f' g\nh`, 'newlines survive in attributes as &#10;');
      assert.equal(doc.testsuites.testsuite[0]!.name, 'x/<y>&.intervention.yaml');
      assert.equal(doc.testsuites.testsuite[1]!.testcase[0]!.error![0]!.message, 'bad <thing> & "more"');
      assert.match(xml, /message="a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; g&#10;h"/);
    });
  });

  describe('github', () => {
    const COMMAND = /^::(error|warning|notice) file=[^,:%\s]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[^,:\s]+::\S.*$/;

    it('prints one workflow command per finding (and unreadable file), then a plain summary', () => {
      const lines = (outputs.get('github') ?? '').split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      const summary = lines.pop() ?? '';
      assert.doesNotMatch(summary, /^::/);
      assert.match(summary, /4 problems \(1 error, 3 warnings, 0 infos\) in 2 files of 4 checked; 1 file could not be read/);
      for (const line of lines) assert.match(line, COMMAND);
      assert.equal(lines.length, json.length + 1);
      for (const f of json) {
        const level = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[f.severity];
        const { start, end } = f.range;
        const line = `::${level} file=${f.file},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${f.ruleId}::${escapeGithubData(f.message)}`;
        assert.ok(lines.includes(line), line);
      }
      assert.ok(lines.includes('::error file=ontbreekt.intervention.yaml,title=intervention-lint::Cannot read the file: file not found'));
    });

    it('escapes data and properties by GitHub\'s rules', () => {
      const text = '100% done: a, b\r\nnext';
      assert.equal(escapeGithubData(text), '100%25 done: a, b%0D%0Anext');
      assert.equal(escapeGithubProperty(text), '100%25 done%3A a%2C b%0D%0Anext');
      assert.equal(escapeGithubData('%0A'), '%250A', 'a literal %0A is not read back as a newline');
      assert.equal(
        workflowCommand('warning', { file: 'a,b:c.yaml', line: 3, title: 'x' }, 'one\ntwo: 5%, 6'),
        '::warning file=a%2Cb%3Ac.yaml,line=3,title=x::one%0Atwo: 5%25, 6',
      );
    });

    it('uses Dutch for its own text with --language nl', () => {
      const report = fakeReport('a.intervention.yaml', 'x\n', [{ severity: 'warning' }]);
      const out = FORMATTERS.github!(context([report, fakeReport('b.intervention.yaml', '', [], 'file not found')], 'nl'));
      assert.match(out, /::error file=b\.intervention\.yaml,title=intervention-lint::Kan het bestand niet lezen: file not found/);
      assert.match(out, /✖ 1 bevinding \(0 fouten, 1 waarschuwing, 0 info\) in 1 van 2 bestanden; 1 bestand kon niet worden gelezen\n$/);
    });
  });

  describe('gitlab', () => {
    it('is a Code Quality array with unique fingerprints', () => {
      const issues = JSON.parse(outputs.get('gitlab') ?? '') as CodeQualityIssue[];
      assert.ok(Array.isArray(issues));
      assert.equal(issues.length, json.length);
      const severity: Record<string, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };
      issues.forEach((issue, i) => {
        const f = json[i]!;
        assert.equal(issue.description, f.message);
        assert.equal(issue.check_name, f.ruleId);
        assert.equal(issue.severity, severity[f.severity]);
        assert.equal(issue.location.path, f.file);
        assert.equal(issue.location.lines.begin, f.range.start.line);
        assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      });
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    });

    it('keeps fingerprints when lines are inserted at the top of the files', async () => {
      const moved = goldenWorkspace('# Een nieuwe regel bovenaan.\n# En nog een.\n\n');
      const run = await runCli([...ARGS, '--format', 'gitlab'], { cwd: moved });
      const before = JSON.parse(outputs.get('gitlab') ?? '') as CodeQualityIssue[];
      const after = JSON.parse(run.stdout) as CodeQualityIssue[];
      assert.deepEqual(
        after.map((i) => i.fingerprint),
        before.map((i) => i.fingerprint),
      );
      assert.deepEqual(
        after.map((i) => i.location.lines.begin),
        before.map((i) => i.location.lines.begin + 3),
        'the lines did move',
      );
    });

    it('makes identical findings unique by their occurrence, and depends on file, rule, path and message only', () => {
      const text = 'a: 1\nb: 2\nc: 3\n';
      const same = { ruleId: 'schema', path: ['a'], message: 'm' };
      const report = fakeReport('f.intervention.yaml', text, [
        { ...same, range: { start: 0, end: 1 } },
        { ...same, range: { start: 5, end: 6 } },
        { ...same, path: ['b'] },
        { ...same, message: 'n' },
        { ...same, ruleId: 'other' },
      ]);
      const prints = fingerprints(locatedFindings([report]));
      assert.equal(new Set(prints).size, 5);
      const other = fingerprints(locatedFindings([fakeReport('g.intervention.yaml', text, [same])]));
      assert.notEqual(other[0], prints[0], 'the file counts');
      const moved = fingerprints(locatedFindings([fakeReport('f.intervention.yaml', text, [{ ...same, range: { start: 10, end: 11 } }])]));
      assert.equal(moved[0], prints[0], 'the position does not');
      assert.equal((JSON.parse(formatGitlab(context([report]))) as unknown[]).length, 5);
    });
  });

  describe('html', () => {
    it('makes no requests: no URLs in src or href, no external styles, fonts or scripts', () => {
      const html = outputs.get('html') ?? '';
      assert.doesNotMatch(html, /\b(?:src|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      assert.doesNotMatch(html, /\bsrc\s*=/i, 'nothing is loaded at all');
      assert.doesNotMatch(html, /<link\b|@import|url\(/i);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
      const hrefs = [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(hrefs.length > 0);
      // Links (followed only when clicked) go to the published rule pages of the package's docsUrl.
      for (const href of hrefs) assert.ok(href?.startsWith(DOCS_URL) && /\/[a-z0-9-]+\.md$/.test(href), href);
    });

    it('has totals, a filter per severity, and the findings grouped per file and rule', () => {
      const html = outputs.get('html') ?? '';
      assert.match(html, /<fieldset class="filters" hidden>/, 'hidden until the script shows it, so without JS all is shown');
      for (const severity of ['error', 'warning', 'info', 'hint']) {
        assert.match(html, new RegExp(`<input type="checkbox" data-severity="${severity}" checked>`));
      }
      assert.equal((html.match(/<li class="finding" data-severity=/g) ?? []).length, json.length);
      assert.equal((html.match(/<section class="file"/g) ?? []).length, 4);
      assert.ok(html.includes(`<a class="rule-id" href="${DOCS_URL}sessions-outside-effective-range.md"`));
      assert.match(html, /<a class="rule-id" href="[^"]+"[^>]*><code>sessions-outside-effective-range<\/code><\/a> <span class="rule-title">Session count lies within the range found most effective for the category<\/span>/);
      assert.match(html, /<p class="rule-source">Source: GR §4\.2, §4\.3<\/p>/);
      assert.match(html, /<span class="loc">\d+:\d+<\/span> <span class="badge sev-warning">warning<\/span>/);
      assert.match(html, /No findings\./);
      assert.match(html, /Cannot read this file: file not found/);
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
      assert.equal(scripts.length, 1);
      assert.doesNotThrow(() => new Script(scripts[0]?.[1] ?? ''), 'the inline script parses');
    });

    it('escapes messages, including a <script> from the description', async () => {
      const hostile = recentlyAssessed(completeSample()).replace(/^category: sensitivity$/m, 'category: "<script>alert(1)</script> & \'x\'"');
      const ws = makeWorkspace({ 'a.intervention.yaml': hostile });
      const run = await runCli(['--format', 'html'], { cwd: ws });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &#39;x&#39;/);
      assert.equal((run.stdout.match(/<script/g) ?? []).length, 1, 'only the page\'s own script');
      const direct = formatHtml(context([fakeReport('<b>.intervention.yaml', 'x\n', [{ message: '<img src=x onerror=alert(1)> `<i>`' }])]));
      assert.doesNotMatch(direct, /<img|<b>|<i>/);
      assert.match(direct, /&lt;img src=x onerror=alert\(1\)&gt; <code>&lt;i&gt;<\/code>/);
    });

    it('uses Dutch labels and rule texts with --language nl, and the docs base from its option', () => {
      const report = fakeReport('a.intervention.yaml', 'x\n', [{ ruleId: 'sessions-outside-effective-range', severity: 'warning', message: 'bericht' }]);
      const html = createHtmlFormatter({ docsBase: '../regels' })(context([report, fakeReport('b.intervention.yaml', 'x\n', [])], 'nl'));
      assert.match(html, /<html lang="nl">/);
      assert.match(html, /<title>Rapport van intervention-lint<\/title>/);
      assert.match(html, /<legend>Toon<\/legend>/);
      assert.match(html, /<span class="badge sev-warning">waarschuwing<\/span>/);
      assert.match(html, /Het aantal sessies valt binnen het bereik dat voor de categorie het meest effectief bleek/);
      assert.match(html, /Geen bevindingen\./);
      assert.match(html, /href="\.\.\/regels\/sessions-outside-effective-range\.md"/);
    });
  });
});

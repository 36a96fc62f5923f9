/**
 * Item 4 of issue 15: every HTML and XML output escapes every value it interpolates. One hostile
 * description carries `<i-x>&"'` in every free-text value (and one in an enum value and its file
 * name, so that it reaches the messages and the JUnit attributes); each output of the real CLI is
 * then searched for the payload, which must only ever appear fully escaped.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isScalar, parseDocument, visit } from 'yaml';
import { ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

/**
 * Each special character leads a marker of its own, so that a value the report shortens (an
 * author's name, a chart label cut with `…`) still shows, for each marker left, how its
 * character was written.
 */
const PAYLOAD = `<i-x>&i-y"i-z'i-w`;
const MARKERS: readonly { readonly mark: string; readonly escaped: RegExp; readonly raw: string }[] = [
  { mark: 'i-x', escaped: /&lt;$/, raw: '<i-x' },
  { mark: 'i-y', escaped: /&amp;$/, raw: '&i-y' },
  { mark: 'i-z', escaped: /&quot;$/, raw: '"i-z' },
  { mark: 'i-w', escaped: /(&#39;|&apos;)$/, raw: "'i-w" },
];

/** The complete sample with the payload before every value that has a space in it (free text, not enums). */
function hostileDescription(): string {
  const doc = parseDocument(completeSample());
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /\s/.test(node.value)) node.value = `${PAYLOAD} ${node.value}`;
    },
  });
  return doc.toString();
}

/** A second description with the payload as its category: the schema's message quotes it. */
function hostileEnum(): string {
  const doc = parseDocument(completeSample());
  const category = doc.get('category', true);
  assert.ok(isScalar(category), 'the sample has a category');
  category.value = PAYLOAD;
  return doc.toString();
}

/** Fails on any marker whose character is not escaped; returns how many markers appear. */
function assertEscaped(output: string, where: string): number {
  let count = 0;
  for (const { mark, escaped, raw } of MARKERS) {
    assert.ok(!output.includes(raw), `${where} writes ${JSON.stringify(raw)} raw: ${excerpt(output, output.indexOf(raw))}`);
    for (let at = output.indexOf(mark); at >= 0; at = output.indexOf(mark, at + 1)) {
      count++;
      assert.match(output.slice(Math.max(0, at - 6), at), escaped, `${where} writes the character before ${mark} unescaped: ${excerpt(output, at)}`);
    }
  }
  assert.ok(!output.includes('i-x>'), `${where} writes '>' raw: ${excerpt(output, output.indexOf('i-x>'))}`);
  return count;
}

function excerpt(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
}

describe('every HTML and XML output escapes every interpolated value', function () {
  this.timeout(60_000);
  let dir: string;
  const file = 'hostile.intervention.yaml';
  const named = `name${PAYLOAD}.intervention.yaml`;
  before(() => {
    dir = tempDir('il-escape-');
    writeFileSync(join(dir, file), hostileDescription());
    writeFileSync(join(dir, named), hostileEnum());
  });

  for (const language of ['en', 'nl']) {
    it(`the evidence report page (${language})`, async () => {
      const run = await runCli(['report', file, '--format', 'html', '--language', language], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(assertEscaped(run.stdout, 'report') >= 20 * MARKERS.length, 'the payload reaches the title, the studies, the effects and the chart');
      assert.match(run.stdout, /<svg class="effect-chart"[\s\S]*&lt;i-x&gt;&amp;i-y[\s\S]*<\/svg>/, 'the chart labels carry it too');
    });
  }

  it('the worksheet page', async () => {
    const run = await runCli(['export', file, '--format', 'html'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(assertEscaped(run.stdout, 'worksheet') >= 8 * MARKERS.length, 'the payload reaches the name, the summary, the goals and the studies');
  });

  it('the portfolio page, with the file name', async () => {
    const run = await runCli(['summary', '.', '--format', 'html'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(assertEscaped(run.stdout, 'summary') >= 2 * MARKERS.length, 'the name of one and the file name of the other');
  });

  it('the findings page, with the file name and a message that quotes the value', async () => {
    const run = await runCli(['.', '--format', 'html'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.ok(assertEscaped(run.stdout, 'findings page') >= 3 * MARKERS.length, 'a file name, a message and the other file name');
  });

  it('JUnit XML, in attributes and in element text', async () => {
    const run = await runCli(['.', '--format', 'junit'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const xml = run.stdout;
    assert.ok(assertEscaped(xml, 'junit') >= 3 * MARKERS.length);
    const escaped = '&lt;i-x&gt;&amp;i-y&quot;i-z&apos;i-w';
    assert.ok(xml.includes(`<testsuite name="name${escaped}.intervention.yaml"`), 'the file name as an attribute');
    assert.match(xml, new RegExp(`<failure message="[^"]*${escaped}[^"]*"[^>]*>[^<]*${escaped}`), 'the message in both places');
  });

  it("the extension's webview pages (messages and the themed report)", async () => {
    // The client module is pure; bundled as the extension bundles it, it runs here without VS Code.
    const out = join(tempDir('il-escape-client-'), 'report-html.js');
    await build({ entryPoints: [join(ROOT, 'client', 'src', 'reportHtml.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const client = require(out) as { messageHtml(title: string, message: string, cspSource: string, language: string): string };
    const page = client.messageHtml(`t${PAYLOAD}`, `m${PAYLOAD}`, 'vscode-resource:', `nl${PAYLOAD}`);
    assert.equal(assertEscaped(page, 'webview message'), 4 * MARKERS.length, 'lang, title, heading and message');
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src vscode-resource: 'unsafe-inline';/);
  });
});

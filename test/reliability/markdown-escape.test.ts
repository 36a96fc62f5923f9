/**
 * Case 9 of the hardening issue: Markdown outputs are escaped by construction. Rendered with a
 * real CommonMark renderer (markdown-it, raw HTML allowed as GitHub and VS Code allow some), a
 * hostile value never becomes an element, and a `~~~` summary never swallows the worksheet.
 */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import markdownIt from 'markdown-it';
import { codeSpan, escapeMarkdown, markdownWithCode } from '../../server/src/markup/markdown';
import { COMPLETE_BASE } from '../support/hostile-texts';
import { runCli } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

const render = (md: string): string => markdownIt({ html: true }).render(md);
const HOSTILE = 'x` <img src=x onerror=alert(1)> `y';

describe('Markdown outputs cannot be broken out of', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = makeWorkspace({
      'hostile.intervention.yaml': COMPLETE_BASE.replace('category: parenting-support', `category: ${JSON.stringify(HOSTILE)}`).replace(/^name: .*$/m, `name: ${JSON.stringify(`<script>alert(1)</script> ${HOSTILE}`)}`),
      'fence.intervention.yaml': COMPLETE_BASE.replace(/^summary: >-\n/m, 'summary: >-\n  ~~~\n'),
      'clean.intervention.yaml': COMPLETE_BASE,
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes every value so that it renders as the same text', () => {
    for (const text of [HOSTILE, '~~~ fence', '- item', '# heading', '| a | b |', '**bold** _em_ [l](u) <b>x</b>', '\\`']) {
      const html = render(escapeMarkdown(text));
      assert.doesNotMatch(html, /<(img|b|script|h1|ul|pre|table|strong|em|a)\b/, `${text} → ${html}`);
    }
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.doesNotMatch(render(markdownWithCode(`Value \`${HOSTILE}\` is wrong`)), /<img/);
  });

  it('report --format md: a value with backticks and <img onerror> stays text', async () => {
    const run = await runCli(['report', 'hostile.intervention.yaml', '--format', 'md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const html = render(run.stdout);
    assert.doesNotMatch(html, /<img|<script/i, html.slice(0, 400));
    assert.match(html, /onerror=alert\(1\)/, 'the value is still shown, as text');
  });

  it('export md: a summary starting with ~~~ leaves every heading of the worksheet in place', async () => {
    const headings = async (file: string): Promise<number> => {
      const run = await runCli(['export', file, '--format', 'md'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      return (render(run.stdout).match(/<h[1-6]>/g) ?? []).length;
    };
    const clean = await headings('clean.intervention.yaml');
    assert.ok(clean > 20, `${clean} headings`);
    assert.equal(await headings('fence.intervention.yaml'), clean);
    const hostile = await runCli(['export', 'hostile.intervention.yaml', '--format', 'md'], { cwd: dir });
    assert.doesNotMatch(render(hostile.stdout), /<img|<script/i);
  });

  it('summary --format md: hostile names stay text', async () => {
    const run = await runCli(['summary', '.', '--format', 'md'], { cwd: dir });
    assert.doesNotMatch(render(run.stdout), /<img|<script/i);
  });
});

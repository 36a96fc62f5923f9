import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { RULES } from '../../server/src/core';
import { ROOT, SAMPLES } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; docsUrl: string };
const DRAFT = readFileSync(join(SAMPLES, 'databank', 'vipp-sd.intervention.yaml'), 'utf8');

describe('rule help that travels: SARIF help and helpUri, HTML with the rule documentation in the page', () => {
  let dir = '';
  let configured = '';
  before(() => {
    dir = makeWorkspace({ 'a.intervention.yaml': DRAFT });
    configured = makeWorkspace({ 'a.intervention.yaml': DRAFT, '.intervention-lint.yaml': 'docsUrl: https://regels.example.org/intervention-lint\n' });
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(configured, { recursive: true, force: true });
  });

  it('the package names the docs of its own version', () => {
    assert.match(PACKAGE.docsUrl, new RegExp(`^https://\\S+/v${PACKAGE.version.replace(/\./g, '\\.')}/docs/rules/$`));
  });

  it('SARIF: every rule has help as text and markdown, and a helpUri under the package docsUrl', async () => {
    const run = await runCli(['--format', 'sarif'], { cwd: dir });
    const rules = (JSON.parse(run.stdout) as Log).runs[0]!.tool.driver.rules ?? [];
    assert.equal(rules.length, RULES.length);
    for (const rule of rules) {
      const meta = RULES.find((r) => r.meta.id === rule.id)!.meta;
      assert.ok(rule.help?.text.includes(meta.docs.en.why), rule.id);
      assert.ok(rule.help?.markdown?.includes(`**Why:** ${meta.docs.en.why}`), rule.id);
      assert.equal(rule.helpUri, `${PACKAGE.docsUrl}${rule.id}.md`);
    }
  });

  it('a docsUrl in the config is used instead, with the slash it needs', async () => {
    const sarif = await runCli(['--format', 'sarif'], { cwd: configured });
    const rules = (JSON.parse(sarif.stdout) as Log).runs[0]!.tool.driver.rules ?? [];
    assert.equal(rules[0]?.helpUri, `https://regels.example.org/intervention-lint/${rules[0]?.id}.md`);
    const html = await runCli(['--format', 'html'], { cwd: configured });
    assert.ok(html.stdout.includes('href="https://regels.example.org/intervention-lint/missing-rationale.md"'));
    const bad = makeWorkspace({ 'a.intervention.yaml': DRAFT, '.intervention-lint.yaml': 'docsUrl: docs/rules\n' });
    try {
      const refused = await runCli([], { cwd: bad });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /\.intervention-lint\.yaml:1:\d+: .*docsUrl|\.intervention-lint\.yaml:1:\d+/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('HTML: each rule with findings carries its documentation, in the report language, and no relative links', async () => {
    for (const language of ['en', 'nl'] as const) {
      const run = await runCli(['--format', 'html', '--language', language], { cwd: dir });
      const page = run.stdout;
      const sections = [...page.matchAll(/<section class="rule" data-rule="([a-z0-9-]+)">([\s\S]*?)<\/section>/g)];
      assert.ok(sections.length > 3);
      for (const [, id, body] of sections) {
        const docs = RULES.find((r) => r.meta.id === id)?.meta.docs[language];
        assert.ok(docs, id);
        assert.match(body ?? '', /<details class="rule-docs"><summary>[^<]+<\/summary>/, id);
        const plain = (body ?? '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        assert.ok(plain.includes(docs.what.replace(/`/g, '')), `${id}: the rule's text is in the page`);
      }
      assert.doesNotMatch(page, /href="(?!https:\/\/)/, 'no link into a checkout');
    }
  });
});

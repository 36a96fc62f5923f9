import { strict as assert } from 'node:assert';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, fixAll, parseConfig, RULE_IDS, validate } from '../../server/src/core';
import { complete, documentSymbols, hover } from '../../server/src/services';
import { fileUri } from '../support/lsp-client';
import { TODAY } from '../support/paths';
import { connect, messageOf, spawnServer } from '../reliability/server-process';
import { executableTags } from './generate';
import { record, runCliMeasured } from './support';
import { tempDir } from '../support/workspace';

/**
 * Each case plants tags whose execution would create a marker file (js-yaml's !!js/function, PyYAML's
 * !!python/object/apply, a verbatim js/eval tag). The marker must never appear, whatever reads the file.
 */
describe('hostile input: custom tags are reported and never executed', function () {
  this.timeout(60_000);
  let dir: string;
  let marker: string;
  let text: string;

  beforeEach(() => {
    dir = tempDir('il-hostile-tags-');
    marker = join(dir, 'EXECUTED');
    text = executableTags(marker);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('validate, fixAll and the language features: unresolved-tag findings, no marker file', () => {
    const started = performance.now();
    const result = validate(text, { today: TODAY });
    fixAll(text, { today: TODAY });
    const service = { document: TextDocument.create('file:///t.intervention.yaml', 'intervention-yaml', 1, text), result, config: DEFAULT_CONFIG };
    for (let offset = 0; offset <= text.length; offset += 17) {
      complete(service, offset);
      hover(service, offset);
    }
    documentSymbols(service);
    record({ name: 'core: executable custom tags', ms: performance.now() - started, rssGrowthMiB: undefined, outcome: 'yaml-warning (unresolved tag, read as text)' });
    const tags = result.findings.filter((f) => f.ruleId === 'yaml-warning' && /Unresolved tag/i.test(f.message));
    assert.ok(tags.length >= 3, result.findings.map((f) => f.message).join('\n'));
    assert.equal(existsSync(marker), false, 'a tag was executed');
  });

  it('the CLI (check, --fix, report, export) on such a file: findings, no marker file', async () => {
    const file = join(dir, 'tags.intervention.yaml');
    writeFileSync(file, text);
    for (const args of [['--format', 'json', 'tags.intervention.yaml'], ['--fix', 'tags.intervention.yaml'], ['report', 'tags.intervention.yaml'], ['export', 'tags.intervention.yaml', '--format', 'md']]) {
      const run = await runCliMeasured(args, { cwd: dir });
      assert.ok(run.code === 1 || run.code === 2 || run.code === 0, `${args.join(' ')}: exit ${run.code}`);
      assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
      if (args[0] === '--format') assert.match(run.stdout, /Unresolved tag/);
    }
    assert.equal(existsSync(marker), false, 'a tag was executed');
  });

  it('a config with such tags: a located config error, no marker file', async () => {
    const js = `function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }`;
    const config = `rules: !!js/function ${JSON.stringify(js)}\nlanguage: !!python/object/apply:os.system [${JSON.stringify(`touch ${marker}`)}]\n`;
    assert.ok(parseConfig(config, RULE_IDS).problems.length > 0);
    writeFileSync(join(dir, '.intervention-lint.yaml'), config);
    writeFileSync(join(dir, 'a.intervention.yaml'), 'format: intervention/v1\n');
    const run = await runCliMeasured(['a.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config\n/);
    assert.match(run.stderr, /^\.intervention-lint\.yaml:1:\d+: Unresolved tag: tag:yaml\.org,2002:js\/function/m);
    assert.match(run.stderr, /^\.intervention-lint\.yaml:2:\d+: Unresolved tag: tag:yaml\.org,2002:python/m);
    assert.equal(existsSync(marker), false, 'a tag was executed');
  });

  it('the language server opening, hovering and completing such a file: diagnostics, no marker file', async () => {
    const server = spawnServer();
    const client = await connect(server, dir);
    try {
      const uri = fileUri(join(dir, 'open.intervention.yaml'));
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      assert.ok(published.diagnostics.some((d) => /Unresolved tag/i.test(messageOf(d))));
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 6 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 8 } });
      assert.equal(existsSync(marker), false, 'a tag was executed');
    } finally {
      await client.close();
    }
  });
});

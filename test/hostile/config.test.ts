import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileUri } from '../support/lsp-client';
import { ROOT } from '../support/paths';
import { completeSample } from '../support/samples';
import { connect, messageOf, spawnServer } from '../reliability/server-process';
import { binary } from './generate';
import { record, runCliMeasured } from './support';
import { tempDir } from '../support/workspace';

const PRELOAD = join(ROOT, 'out', 'test', 'reliability', 'record-io.js');

interface Recorded {
  readonly kind: string;
  readonly what: string;
}

function recorded(file: string): Recorded[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Recorded);
  } catch {
    return [];
  }
}

/**
 * The config schema has no `$ref`, `extends` or plugins: a config is data. A `$ref` to a URL or a
 * file is an unknown key, and neither the URL nor the file is ever touched.
 */
describe('hostile input: configs are data, never fetched, included or executed', function () {
  this.timeout(60_000);
  let dir: string;
  let http: Server;
  let connections = 0;
  let url: string;

  before(async () => {
    http = createServer((_, response) => response.end('rules: { schema: off }\n'));
    http.on('connection', () => connections++);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/shared.yaml`;
  });
  after(() => new Promise<void>((resolve) => http.close(() => resolve())));
  beforeEach(() => {
    dir = tempDir('il-hostile-config-');
    writeFileSync(join(dir, 'a.intervention.yaml'), completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40'));
    writeFileSync(join(dir, 'shared.yaml'), 'rules: { sessions-outside-effective-range: off }\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, ref] of [['a URL', () => url], ['a local file', () => './shared.yaml']] as const) {
    it(`a $ref to ${name}: an unknown-key config error (exit 2); nothing is fetched or opened`, async () => {
      writeFileSync(join(dir, '.intervention-lint.yaml'), `$ref: ${ref()}\nlanguage: en\n`);
      const log = join(dir, 'calls.jsonl');
      const run = await runCliMeasured(['a.intervention.yaml'], { cwd: dir, env: { NODE_OPTIONS: `--require ${PRELOAD}`, IL_RECORD_FILE: log } });
      record({ name: `CLI: config with $ref to ${name}`, ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /invalid config\n\.intervention-lint\.yaml:1:1: Unknown key `\$ref`/);
      assert.equal(connections, 0, 'the URL was fetched');
      const calls = recorded(log);
      assert.ok(calls.length > 0, 'the recorder ran (it sees the config being read)');
      assert.deepEqual(calls.filter((c) => c.kind !== 'fs'), [], 'network, DNS, process or worker use');
      assert.deepEqual(calls.filter((c) => c.what.includes('shared.yaml')), [], 'the referenced file was opened');
    });
  }

  it('a binary config: a located config error (exit 2), not a crash', async () => {
    writeFileSync(join(dir, '.intervention-lint.yaml'), binary());
    const run = await runCliMeasured(['a.intervention.yaml'], { cwd: dir });
    record({ name: 'CLI: binary config', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config\n\.intervention-lint\.yaml:\d+:\d+: \S/);
    assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
  });

  it('a 40 MB config: refused before parsing (exit 2), within budget', async () => {
    writeFileSync(join(dir, '.intervention-lint.yaml'), `files: [${'"*.y", '.repeat(6 * 1024 * 1024)}]\n`);
    const run = await runCliMeasured(['a.intervention.yaml'], { cwd: dir });
    record({ name: 'CLI: 40 MB config', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /more than the 1048576 a config may have; it is not read/);
  });

  it('an endless device as --config: refused, it is not a regular file (exit 2)', async () => {
    const run = await runCliMeasured(['--config', '/dev/zero', 'a.intervention.yaml'], { cwd: dir });
    record({ name: 'CLI: --config /dev/zero', ms: run.ms, rssGrowthMiB: run.peakMiB, outcome: `exit ${run.code}` });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Cannot read config \/dev\/zero: a device, not a regular file/);
  });

  it('the language server with a $ref, a binary or a 40 MB workspace config: a config diagnostic, no fetch, files still checked', async () => {
    for (const content of [`$ref: ${url}\n`, binary(), `files: [${'"*.y", '.repeat(6 * 1024 * 1024)}]\n`]) {
      writeFileSync(join(dir, '.intervention-lint.yaml'), content);
      const started = performance.now();
      const server = spawnServer();
      const client = await connect(server, dir);
      try {
        const config = await client.diagnostics(fileUri(join(dir, '.intervention-lint.yaml')), (p) => p.diagnostics.length > 0);
        assert.ok(config.diagnostics.every((d) => messageOf(d).length > 0));
        const uri = fileUri(join(dir, 'a.intervention.yaml'));
        const checked = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
        assert.ok(checked.diagnostics.some((d) => d.code === 'sessions-outside-effective-range'), 'the description is checked with the defaults');
      } finally {
        await client.close();
      }
      record({ name: `LSP: workspace config (${typeof content === 'string' ? content.slice(0, 14) : 'binary'}…)`, ms: performance.now() - started, rssGrowthMiB: undefined, outcome: 'config diagnostic' });
    }
    assert.equal(connections, 0, 'the URL was fetched');
  });
});

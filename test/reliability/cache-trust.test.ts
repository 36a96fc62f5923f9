/** Case 5 of the hardening issue: the cache is data from disk; any doubt is a miss, never a crash or exit 0. */
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

const CACHE = '.intervention-lint-cache';
const broken = (): string => completeSample().replace('category: sensitivity', 'category: wrong');

describe('the --cache file is validated: tampered or malformed entries are misses', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir('il-cache-');
    writeFileSync(join(dir, 'a.intervention.yaml'), broken());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function primed(): Promise<Record<string, unknown>> {
    const first = await runCli(['--cache'], { cwd: dir });
    assert.equal(first.code, 1, first.stderr);
    return JSON.parse(readFileSync(join(dir, CACHE), 'utf8')) as Record<string, unknown>;
  }

  it('an entry edited to have no findings does not turn exit 1 into exit 0', async () => {
    const cache = (await primed()) as { entries: Record<string, { findings: unknown[] }> };
    for (const entry of Object.values(cache.entries)) entry.findings = [];
    writeFileSync(join(dir, CACHE), JSON.stringify(cache));
    const run = await runCli(['--cache', '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /"ruleId": ?"schema"/);
  });

  for (const [name, mangle] of [
    ['findings that are not a list', (e: Record<string, unknown>) => void (e['findings'] = 'x')],
    ['a finding without a range', (e: Record<string, unknown>) => void (e['findings'] = [{ ruleId: 'schema', severity: 'error', message: 'm', path: [], fixes: [] }])],
    ['a range past the end of the file', (e: Record<string, unknown>) => void ((e['findings'] as { range: { end: number } }[]).forEach((f) => (f.range.end = 1e9)))],
    ['an unknown rule id', (e: Record<string, unknown>) => void ((e['findings'] as { ruleId: string }[]).forEach((f) => (f.ruleId = 'nope')))],
    ['an entry that is null', (_: Record<string, unknown>, all: Record<string, unknown>) => void Object.keys(all).forEach((k) => (all[k] = null))],
  ] as const) {
    it(`${name}: a miss, the file is checked again (exit 1, no stack trace)`, async () => {
      const cache = (await primed()) as { entries: Record<string, Record<string, unknown>> };
      for (const entry of Object.values(cache.entries)) mangle(entry, cache.entries);
      writeFileSync(join(dir, CACHE), JSON.stringify(cache));
      const run = await runCli(['--cache', '--format', 'json'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
      assert.match(run.stdout, /"ruleId": ?"schema"/);
    });
  }

  for (const content of ['', 'not json', '[]', '{"version": 1, "entries": []}', '{"entries": {"a.intervention.yaml": {}}}']) {
    it(`a cache file of ${JSON.stringify(content)} is ignored`, async () => {
      writeFileSync(join(dir, CACHE), content);
      const run = await runCli(['--cache'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, '');
    });
  }

  it('a changed config is a miss: the key includes the config', async () => {
    await primed();
    writeFileSync(join(dir, '.intervention-lint.yaml'), 'rules:\n  schema: off\n');
    const run = await runCli(['--cache', '--format', 'json'], { cwd: dir });
    assert.doesNotMatch(run.stdout, /"ruleId": ?"schema"/);
  });
});

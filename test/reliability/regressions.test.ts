/**
 * Regression tests for the bugs the fuzz and hostile suites found (docs/reliability.md lists them).
 * Others live next to the behaviour they protect: fix-safety.test.ts (symlinks, permissions),
 * ../hostile/*.test.ts (the size caps, the language-feature guard, unreadable files in the log).
 */
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, MAX_CONFIG_BYTES, mergeConfig, parseConfig, RULE_IDS, validate } from '../../server/src/core';
import { assertNotQuadratic } from '../support/growth';
import { TODAY } from '../support/paths';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

const HEAD = 'format: intervention/v1\n';
const ids = (text: string): string[] => validate(text, { today: TODAY }).findings.map((f) => f.ruleId);

describe('regressions found by fuzzing and the hostile corpus', function () {
  this.timeout(60_000);

  describe('core', () => {
    it('reports duplicate keys in block and flow mappings on the second occurrence, in linear time', () => {
      const block = validate(`${HEAD}id: a\nname: x\nid: b\n`, { today: TODAY });
      assert.deepEqual(block.findings.map((f) => f.ruleId), ['yaml-syntax']);
      assert.equal(block.findings[0]!.range.start, `${HEAD}id: a\nname: x\n`.length);
      assert.match(block.findings[0]!.message, /unique/i);
      assert.deepEqual(ids(`${HEAD}x-a: { k: 1, j: 2, k: 3 }\n`), ['yaml-syntax']);
      assert.deepEqual(ids(`${HEAD}x-a: { ~: 1, null: 2 }\n`), ['yaml-syntax'], 'two spellings of the null key');
      assert.ok(!ids(`${HEAD}x-a: { 1: a, "1": b, .nan: c, .NaN: d }\n`).includes('yaml-syntax'), 'a number and a string, and NaN, are different keys');
      const many = (count: number): string => `${HEAD}x-many:\n${Array.from({ length: count }, (_, i) => `  k${i}: ${i}`).join('\n')}\n  k7: again\n`;
      assertNotQuadratic((count) => { const text = many(count); return () => assert.deepEqual(ids(text), ['yaml-syntax']); }, 4_000, 'the duplicate-key check');
    });

    it('locates a finding on each of 20,000 unknown keys in linear time', () => {
      const unknownKeys = (count: number): string => `${HEAD}${Array.from({ length: count }, (_, i) => `k${i}: 0`).join('\n')}\n`;
      const text = unknownKeys(20_000);
      const result = validate(text, { today: TODAY });
      assertNotQuadratic((count) => { const sized = unknownKeys(count); return () => validate(sized, { today: TODAY }); }, 2_000, 'locating findings on unknown keys');
      // The findings cap lists the first 200 per rule; the last one listed is still located exactly.
      const listed = result.findings.filter((f) => f.ruleId === 'schema');
      const last = listed[listed.length - 1]!;
      const key = /`(k\d+)`/.exec(last.message)![1]!;
      assert.equal(text.slice(last.range.start, last.range.end), key);
      assert.ok(result.findings.some((f) => f.ruleId === 'too-many-findings'));
    });

    it('refuses compact nesting (`- - - …`, `? ? …`) beyond the limit instead of overflowing the stack', () => {
      for (const text of [`${HEAD}x:\n${'- '.repeat(100_000)}leaf\n`, `${'- '.repeat(100_000)}leaf\n`, `${HEAD}x:\n${'? '.repeat(100_000)}leaf\n`]) {
        const result = validate(text, { today: TODAY });
        assert.deepEqual(result.findings.map((f) => f.ruleId), ['yaml-syntax']);
        assert.match(result.findings[0]!.message, /Nesting is deeper than 500 levels/);
      }
      assert.ok(!ids(`${HEAD}x-list:\n  - - a\n    - b\n  - - - c\n`).includes('yaml-syntax'), 'ordinary compact sequences still parse');
    });

    it('writes no process warning for a key that is a collection (the core is pure)', () => {
      const warnings: string[] = [];
      const listener = (warning: Error): void => void warnings.push(warning.message);
      process.on('warning', listener);
      try {
        assert.ok(ids(`${HEAD}? [a, b]\n: c\n`).includes('schema'));
      } finally {
        process.off('warning', listener);
      }
      assert.deepEqual(warnings, []);
    });

    it('measures limits.maxFileBytes in UTF-8 bytes, as the CLI does', async () => {
      const config = mergeConfig(DEFAULT_CONFIG, { limits: { maxFileBytes: 1000 } });
      const text = completeSample().slice(0, 600).replace(/[a-z]/g, 'é'); // 600 characters, over 1000 bytes
      assert.ok(text.length < 1000 && Buffer.byteLength(text) > 1000);
      const finding = validate(text, { config, today: TODAY }).findings[0]!;
      assert.equal(finding.ruleId, 'document-too-large');
      assert.match(finding.message, new RegExp(`has ${Buffer.byteLength(text)} bytes, more than the limit of 1000`));
      const dir = tempDir('il-regress-');
      try {
        writeFileSync(join(dir, '.intervention-lint.yaml'), 'limits: { maxFileBytes: 1000 }\n');
        writeFileSync(join(dir, 'a.intervention.yaml'), text);
        const run = await runCli(['--format', 'json', 'a.intervention.yaml'], { cwd: dir });
        assert.match(run.stdout, /document-too-large/, 'the CLI and the editor agree');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a config text over MAX_CONFIG_BYTES with one problem instead of parsing it', () => {
      const { overrides, problems } = parseConfig(`files: [${'"*", '.repeat(MAX_CONFIG_BYTES / 5 + 1)}]\n`, RULE_IDS);
      assert.equal(overrides, undefined);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /more than the 1048576 a config may have/);
    });
  });

  describe('CLI', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir('il-regress-');
      writeFileSync(join(dir, 'a.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: a').replace(/^ {2}sessions: .*$/m, '  sessions: 40'));
      writeFileSync(join(dir, 'b.intervention.yaml'), completeSample().replace(/^id: .*$/m, 'id: b'));
      writeFileSync(join(dir, 'c.intervention.yaml'), `${HEAD}id: "unclosed\n`);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('--workers 2: the workers only check their share (they printed the report themselves and exited with its code)', async () => {
      const run = await runCli(['--workers', '2', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, '');
      const findings = JSON.parse(run.stdout) as { file: string }[];
      assert.deepEqual([...new Set(findings.map((f) => f.file))].sort(), ['a.intervention.yaml', 'c.intervention.yaml']);
    });

    it('--workers 2000 on three files starts no more threads than files (it hung)', async () => {
      const started = performance.now();
      const run = await runCli(['--workers', '2000', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.ok(performance.now() - started < 15_000);
    });

    it('an output file in a missing folder: exit code 2 and a one-line message, not a stack trace', async () => {
      for (const args of [['--output', 'missing/deeper/out.txt', '.'], ['--format', 'sarif:missing/r.sarif', '.'], ['--update-baseline', 'missing/b.json', '.'], ['--output', '.', '.']]) {
        const run = await runCli(args, { cwd: dir });
        assert.equal(run.code, 2, args.join(' '));
        // A folder as the output is refused by the one writer before any file call.
        assert.match(run.stderr, /^intervention-lint: (E[A-Z]+: .+|.+: is not a regular file; not written)\n$/, run.stderr);
      }
    });
  });
});

/**
 * "The editor and CI never disagree", as a test: the CLI's `--format json` and the real language
 * server's diagnostics over the same workspace must be identical (file, rule id, range, message),
 * in English and in Dutch. The workspace holds the samples, the rule fixtures, a generated
 * bench-like corpus, fuzz cases (mutated corpus files, random text), a many-findings file, text
 * with control characters and a broken-YAML file next to two that share an id.
 *
 * The language comes from the project's `.intervention-lint.yaml` while the editor's setting is
 * left at `auto` and its locale says the other language: spec §6, the project file wins.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CORPUS, mutatedCase, mutatedText, randomText } from '../fuzz/arbitraries';
import { COMPLETE_BASE, manyFindingsText, withName } from '../support/hostile-texts';
import { messageText, PULL_CAPABILITIES, startServer } from '../support/lsp-client';
import { writeFixtures } from '../support/fixtures';
import { ROOT, SAMPLES } from '../support/paths';
import { runCli, type JsonFinding } from '../support/run-cli';
import { FULL, scaled } from '../support/scale';

/** Findings that depend on the clock of one run, not on the text. */
const TIMING = new Set(['check-time-exceeded']);

type Row = string;
const row = (file: string, ruleId: string, start: { line: number; column: number }, end: { line: number; column: number }, message: string): Row =>
  `${file} ${ruleId} ${start.line}:${start.column}-${end.line}:${end.column} ${message}`;

function buildWorkspace(dir: string): void {
  cpSync(SAMPLES, join(dir, 'samples'), { recursive: true });
  writeFixtures(join(dir, 'fixtures'));
  // The bench corpus generator, as `npm run bench` uses it (an ES module, so in its own process).
  const corpus = join(dir, 'bench');
  execFileSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(join(ROOT, 'bench', 'lib', 'corpus.mjs'))}).then((m) => m.writeCorpus(${JSON.stringify(corpus)}, { count: ${scaled(40, 12)}, seed: 7 }))`]);
  const fuzz = join(dir, 'fuzz');
  mkdirSync(fuzz);
  fc.sample(mutatedCase, { seed: 4242, numRuns: scaled(40, 15) }).forEach((c, i) => writeFileSync(join(fuzz, `m${i}.intervention.yaml`), mutatedText(c)));
  fc.sample(randomText, { seed: 4243, numRuns: scaled(15, 6) }).forEach((t, i) => writeFileSync(join(fuzz, `r${i}.intervention.yaml`), t));
  writeFileSync(join(fuzz, 'many.intervention.yaml'), manyFindingsText(60, 40));
  writeFileSync(join(fuzz, 'control.intervention.yaml'), withName('\u001b[2J\r\n::stop-commands::x\u0007 naam'));
  const twin = COMPLETE_BASE.replace(/^id: .*$/m, 'id: tweeling');
  writeFileSync(join(fuzz, 'twin-a.intervention.yaml'), twin);
  writeFileSync(join(fuzz, 'twin-b.intervention.yaml'), twin);
  writeFileSync(join(fuzz, 'twin-broken.intervention.yaml'), `${twin}\n  bad: [\n`);
  writeFileSync(join(fuzz, 'crlf.intervention.yaml'), COMPLETE_BASE.replace(/\n/g, '\r\n').replace('category: parenting-support', 'category: nope'));
}

async function cliRows(dir: string): Promise<Row[]> {
  const run = await runCli(['--format', 'json', '--workers', '0'], { cwd: dir });
  assert.ok(run.code === 0 || run.code === 1, `CLI exit ${run.code}: ${run.stderr}`);
  const findings = JSON.parse(run.stdout) as JsonFinding[];
  return findings.filter((f) => !TIMING.has(f.ruleId)).map((f) => row(f.file, f.ruleId, f.range.start, f.range.end, f.message)).sort();
}

interface WorkspaceReport {
  readonly uri: string;
  readonly kind: string;
  readonly items?: Diagnostic[];
}

async function serverRows(dir: string, locale: string): Promise<{ rows: Row[]; files: number }> {
  const session = await startServer({ root: dir, capabilities: PULL_CAPABILITIES, settings: { language: 'auto' }, locale });
  try {
    // After the workspace scan, pulled until two pulls agree: what the editor shows once settled.
    await new Promise<void>((resolve) => {
      const poll = (): void => (session.logs.some((l) => l.includes('description(s) in the workspace')) ? resolve() : void setTimeout(poll, 50));
      poll();
    });
    let previous: Row[] | undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      const result = await session.connection.sendRequest<{ items: WorkspaceReport[] }>('workspace/diagnostic', { previousResultIds: [] });
      const rows: Row[] = [];
      for (const report of result.items) {
        const file = relative(dir, fileURLToPath(report.uri)).split('\\').join('/');
        for (const d of report.items ?? []) {
          if (TIMING.has(String(d.code))) continue;
          const at = (p: { line: number; character: number }) => ({ line: p.line + 1, column: p.character + 1 });
          rows.push(row(file, String(d.code), at(d.range.start), at(d.range.end), messageText(d)));
        }
      }
      rows.sort();
      if (previous && previous.join('\n') === rows.join('\n')) return { rows, files: result.items.length };
      previous = rows;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert.fail('the workspace diagnostics never settled');
  } finally {
    await session.close();
  }
}

function diff(cli: readonly Row[], server: readonly Row[]): string {
  const inServer = new Set(server);
  const inCli = new Set(cli);
  const onlyCli = cli.filter((r) => !inServer.has(r)).slice(0, 10);
  const onlyServer = server.filter((r) => !inCli.has(r)).slice(0, 10);
  return `only in the CLI (${cli.filter((r) => !inServer.has(r)).length}):\n  ${onlyCli.join('\n  ')}\nonly in the server (${server.filter((r) => !inCli.has(r)).length}):\n  ${onlyServer.join('\n  ')}`;
}

describe('differential: the CLI and the language server report the same findings', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'il-differential-'));
    buildWorkspace(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // The default suite runs the Dutch pass (it also covers the project file winning over the editor's
  // locale); the full suite both.
  const passes = [['en', 'nl'], ['nl', 'en']] as const;
  for (const [language, locale] of FULL ? passes : passes.slice(1)) {
    it(`in ${language === 'en' ? 'English' : 'Dutch'} (project language: ${language}, editor locale: ${locale}, setting: auto)`, async () => {
      writeFileSync(join(dir, '.intervention-lint.yaml'), `language: ${language}\n`);
      const cli = await cliRows(dir);
      const server = await serverRows(dir, locale);
      assert.ok(cli.length > 1000, `a corpus with findings (${cli.length})`);
      assert.ok(server.files > CORPUS.length, `the server saw the workspace (${server.files} files)`);
      assert.ok(cli.some((r) => r.includes(' duplicate-id ')), 'the cross-file rule is part of the comparison');
      if (language === 'nl') assert.ok(cli.some((r) => / Onbekende sleutel | ontbreekt/.test(r)), 'Dutch messages');
      assert.ok(cli.join('\n') === server.rows.join('\n'), diff(cli, server.rows));
    });
  }
});

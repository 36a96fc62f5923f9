import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { run } from '../../server/src/cli/main';
import { DEFAULT_CONFIG, fixAll, parseConfig, RULE_IDS, validate } from '../../server/src/core';
import { complete, documentLinks, documentSymbols, hover } from '../../server/src/services';
import { CORPUS } from '../fuzz/arbitraries';
import { fileUri } from '../support/lsp-client';
import { writeFixtures } from '../support/fixtures';
import { ROOT, SAMPLES, TODAY } from '../support/paths';
import { runCli } from '../support/run-cli';
import { FULL } from '../support/scale';
import { installRecorder, type Recorded } from './record-io';
import { connect, spawnServer } from './server-process';
import { tempDir } from '../support/workspace';

/** Every sample and fixture in the full run; every fifth in the default suite (the I/O paths are the same). */
const CORPUS_SAMPLE = FULL ? CORPUS : CORPUS.filter((_, i) => i % 5 === 0);

/** The rule fixtures as files (patches applied) in `dir`, for the CLI to read. */
function fixturesIn(dir: string): string {
  writeFixtures(join(dir, 'fixtures'));
  return join(dir, 'fixtures');
}

const PRELOAD = join(ROOT, 'out', 'test', 'reliability', 'record-io.js');
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'gitlab', 'html'];

function forbidden(calls: readonly Recorded[]): Recorded[] {
  return calls.filter((c) => c.kind !== 'fs');
}

function recordedIn(file: string): Recorded[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Recorded);
}

/**
 * Checking reads files and nothing else: no socket, no DNS, no fetch, no child process, no worker
 * thread (the CLI's workers start only for 1,000 files or more; these runs stay below that).
 */
describe('checking never reaches the network and never starts a process', function () {
  this.timeout(120_000);
  let out: string;
  beforeEach(() => (out = tempDir('il-no-network-')));
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it(`in-process: validate, fixAll, the language features and parseConfig over ${FULL ? 'every' : 'every fifth'} sample and fixture`, () => {
    const recorder = installRecorder();
    try {
      for (const { text } of CORPUS_SAMPLE) {
        const result = validate(text, { today: TODAY });
        fixAll(text, { today: TODAY });
        const service = { document: TextDocument.create('file:///x.intervention.yaml', 'intervention-yaml', 1, text), result, config: DEFAULT_CONFIG };
        complete(service, text.length >> 1);
        hover(service, text.length >> 2);
        documentSymbols(service);
        documentLinks(service);
      }
      parseConfig('$ref: https://example.invalid/c.yaml\nrules: { schema: off }\n', RULE_IDS);
    } finally {
      recorder.restore();
    }
    assert.ok(CORPUS_SAMPLE.length > (FULL ? 50 : 10));
    assert.deepEqual(forbidden(recorder.calls), []);
  });

  it('in-process: run() with every format, report, summary, export, rules and explain', async () => {
    const recorder = installRecorder();
    let stderr = '';
    const io = { cwd: ROOT, env: { NO_COLOR: '1' }, stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY: false, write: () => undefined, error: (t: string) => void (stderr += t) };
    const sample = join(SAMPLES, 'complete', readdirSync(join(SAMPLES, 'complete'))[0]!);
    const codes: number[] = [];
    // What the formats run over: the samples, and in the full run the fixtures as well.
    const targets = FULL ? ['samples', fixturesIn(out)] : ['samples'];
    try {
      for (const format of FORMATS) codes.push(await run(['--workers', '0', '--format', format, ...targets], io));
      codes.push(await run(['--workers', '0', '--fix-dry-run', 'samples'], io));
      codes.push(await run(['report', sample, '--format', 'html'], io));
      codes.push(await run(['summary', 'samples', '--format', 'csv'], io));
      codes.push(await run(['export', sample, '--format', 'md'], io));
      codes.push(await run(['rules', '--format', 'json'], io));
      codes.push(await run(['explain', 'schema'], io));
    } finally {
      recorder.restore();
    }
    assert.ok(codes.every((c) => c === 0 || c === 1), `exit codes ${codes.join(', ')}: ${stderr}`);
    assert.ok(recorder.calls.some((c) => c.kind === 'fs'), 'the recorder saw the files being read');
    assert.deepEqual(forbidden(recorder.calls), []);
  });

  it('the recorder is not blind: worker threads asked for with --workers 2 are caught', async () => {
    const recorder = installRecorder();
    const io = { cwd: ROOT, env: {}, stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY: false, write: () => undefined, error: () => undefined };
    try {
      await run(['--workers', '2', 'samples'], io);
    } finally {
      recorder.restore();
    }
    assert.ok(forbidden(recorder.calls).some((c) => c.kind === 'worker'), JSON.stringify(forbidden(recorder.calls)));
  });

  it('the real CLI process, with a preload that records and refuses network, DNS, processes and workers', async () => {
    const log = join(out, 'calls.jsonl');
    const env = { NODE_OPTIONS: `--require ${PRELOAD}`, IL_RECORD_FILE: log };
    const fixtures = fixturesIn(out);
    for (const args of [
      ['--format', 'sarif', 'samples', fixtures],
      ['--format', 'html', '--output', join(out, 'r.html'), 'samples'],
      ['--fix-dry-run', 'samples'],
      ['report', 'samples/complete/voorbeeld-samen-kijken.intervention.yaml'],
      ['export', 'samples/complete/voorbeeld-samen-kijken.intervention.yaml', '--format', 'docx', '--output', join(out, 'w.docx')],
    ]) {
      const result = await runCli(args, { env });
      assert.ok(result.code === 0 || result.code === 1, `${args.join(' ')}: exit ${result.code}\n${result.stderr}`);
    }
    const calls = recordedIn(log);
    assert.ok(calls.some((c) => c.kind === 'fs' && c.what.includes(fixtures)), 'the preload recorded the files being read');
    assert.deepEqual(forbidden(calls), []);
  });

  it('the real language server process: workspace scan, open, edit, hover, completion, code actions, reports', async () => {
    const log = join(out, 'calls.jsonl');
    const server = spawnServer({ env: { NODE_OPTIONS: `--require ${PRELOAD}`, IL_RECORD_FILE: log } });
    const client = await connect(server, SAMPLES);
    try {
      const uri = fileUri(join(SAMPLES, 'complete', 'voorbeeld-samen-kijken.intervention.yaml'));
      await client.diagnostics(fileUri(join(SAMPLES, 'databank', 'vipp-sd.intervention.yaml')), () => true);
      const text = readFileSync(join(SAMPLES, 'complete', 'voorbeeld-samen-kijken.intervention.yaml'), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text } });
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('label: small', 'label: groot') }] });
      await client.diagnostics(uri, (p) => p.version === 2);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 20, character: 2 } });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }, context: { diagnostics: [], only: ['quickfix', 'source.fixAll'] } });
      await client.connection.sendRequest('interventionLint/evidenceReport', { uri });
      await client.connection.sendRequest('interventionLint/checkWorkspace', {});
    } finally {
      await client.close();
      await server.exited;
    }
    const calls = recordedIn(log);
    assert.ok(calls.some((c) => c.kind === 'fs' && c.what.includes('vipp-sd')), 'the preload recorded the workspace scan');
    assert.deepEqual(forbidden(calls), []);
  });
});

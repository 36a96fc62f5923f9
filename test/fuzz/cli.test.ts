import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fc from 'fast-check';
import { run } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { fuzzAsync } from './support';
import { tempDir } from '../support/workspace';

const FILES: Record<string, string | Buffer> = {
  'a.intervention.yaml': completeSample(),
  'fixable.intervention.yaml': completeSample().replace(/^format: .*$/m, 'format: intervention/v2'),
  'labels.intervention.yaml': completeSample().replace(/label: small/g, 'label: groot'),
  'broken.intervention.yaml': 'format: intervention/v1\nid: "unclosed\n',
  'nul.intervention.yaml': Buffer.from([0x66, 0x3a, 0x00, 0x01, 0xff]),
  'latin1.intervention.yaml': Buffer.from('format: intervention/v1\nname: caf\xe9\n', 'latin1'),
  'dir/c.intervention.yaml': completeSample().replace(/^ {2}sessions: .*$/m, '  sessions: 40'),
  'configs/good.yaml': 'rules:\n  missing-needs-assessment: warning\nlanguage: nl\n',
  'configs/bad.yaml': 'rules:\n  no-such-rule: error\n$ref: https://example.invalid/x.yaml\n',
  'configs/binary.yaml': Buffer.from([0x00, 0xff, 0xfe, 0x10, 0x3a, 0x0a]),
};

/** A workspace inside a private folder, so that even `../x` outputs stay in the test's own folder. */
export function workspace(): { root: string; cwd: string } {
  const root = tempDir('il-fuzz-cli-');
  const cwd = join(root, 'ws');
  reset(root, cwd);
  return { root, cwd };
}

/**
 * Back to the original files before every case: what `init`, `--fix`, `--output` or a baseline wrote
 * must not pile up (a replayed case then also starts from the same state).
 */
function reset(root: string, cwd: string): void {
  for (const name of readdirSync(root)) if (name !== 'ws') rmSync(join(root, name), { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    writeFileSync(join(cwd, name), content);
  }
}

const COMMANDS = ['check', 'rules', 'explain', 'report', 'export', 'summary', 'init', 'help', 'nonsense'];
const PATHS = [
  'a.intervention.yaml', 'fixable.intervention.yaml', 'labels.intervention.yaml', 'broken.intervention.yaml', 'nul.intervention.yaml',
  'latin1.intervention.yaml', 'dir', 'dir/', '.', 'missing.intervention.yaml', '*.intervention.yaml', 'dir/**/*.yaml', 'nomatch*.yaml', '',
  'configs/binary.yaml', 'schema', 'format-version', 'no-such-rule', 'Nieuwe Interventie', 'ünïcode naam', '-', '--', 'x\u0000y', '../ws/a.intervention.yaml',
];
const OUTPUTS = ['out.txt', 'sub/out.json', '../up.txt', '', 'missing-dir/deeper/x.txt', 'dir', 'configs/binary.yaml/x', '-'];
const VALUED: Readonly<Record<string, readonly string[]>> = {
  '--format': ['text', 'json', 'sarif', 'junit', 'github', 'gitlab', 'html', 'md', 'csv', 'docx', '', 'nope', 'json:out.json', 'sarif:', 'html:sub/r.html', 'junit:missing-dir/x/r.xml', 'text:dir'],
  '--output': OUTPUTS,
  '--config': ['configs/good.yaml', 'configs/bad.yaml', 'configs/binary.yaml', 'missing.yaml', 'dir', ''],
  '--fail-on': ['error', 'warning', 'info', 'hint', '', 'x'],
  '--max-warnings': ['0', '5', '-1', 'x', '1e3', '99999999999999999999', ''],
  '--language': ['nl', 'en', 'de', ''],
  '--baseline': ['baseline.json', 'missing.json', 'configs/binary.yaml', 'dir', 'a.intervention.yaml'],
  '--update-baseline': ['baseline.json', 'dir', 'sub/b.json', 'missing-dir/x/b.json'],
  '--category': ['sensitivity', 'other', 'nope', ''],
  '--cache-location': ['.cache', 'dir', 'sub/c', 'configs/binary.yaml'],
  '--workers': ['0', '1', '-1', 'x', '1.5', '1e400'],
};
const FLAGS = ['--fix', '--fix-dry-run', '--cache', '--help', '-h', '--version', '-v', '--stdio', '--nope', '-x', '-f'];

/**
 * Random argument vectors: an optional command, then options, flags and paths in any order. Worker
 * threads (`--workers 2`) only for the real process: in-process they would load the unbundled
 * sources, which takes seconds.
 */
export function argv(threads: boolean): fc.Arbitrary<string[]> {
  const valued: Readonly<Record<string, readonly string[]>> = threads ? { ...VALUED, '--workers': [...VALUED['--workers']!, '2', '3'] } : VALUED;
  const part: fc.Arbitrary<string[]> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(valued)).chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...valued[name]!), fc.boolean()).map(([n, v, joined]) => (joined ? [`${n}=${v}`] : [n, v]))) },
    { weight: 2, arbitrary: fc.constantFrom(...FLAGS).map((flag) => [flag]) },
    { weight: 3, arbitrary: fc.constantFrom(...PATHS).map((path) => [path]) },
    // Not an absolute path or a way up: a glob like `/**` would crawl the whole file system.
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }).filter((s) => !s.startsWith('/') && !s.includes('..')).map((s) => [s]) },
  );
  return fc
    .tuple(fc.option(fc.constantFrom(...COMMANDS), { nil: undefined }), fc.array(part, { maxLength: 7 }))
    .map(([command, parts]) => [...(command ? [command] : []), ...parts.flat()])
    // `server` would start a language server on this process's stdin and never return.
    .filter((args) => !args.includes('server'));
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

function captureIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stderrIsTTY: false,
    out: '',
    err: '',
    write(text: string) {
      io.out += text;
    },
    error(text: string) {
      io.err += text;
    },
  };
  return io;
}

describe('fuzz: the CLI answers any arguments with exit code 0, 1 or 2 and a message, never a stack trace', function () {
  this.timeout(0);
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('run() in-process: random commands, options, flags and paths', async () => {
    const { root, cwd } = workspace();
    roots.push(root);
    await fuzzAsync('cli: run() with random arguments', 1000, (measure) =>
      fc.asyncProperty(argv(false), async (args) => {
        reset(root, cwd);
        const io = captureIo(cwd);
        const code = await measure(() => run(args, io));
        assert.ok(code === 0 || code === 1 || code === 2, `exit code ${code}`);
        assert.doesNotMatch(io.err, /internal error/i);
        assert.doesNotMatch(io.err, STACK);
        if (code === 2) assert.ok(io.err.trim().length > 0, 'exit code 2 without a message on stderr');
      }),
    );
  });

  it('the real process: a smaller number of random argument vectors', async () => {
    const { root, cwd } = workspace();
    roots.push(root);
    await fuzzAsync(
      'cli: real process with random arguments',
      20,
      (measure) =>
        fc.asyncProperty(argv(true), async (args) => {
          reset(root, cwd);
          const result = await measure(() => runCli(args.filter((a) => !a.includes('\u0000')), { cwd }));
          assert.ok(result.code === 0 || result.code === 1 || result.code === 2, `exit code ${result.code}\n${result.stderr}`);
          assert.doesNotMatch(result.stderr, /internal error/i);
          assert.doesNotMatch(result.stderr, STACK);
        }),
      20000,
    );
  });
});

/**
 * The README as a tested artefact: every line of its ```sh blocks is run here (or, where it needs
 * what a unit test cannot have, by the named suite), and a line no test knows fails this test. The
 * example outputs are generated from real runs (scripts/readme-outputs.ts, test/unit/generated).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outputBlockCount } from '../../scripts/readme-outputs';
import { shellBlocks } from '../support/readme';
import { checkoutCopy } from '../support/pack';
import { ROOT, SAMPLES } from '../support/paths';
import { runCli, type JsonFinding } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Splits a command line as the shell would for these examples: spaces, and double or single quotes. */
function words(command: string): string[] {
  const out: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3] ?? '');
  return out;
}

/** Lines that need more than a unit test may do, and the suite that runs them. */
const ELSEWHERE: readonly { pattern: RegExp; by: string; check: () => void }[] = [
  {
    pattern: /^npm ci && npm test$/,
    by: '.ci/run on a fresh checkout (the suite cannot run itself)',
    check: () => {
      const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
      assert.match(ci, /^npm ci\b/m);
      assert.match(ci, /^npm test$/m);
      assert.match(SCRIPTS['pretest'] ?? '', /scripts\/provision\.sh/, 'npm test provisions what the tests need');
    },
  },
  {
    pattern: /^(?:npm install --save-dev --save-exact intervention-lint@|npx --yes intervention-lint@|npm ci && npm link$|intervention-lint --version$)/,
    by: 'test/full/ci-recipes-registry.test.ts (needs the local registry)',
    check: () => assert.ok(readFileSync(join(ROOT, 'test', 'full', 'ci-recipes-registry.test.ts'), 'utf8').includes('shellBlocks(')),
  },
  {
    pattern: /^(?:npm ci && npm run package|code --install-extension intervention-lint\.vsix)$/,
    by: 'npm run test:ui (packages the .vsix and installs it in a real VS Code)',
    check: () => {
      assert.match(SCRIPTS['test:ui'] ?? '', /npm run package/);
      assert.ok(existsSync(join(ROOT, 'test', 'ui', 'vsix.ts')));
    },
  },
  {
    pattern: /^npm run (?:build|watch|lint|generate)$/,
    by: 'the development scripts (build runs before every test run, generate is checked by test/unit/generated)',
    check: () => {
      for (const script of ['build', 'watch', 'lint', 'generate']) assert.ok(SCRIPTS[script], `package.json has no script ${script}`);
    },
  },
];

function workspaceWithSamples(): string {
  const dir = makeWorkspace({});
  cpSync(SAMPLES, join(dir, 'samples'), { recursive: true });
  copyFileSync(join(ROOT, '.intervention-lint.yaml'), join(dir, '.intervention-lint.yaml'));
  return dir;
}

describe('README: every command example runs', function () {
  this.timeout(120_000);
  const blocks = shellBlocks(README);
  const folders: string[] = [];
  after(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('has examples, and every line is either run here or by a named suite', () => {
    assert.ok(blocks.length >= 6);
    const unknown = blocks.flat().filter((line) => !line.startsWith('intervention-lint ') && line !== 'npm ci && npm start' && !ELSEWHERE.some((e) => e.pattern.test(line)));
    assert.deepEqual(unknown, [], 'a README command that no test runs');
    for (const entry of ELSEWHERE) {
      assert.ok(blocks.flat().some((line) => entry.pattern.test(line)), `no README line for ${entry.by} any more: drop it from ELSEWHERE`);
      entry.check();
    }
    assert.equal(outputBlockCount(README), 1, 'the text output example is generated from a real run');
  });

  it('the Quick start has exactly the two commands, and `npm start` checks the samples', () => {
    const quick = blocks[0];
    assert.deepEqual(quick, ['npm ci && npm start', 'npm ci && npm test']);
    // In a copy: `npm start` rebuilds dist/, which other tests (in parallel) run meanwhile.
    const copy = checkoutCopy();
    try {
      const start = spawnSync('npm', ['start', '--silent'], { cwd: copy.dir, encoding: 'utf8', timeout: 120_000 });
      assert.equal(start.status, 0, start.stderr);
      assert.match(start.stdout, /✖ \d+ problems .* in \d+ files of 22 checked/);
    } finally {
      copy.remove();
    }
  });

  for (const [index, block] of blocks.entries()) {
    const commands = block.filter((line) => line.startsWith('intervention-lint ') && !ELSEWHERE.some((e) => e.pattern.test(line)));
    if (commands.length === 0) continue;
    it(`block ${index + 1}: ${commands.length} intervention-lint example(s) run in a copy of the samples, in order`, async () => {
      const dir = workspaceWithSamples();
      folders.push(dir);
      for (const command of commands) {
        for (const part of command.split(' && ')) {
          const run = await runCli(words(part).slice(1), { cwd: dir });
          assert.ok(run.code === 0 || run.code === 1, `\`${part}\` exited with ${run.code}: ${run.stderr}`);
          assert.doesNotMatch(run.stderr, /internal error|--help/, part);
          const output = /(?:^| )(?:-o|--output) (\S+)/.exec(part)?.[1] ?? /:(\S+\.(?:sarif|xml|html))/.exec(part)?.[1];
          if (output !== undefined) assert.ok(existsSync(join(dir, output)), `\`${part}\` wrote ${output}`);
        }
      }
    });
  }

  it('a path-less run in this repository checks the samples, never the test fixtures', async () => {
    const run = await runCli(['--format', 'json']);
    const files = new Set((JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.file.split('/')[0]));
    assert.deepEqual([...files], ['samples']);
    const dry = await runCli(['--fix-dry-run']);
    assert.doesNotMatch(dry.stdout, /test\/fixtures/);
  });
});

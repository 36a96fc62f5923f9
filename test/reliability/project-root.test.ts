/**
 * Case 2 of the hardening issue (spec §6): `files` globs are resolved inside the project root; a
 * glob or a linked folder that leads outside it is a config error, never a file to read or fix.
 * Paths named on the command line stay the user's choice.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leavesRoot } from '../../server/src/core';
import { fileUri, messageText, startServer, type LspSession } from '../support/lsp-client';
import { runCli, type JsonFinding } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { tempDir } from '../support/workspace';

/** A file outside the project that a fix would change (no `format:` line). */
const VICTIM = 'services:\n  web:\n    image: nginx\n';

describe('config globs never reach outside the project root', function () {
  this.timeout(60_000);
  let base: string;
  let root: string;
  beforeEach(() => {
    base = tempDir('il-root-');
    root = join(base, 'project');
    mkdirSync(root);
    mkdirSync(join(base, 'victim'));
    writeFileSync(join(base, 'victim', 'docker-compose.yaml'), VICTIM);
    writeFileSync(join(root, 'a.intervention.yaml'), completeSample());
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));
  const untouched = (): void => assert.equal(readFileSync(join(base, 'victim', 'docker-compose.yaml'), 'utf8'), VICTIM);

  it('names the patterns that leave the root', () => {
    for (const p of ['../x/*.yaml', '/etc/*', 'a/../../b', '~/x.yaml', 'C:\\x\\*.yaml', '\\\\server\\share\\*.yaml', 'sub/..']) assert.ok(leavesRoot(p), p);
    for (const p of ['**/*.intervention.yaml', 'docs/*.yaml', 'a..b.yaml', '..x/y.yaml', 'x:y.yaml']) assert.ok(!leavesRoot(p), p);
  });

  for (const pattern of ['../victim/*.yaml', '/etc/*', `${'a/'.repeat(3)}${'../'.repeat(4)}victim/*.yaml`]) {
    it(`files: [${JSON.stringify(pattern)}] is a located config error; --fix writes nothing outside`, async () => {
      writeFileSync(join(root, '.intervention-lint.yaml'), `files: ["**/*.intervention.yaml", ${JSON.stringify(pattern)}]\n`);
      const run = await runCli(['--fix'], { cwd: root });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /invalid config\n\.intervention-lint\.yaml:1:\d+: The pattern .* leads outside the project folder/);
      untouched();
    });
  }

  it('a pattern through a linked folder out of the root is a config error; --fix writes nothing there', async () => {
    symlinkSync(join(base, 'victim'), join(root, 'linked'));
    writeFileSync(join(root, '.intervention-lint.yaml'), 'files: ["linked/*.yaml"]\n');
    const run = await runCli(['--fix'], { cwd: root });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config: the `files` patterns reach linked\/docker-compose\.yaml through a symbolic link to .*victim, outside the project folder/);
    untouched();
  });

  it('a path named on the command line outside the root is still checked (the user chose it)', async () => {
    writeFileSync(join(base, 'victim', 'b.intervention.yaml'), completeSample().replace('category: sensitivity', 'category: wrong'));
    const run = await runCli(['--format', 'json', '../victim/b.intervention.yaml'], { cwd: root });
    assert.equal(run.code, 1, run.stderr);
    assert.ok((JSON.parse(run.stdout) as JsonFinding[]).some((f) => f.file === '../victim/b.intervention.yaml' && f.ruleId === 'schema'));
  });

  describe('the language server', () => {
    let session: LspSession | undefined;
    afterEach(async () => {
      await session?.close();
      session = undefined;
    });

    it('publishes a config error for an escaping pattern and nothing for the files outside', async () => {
      writeFileSync(join(base, 'victim', 'c.intervention.yaml'), completeSample().replace('category: sensitivity', 'category: wrong'));
      writeFileSync(join(root, '.intervention-lint.yaml'), 'files: ["../victim/*.yaml"]\n');
      session = await startServer({ root });
      const config = await session.waitForDiagnostics(fileUri(join(root, '.intervention-lint.yaml')), (p) => p.diagnostics.length > 0);
      assert.match(messageText(config.diagnostics[0]), /leads outside the project folder/);
      await session.waitForDiagnostics(fileUri(join(root, 'a.intervention.yaml')));
      assert.ok(![...session.pushed.keys()].some((uri) => uri.includes('/victim/')), [...session.pushed.keys()].join('\n'));
    });

    it('checks nothing through a linked folder out of the root, and says so in the log', async () => {
      writeFileSync(join(base, 'victim', 'c.intervention.yaml'), completeSample().replace('category: sensitivity', 'category: wrong'));
      symlinkSync(join(base, 'victim'), join(root, 'linked'));
      writeFileSync(join(root, '.intervention-lint.yaml'), 'files: ["linked/*.yaml"]\n');
      session = await startServer({ root });
      const s = session;
      await new Promise<void>((resolve) => {
        const poll = (): void => (s.logs.some((l) => l.includes('description(s) in the workspace')) ? resolve() : void setTimeout(poll, 20));
        poll();
      });
      assert.ok(session.logs.some((l) => /linked\/c\.intervention\.yaml leads outside the project folder .*; it is not checked/.test(l)), session.logs.join('\n'));
      assert.ok(![...session.pushed.keys()].some((uri) => uri.includes('/linked/')), [...session.pushed.keys()].join('\n'));
    });
  });
});

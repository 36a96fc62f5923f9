/**
 * Case 4 of the hardening issue: values from a description and file names never reach a terminal
 * or a CI log raw: no ESC sequence, no carriage return, no line that starts a workflow command.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalSafe } from '../../server/src/markup/terminal';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';

const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\r\n::stop-commands::tok\n::error file=README.md,line=1::fake\u202e';
const hostileDescription = (): string => completeSample().replace('category: sensitivity', `category: ${JSON.stringify(HOSTILE)}`);

function assertClean(output: string, where: string): void {
  assert.doesNotMatch(output, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/, `${where} carries a control character: ${JSON.stringify(output.slice(0, 400))}`);
  assert.doesNotMatch(output, /^::/m, `${where} has a line that starts a workflow command`);
}

describe('no terminal or CI injection through human-facing output', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'il-inject-'));
    writeFileSync(join(dir, 'a.intervention.yaml'), hostileDescription());
    writeFileSync(join(dir, 'x\n::error file=README.md::name\u001b[31m.intervention.yaml'), hostileDescription());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows each control character as a visible escape', () => {
    assert.equal(terminalSafe('a\u001b[2Jb\r\nc\u0007\u202e\td'), 'a\\e[2Jb\\r\\nc\\u{7}\\u{202e}\td');
  });

  it('the default text output and standard error carry none of them, but show the value', async () => {
    const run = await runCli(['.'], { cwd: dir, env: { FORCE_COLOR: '' } });
    assert.equal(run.code, 1, run.stderr);
    assertClean(run.stdout, 'stdout');
    assertClean(run.stderr, 'stderr');
    assert.match(run.stdout, /\\e\[2J\\e\]0;pwned\\u\{7\}\\r\\n::stop-commands::tok/);
    assert.match(run.stdout, /x\\n::error file=README\.md::name\\e\[31m\.intervention\.yaml:\d+:\d+/);
  });

  it('with colours on, only the tool’s own colour codes are ESC sequences', async () => {
    const run = await runCli(['a.intervention.yaml'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    const withoutOwn = run.stdout.replace(/\u001b\[\d+m/g, '');
    assertClean(withoutOwn, 'coloured stdout');
  });

  it('a hostile argument or path in an error message is neutralised too', async () => {
    const run = await runCli(['--language', '\u001b]0;x\u0007', 'a.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 2);
    assertClean(run.stderr, 'usage error');
    const missing = await runCli(['nope\r\n::warning::x.intervention.yaml'], { cwd: dir });
    assertClean(missing.stderr, 'cannot read');
  });

  it('summary --format text is neutralised', async () => {
    const run = await runCli(['summary', '.', '--format', 'text'], { cwd: dir });
    assertClean(run.stdout, 'summary');
  });
});

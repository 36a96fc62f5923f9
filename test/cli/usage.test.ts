import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { runCli } from '../support/run-cli';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const HELP_HINT = /--help/;

describe('the CLI helps a new user (the real process)', () => {
  let dir = '';
  before(() => {
    const clean = completeSample();
    const warned = clean.replace(/^  sessions: .*$/m, '  sessions: 40').replace(/^id: .*$/m, 'id: warned');
    dir = makeWorkspace({ 'a.intervention.yaml': warned, 'b.intervention.yaml': warned.replace(/^id: .*$/m, 'id: warned-too') });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { args: string[]; en: RegExp; nl: RegExp }[] = [
    { args: ['--fromat', 'json'], en: /Unknown option "--fromat"\. Did you mean "--format"\?/, nl: /Onbekende optie "--fromat"\. Bedoelt u "--format"\?/ },
    { args: ['chek'], en: /Unknown command "chek"\. Did you mean "check"\?/, nl: /Onbekende opdracht "chek"\. Bedoelt u "check"\?/ },
    { args: ['explain', 'sessions-range'], en: /Did you mean "sessions-outside-effective-range"\?/, nl: /Bedoelt u "sessions-outside-effective-range"\?/ },
    { args: ['explain', 'missing-rational'], en: /Did you mean "missing-rationale"\?/, nl: /Bedoelt u "missing-rationale"\?/ },
    { args: ['--format', 'jsno'], en: /Unknown format "jsno"\. Did you mean "json"\?/, nl: /Onbekend formaat "jsno"\. Bedoelt u "json"\?/ },
    { args: ['--fail-on', 'warn'], en: /Did you mean "warning"\?/, nl: /Bedoelt u "warning"\?/ },
    { args: ['rules', '--fix', '--baseline', 'x'], en: /rules does not take --fix, --baseline \(it takes --format\)/, nl: /rules kent --fix, --baseline niet \(wel: --format\)/ },
    { args: ['init', 'X', '--fail-on', 'warning'], en: /init does not take --fail-on/, nl: /init kent --fail-on niet/ },
    { args: ['explain', 'a', 'b'], en: /explain takes one argument; unexpected "b"/, nl: /explain neemt één argument; onverwacht: "b"/ },
    { args: ['--config'], en: /--config needs a value/, nl: /--config heeft een waarde nodig/ },
    { args: ['--fix=yes'], en: /--fix takes no value/, nl: /--fix heeft geen waarde/ },
  ];
  for (const { args, en, nl } of cases) {
    it(`${args.join(' ')}: a usage error (exit 2) that says what to do, in English and in Dutch`, async () => {
      const english = await runCli(args, { cwd: dir });
      assert.equal(english.code, 2, english.stderr);
      assert.match(english.stderr, en);
      assert.match(english.stderr, HELP_HINT);
      assert.doesNotMatch(english.stderr, /positional|ERR_PARSE_ARGS|at .*\.js:\d+/, 'no parser internals or stack');
      const dutch = await runCli([...args, '--language', 'nl'], { cwd: dir });
      assert.equal(dutch.code, 2, dutch.stderr);
      assert.match(dutch.stderr, nl);
      assert.match(dutch.stderr, /Zie `intervention-lint --help --language nl`/);
    });
  }

  it('--help speaks the chosen language and lists the same commands, options and examples in both', async () => {
    const english = await runCli(['--help'], { cwd: dir });
    const dutch = await runCli(['--help', '--language', 'nl'], { cwd: dir });
    assert.equal(english.code, 0, english.stderr);
    assert.equal(dutch.code, 0, dutch.stderr);
    assert.match(english.stdout, /^Usage$/m);
    assert.match(dutch.stdout, /^Gebruik$/m);
    assert.doesNotMatch(dutch.stdout, /^(Usage|Options for check|Exit status|Examples)$/m);
    const tokens = (text: string): string[] =>
      [...new Set(text.match(/(?<![\w-])(--?[a-z][\w-]*|intervention-lint [a-z]+)/g) ?? [])].sort();
    assert.deepEqual(tokens(dutch.stdout), tokens(english.stdout));
    const examples = (text: string): string => text.slice(text.indexOf('\n  intervention-lint samples/\n'));
    assert.equal(examples(dutch.stdout), examples(english.stdout));
    assert.ok(examples(english.stdout).length > 200, 'the examples block was found');
  });

  it('a subcommand-like word that is an existing file is checked, not corrected', async () => {
    const own = makeWorkspace({ chek: completeSample() });
    try {
      const run = await runCli(['chek'], { cwd: own });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /1 file checked, no problems/);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('a run that read nothing never shows ✔, and an unreadable file is no usage error', async () => {
    const run = await runCli(['missing.intervention.yaml'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stdout, /✔/);
    assert.match(run.stdout, /✖ 1 file could not be read \(0 files checked, no problems\)/);
    assert.doesNotMatch(run.stderr, HELP_HINT);
    const dutch = await runCli(['missing.intervention.yaml', '--language', 'nl'], { cwd: dir });
    assert.match(dutch.stdout, /✖ 1 bestand kon niet worden gelezen \(0 bestanden gecontroleerd, geen bevindingen\)/);
    assert.match(dutch.stderr, /kan missing\.intervention\.yaml niet lezen/);
  });

  it('errors about input, not usage, carry no --help hint', async () => {
    const config = await runCli(['--config', 'nope.yaml'], { cwd: dir });
    assert.equal(config.code, 2);
    assert.match(config.stderr, /Config file not found: nope\.yaml/);
    assert.doesNotMatch(config.stderr, HELP_HINT);
    const exported = await runCli(['export', 'nope.intervention.yaml'], { cwd: dir });
    assert.equal(exported.code, 2);
    assert.doesNotMatch(exported.stderr, HELP_HINT);
  });

  it('--max-warnings says how many warnings there were and how many were allowed', async () => {
    const run = await runCli(['--max-warnings', '1'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /2 warnings, more than the allowed 1 \(--max-warnings\)/);
    const dutch = await runCli(['--max-warnings', '0', '--language', 'nl'], { cwd: dir });
    assert.equal(dutch.code, 1);
    assert.match(dutch.stderr, /2 waarschuwingen, meer dan de toegestane 0 \(--max-warnings\)/);
    const within = await runCli(['--max-warnings', '2'], { cwd: dir });
    assert.equal(within.code, 0);
    assert.doesNotMatch(within.stderr, /more than the allowed/);
  });

  it('an unclosed [ or { is reported at the bracket, by name, not as indentation', async () => {
    const text = completeSample().replace(/^id: .*$/m, 'id: open\ntags: [a, b');
    const own = makeWorkspace({ 'open.intervention.yaml': text });
    try {
      const run = await runCli(['--format', 'json'], { cwd: own });
      const findings = JSON.parse(run.stdout) as { ruleId: string; message: string; range: { start: { line: number; column: number } } }[];
      const line = text.split('\n').findIndex((l) => l.startsWith('tags: [')) + 1;
      assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column]), [['yaml-syntax', line, 7]]);
      assert.match(findings[0]!.message, new RegExp(`The \`\\[\` opened at line ${line}, column 7 is never closed: add \`\\]\``));
      const dutch = await runCli(['--format', 'json', '--language', 'nl'], { cwd: own });
      assert.match(dutch.stdout, /De `\[` op regel \d+, kolom 7 wordt nergens gesloten/);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});

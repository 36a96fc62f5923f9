import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, SAMPLES } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The arguments after `npx --yes intervention-lint@<version>` in a recipe's command line, which must
 * pin this version. (test/full/ci-recipes-registry.test.ts runs the lines as written, npx included.)
 */
function cliArgs(command: string): string[] {
  const match = /npx --yes intervention-lint@(\S+)((?:\s+\S+)*)\s*$/.exec(command);
  assert.ok(match, `no pinned npx intervention-lint call in: ${command}`);
  assert.equal(match[1], VERSION, 'the recipe installs the version of this package');
  return match[2]!.trim().split(/\s+/).filter(Boolean);
}

/** The arguments of the pre-commit hook's entry (pre-commit appends the staged files). */
function entryArgs(entry: string): string[] {
  const match = /^intervention-lint((?:\s+\S+)*)\s*$/.exec(entry);
  assert.ok(match, `the hook does not run intervention-lint: ${entry}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

function workspaceWithSamples(): string {
  const dir = makeWorkspace({});
  cpSync(SAMPLES, join(dir, 'samples'), { recursive: true });
  return dir;
}

describe('CI recipes in docs/ci (run as far as this machine allows)', () => {
  it('GitHub Actions: the check step gives annotations and a valid SARIF file for the upload step', async () => {
    const workflow = parse(readFileSync(join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: { check: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } };
    };
    assert.equal(workflow.permissions['security-events'], 'write');
    const steps = workflow.jobs.check.steps;
    const check = steps.find((s) => s.run?.includes('intervention-lint'));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.ok(check?.run && upload?.with);
    const dir = workspaceWithSamples();
    const run = await runCli(cliArgs(check.run), { cwd: dir });
    assert.equal(run.code, 1, 'the databank drafts have errors, so the job fails');
    assert.match(run.stdout, /^::error file=samples\/databank\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=missing-rationale::/m);
    const sarif = join(dir, upload.with['sarif_file']!);
    assert.ok(existsSync(sarif));
    assert.equal((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version, '2.1.0');
  });

  it('GitLab CI: the job writes the Code Quality report it declares', async () => {
    const config = parse(readFileSync(join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>;
    const job = config['intervention-lint']!;
    const dir = workspaceWithSamples();
    const run = await runCli(cliArgs(job.script[0]!), { cwd: dir });
    assert.equal(run.code, 1);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
    assert.ok(report.length > 0);
    assert.ok(report.every((issue) => issue.location.lines.begin >= 1 && issue.location.path.startsWith('samples/')));
  });

  it('pre-commit: the hook passes clean staged files and fails on files with errors', async () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    const hook = hooks.find((h) => h.id === 'intervention-lint');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    const pattern = new RegExp(hook.files);
    assert.ok(pattern.test('a/b.intervention.yaml') && pattern.test('x.intervention.yml') && !pattern.test('x.yaml'));
    const dir = workspaceWithSamples();
    const args = entryArgs(hook.entry);
    // pre-commit appends the staged file names to the entry
    const clean = await runCli([...args, 'samples/complete/voorbeeld-samen-kijken.intervention.yaml'], { cwd: dir });
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    const broken = await runCli([...args, 'samples/databank/vipp-sd.intervention.yaml'], { cwd: dir });
    assert.equal(broken.code, 1);
    const user = parse(readFileSync(join(ROOT, 'docs', 'ci', 'pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; hooks: { id: string; entry: string; additional_dependencies: string[] }[] }[] };
    const local = user.repos[0]?.hooks[0];
    assert.equal(local?.id, hook.id);
    assert.deepEqual(local.additional_dependencies, [`intervention-lint@${VERSION}`], 'the recipe installs the pinned release');
    assert.equal(local.entry, hook.entry);
  });
});

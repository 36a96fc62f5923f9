/**
 * The CI recipes in docs/ci, run as written against a real npm registry on 127.0.0.1 (verdaccio)
 * that holds the packed tarball: the commands are taken from the recipe files, not retyped here.
 * Part of `npm run test:full`; needs Debian's pre-commit (scripts/provision.sh --full).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkoutCopy, packIntoCopy } from '../support/pack';
import { ROOT, SAMPLES } from '../support/paths';
import { startRegistry, type LocalRegistry } from '../support/registry';
import { makeWorkspace } from '../support/workspace';
import { shellBlocks } from '../support/readme';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Shell {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a recipe's command line with bash, as the CI runner would, bounded in time. */
function sh(command: string, cwd: string, env: Readonly<Record<string, string>>, timeoutMs = 120_000): Promise<Shell> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}


function recipe<T>(path: string): T {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

describe('CI recipes as written, against a local npm registry (verdaccio on 127.0.0.1)', function () {
  this.timeout(300_000);
  let registry: LocalRegistry | undefined;
  const folders: string[] = [];
  const folder = (files: Record<string, string> = {}): string => {
    const dir = makeWorkspace(files);
    folders.push(dir);
    return dir;
  };
  const withSamples = (): string => {
    const dir = folder();
    cpSync(SAMPLES, join(dir, 'samples'), { recursive: true });
    return dir;
  };

  before(async () => {
    registry = await startRegistry();
    const packed = packIntoCopy();
    try {
      execFileSync('npm', ['publish', packed.tarball], { cwd: folder(), env: { ...process.env, ...registry.env }, stdio: 'pipe' });
    } finally {
      packed.remove();
    }
  });
  after(async () => {
    await registry?.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('the registry serves the published version, and npx runs it from an empty folder', async () => {
    const view = await sh('npm view intervention-lint version', folder(), registry!.env);
    assert.equal(view.stdout.trim(), VERSION, view.stderr);
    const run = await sh(`npx --yes intervention-lint@${VERSION} --version`, folder(), registry!.env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${VERSION}\n`);
  });

  it('GitHub Actions: the pinned check step annotates and writes SARIF that passes the SARIF multitool', async () => {
    const workflow = recipe<{ permissions: Record<string, string>; jobs: { check: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } } }>('docs/ci/github-actions.yml');
    const steps = workflow.jobs.check.steps;
    const check = steps.find((s) => s.run?.includes('intervention-lint'))?.run;
    const sarifFile = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.['sarif_file'];
    assert.ok(check !== undefined && sarifFile !== undefined);
    assert.match(check, new RegExp(`npx --yes intervention-lint@${VERSION.replace(/\./g, '\\.')} `), 'the recipe pins the released version');
    const dir = withSamples();
    const run = await sh(check, dir, registry!.env);
    assert.equal(run.code, 1, `the databank drafts have errors, so the job fails\n${run.stderr}`);
    assert.match(run.stdout, /^::error file=samples\/databank\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=missing-rationale::/m);
    const sarif = join(dir, sarifFile);
    const report = join(dir, 'validation.sarif');
    const tool = join(ROOT, 'node_modules', '.bin', 'sarif-multitool');
    execFileSync(tool, ['validate', sarif, '-o', report], { stdio: 'pipe', timeout: 120_000 });
    const validation = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results?: { level?: string; message: { text?: string } }[] }[] };
    assert.deepEqual((validation.runs[0]?.results ?? []).filter((r) => r.level === 'error').map((r) => r.message.text), []);
  });

  it('GitLab CI: the pinned job writes the Code Quality report it declares', async () => {
    const config = recipe<Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>>('docs/ci/gitlab-ci.yml');
    const job = config['intervention-lint']!;
    const dir = withSamples();
    const run = await sh(job.script.join('\n'), dir, registry!.env);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /✖ \d+ problems/);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as { location: { path: string; lines: { begin: number } } }[];
    assert.ok(report.length > 0);
    assert.ok(report.every((issue) => issue.location.lines.begin >= 1 && issue.location.path.startsWith('samples/')));
  });

  it('pre-commit: Debian\'s pre-commit installs the pinned hook from the registry, passes clean files and stops a commit with findings', async () => {
    const dir = folder({ '.pre-commit-config.yaml': readFileSync(join(ROOT, 'docs', 'ci', 'pre-commit-config.yaml'), 'utf8') });
    const env = { ...registry!.env, PRE_COMMIT_HOME: join(dir, '.cache-pre-commit'), GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    writeFileSync(join(dir, '.gitignore'), '.cache-pre-commit/\n');
    cpSync(join(SAMPLES, 'complete', 'voorbeeld-samen-kijken.intervention.yaml'), join(dir, 'clean.intervention.yaml'));
    const setup = await sh('git init -q . && git add -A', dir, env);
    assert.equal(setup.code, 0, setup.stderr);
    const clean = await sh('pre-commit run', dir, env, 240_000);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /intervention-lint\.+Passed/);
    cpSync(join(SAMPLES, 'databank', 'vipp-sd.intervention.yaml'), join(dir, 'draft.intervention.yaml'));
    await sh('git add draft.intervention.yaml', dir, env);
    const broken = await sh('pre-commit run', dir, env);
    assert.equal(broken.code, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, /intervention-lint\.+Failed/);
    assert.match(broken.stdout, /draft\.intervention\.yaml:\d+:\d+ +error/);
  });

  it('README: the install commands run as written (npm install --save-dev, npx, npm link in a clone)', async () => {
    const lines = shellBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')).flat();
    const install = lines.find((l) => l.startsWith('npm install --save-dev --save-exact intervention-lint@'));
    const once = lines.find((l) => l.startsWith('npx --yes intervention-lint@'));
    assert.ok(install !== undefined && once !== undefined, 'the README shows both ways to install');
    assert.ok(install.endsWith(`@${VERSION}`) && once.includes(`@${VERSION} `), 'pinned to this version');
    const project = folder({ 'package.json': '{ "name": "project", "version": "1.0.0", "private": true }\n' });
    const installed = await sh(install, project, registry!.env);
    assert.equal(installed.code, 0, installed.stderr);
    const saved = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    assert.equal(saved.devDependencies?.['intervention-lint'], VERSION, 'saved pinned, not as a range');
    const local = await sh('npx intervention-lint --version', project, registry!.env);
    assert.equal(local.stdout, `${VERSION}\n`, local.stderr);
    const direct = await sh(once, folder(), registry!.env);
    assert.equal(direct.code, 0, direct.stderr);
    assert.equal(direct.stdout, `${VERSION}\n`);
    // `npm ci && npm link` in a clone: the clone's install is this checkout's; link into a private prefix.
    assert.ok(lines.includes('npm ci && npm link') && lines.includes('intervention-lint --version'));
    const prefix = folder();
    // A clone's worth of the checkout: what `npm run prepare` builds from, with its node_modules.
    const clone = checkoutCopy().dir;
    folders.push(clone);
    const env = { ...registry!.env, npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}` };
    const linked = await sh('npm run prepare --silent && npm link --offline --ignore-scripts', clone, env);
    assert.equal(linked.code, 0, linked.stderr);
    const version = await sh('intervention-lint --version', folder(), env);
    assert.equal(version.stdout, `${VERSION}\n`, version.stderr);
  });

  it('the hook manifest of this repository is valid for pre-commit', async () => {
    const run = await sh(`pre-commit validate-manifest ${JSON.stringify(join(ROOT, '.pre-commit-hooks.yaml'))} && pre-commit validate-config ${JSON.stringify(join(ROOT, 'docs', 'ci', 'pre-commit-config.yaml'))}`, folder(), {});
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });
});

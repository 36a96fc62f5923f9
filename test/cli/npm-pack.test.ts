import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packIntoCopy, type Packed } from '../support/pack';
import { ROOT, SAMPLES } from '../support/paths';
import { makeWorkspace } from '../support/workspace';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; private?: boolean; files?: string[]; engines?: { node?: string }; bin?: Record<string, string> };

describe('distribution: npm pack', function () {
  this.timeout(180000);
  let packed: Packed | undefined;
  let folder = '';
  let bundleBefore = 0;

  before(() => {
    bundleBefore = statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs;
    packed = packIntoCopy();
    folder = makeWorkspace({ 'package.json': '{ "name": "empty", "version": "1.0.0", "private": true }\n' });
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', packed.tarball], { cwd: folder, stdio: 'pipe' });
  });
  after(() => {
    packed?.remove();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is publishable: not private, an allow-list of files, the Node versions it runs on, a bin', () => {
    assert.equal(manifest.private, undefined);
    assert.ok(manifest.files?.includes('dist/cli.js'));
    assert.match(manifest.engines?.node ?? '', /^>=20/);
    assert.equal(manifest.bin?.['intervention-lint'], 'bin/intervention-lint.js');
  });

  it('prints only the tarball name on stdout (prepack is quiet) and leaves the checkout\'s bundle alone', () => {
    assert.equal(packed!.stdout, `intervention-lint-${manifest.version}.tgz\n`);
    assert.equal(statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs, bundleBefore);
  });

  it('ships the bundle, schemas, rule docs and CI recipes, and no sources, tests or source maps', () => {
    const listing = execFileSync('tar', ['tzf', packed!.tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of ['package/dist/cli.js', 'package/dist/docx.js', 'package/bin/intervention-lint.js', 'package/schemas/intervention-v1.schema.json', 'package/docs/ci/github-actions.yml', 'package/.pre-commit-hooks.yaml']) {
      assert.ok(listing.includes(file), `${file} is missing`);
    }
    assert.ok(listing.some((f) => f.startsWith('package/docs/rules/')));
    const unwanted = listing.filter((f) => /\.map$|\.ts$|^package\/(test|server|client|out|samples|node_modules)\//.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('works as `npx intervention-lint` in an empty folder', () => {
    const version = spawnSync(npx, ['--no', '--', 'intervention-lint', '--version'], { cwd: folder, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, `${manifest.version}\n`);
    copyFileSync(join(SAMPLES, 'complete', 'voorbeeld-sterk-thuis.intervention.yaml'), join(folder, 'a.intervention.yaml'));
    copyFileSync(join(SAMPLES, 'databank', 'vipp-sd.intervention.yaml'), join(folder, 'b.intervention.yaml'));
    const check = spawnSync(npx, ['--no', '--', 'intervention-lint', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
    assert.equal(check.status, 1, check.stderr);
    const files = new Set((JSON.parse(check.stdout) as { file: string }[]).map((f) => f.file));
    assert.deepEqual([...files], ['b.intervention.yaml']);
    const docx = spawnSync(npx, ['--no', '--', 'intervention-lint', 'export', 'a.intervention.yaml', '--format', 'docx', '--output', 'a.docx'], { cwd: folder, encoding: 'utf8' });
    assert.equal(docx.status, 0, docx.stderr);
    assert.equal(readFileSync(join(folder, 'a.docx')).subarray(0, 2).toString(), 'PK', 'a Word file (zip) from the lazily loaded docx chunk');
    writeFileSync(join(folder, 'c.intervention.yaml'), 'format: intervention/v1\nname: [open\n');
    const broken = spawnSync(npx, ['--no', '--', 'intervention-lint', 'c.intervention.yaml'], { cwd: folder, encoding: 'utf8' });
    assert.equal(broken.status, 1, broken.stderr);
    assert.match(broken.stdout, /yaml-syntax/);
  });
});

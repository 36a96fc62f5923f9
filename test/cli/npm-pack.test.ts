import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES } from '../support/paths';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('distribution: npm pack', function () {
  this.timeout(180000);
  let folder = '';
  let tarball = '';

  before(() => {
    const out = mkdtempSync(join(tmpdir(), 'il-pack-'));
    execFileSync(npm, ['pack', '--pack-destination', out], { cwd: ROOT, stdio: 'pipe' });
    tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
    folder = mkdtempSync(join(tmpdir(), 'il-empty-'));
    writeFileSync(join(folder, 'package.json'), '{ "name": "empty", "version": "1.0.0", "private": true }\n');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: folder, stdio: 'pipe' });
  });

  it('ships the bundle, schemas and rule docs, and no sources, tests or source maps', () => {
    const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    assert.ok(listing.includes('package/dist/cli.js'));
    assert.ok(listing.includes('package/schemas/intervention-v1.schema.json'));
    assert.ok(listing.some((f) => f.startsWith('package/docs/rules/')));
    const unwanted = listing.filter((f) => /\.map$|\.ts$|^package\/(test|server|client|out|samples|node_modules)\//.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('works as `npx intervention-lint` in an empty folder', () => {
    const version = spawnSync(npx, ['--no', '--', 'intervention-lint', '--version'], { cwd: folder, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^0\.\d+\.\d+\n$/);
    copyFileSync(join(SAMPLES, 'complete', 'voorbeeld-sterk-thuis.intervention.yaml'), join(folder, 'a.intervention.yaml'));
    copyFileSync(join(SAMPLES, 'databank', 'vipp-sd.intervention.yaml'), join(folder, 'b.intervention.yaml'));
    const check = spawnSync(npx, ['--no', '--', 'intervention-lint', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
    assert.equal(check.status, 1, check.stderr);
    const files = new Set((JSON.parse(check.stdout) as { file: string }[]).map((f) => f.file));
    assert.deepEqual([...files], ['b.intervention.yaml']);
  });
});

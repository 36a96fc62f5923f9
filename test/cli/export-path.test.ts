import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { draftFileName } from '../../server/src/cli/export-command';
import { SAMPLES } from '../support/paths';
import { runCli } from '../support/run-cli';
import { makeWorkspace } from '../support/workspace';

describe('export: the draft names its source without the local path', () => {
  let project = '';
  let elsewhere = '';
  before(() => {
    project = makeWorkspace({});
    elsewhere = makeWorkspace({});
    mkdirSync(join(project, 'beschrijvingen'));
    cpSync(join(SAMPLES, 'complete', 'voorbeeld-samen-kijken.intervention.yaml'), join(project, 'beschrijvingen', 'samen-kijken.intervention.yaml'));
  });
  after(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('inside the project: the path relative to it; outside: the file name only', async () => {
    const absolute = join(project, 'beschrijvingen', 'samen-kijken.intervention.yaml');
    const inside = await runCli(['export', absolute, '--format', 'md'], { cwd: project });
    assert.equal(inside.code, 0, inside.stderr);
    assert.match(inside.stdout, /beschrijvingen\/samen-kijken\.intervention\.yaml/);
    for (const format of ['md', 'html']) {
      const outside = await runCli(['export', absolute, '--format', format], { cwd: elsewhere });
      assert.equal(outside.code, 0, outside.stderr);
      assert.match(outside.stdout, /samen-kijken\.intervention\.yaml/);
      assert.ok(!outside.stdout.includes(project), `${format}: the draft holds the local path ${project}`);
      assert.doesNotMatch(outside.stdout, /\.\.\//, `${format}: no climbing path`);
    }
    assert.equal(draftFileName('/p', '/p/a/b.intervention.yaml'), 'a/b.intervention.yaml');
    assert.equal(draftFileName('/p', '/q/b.intervention.yaml'), 'b.intervention.yaml');
  });
});

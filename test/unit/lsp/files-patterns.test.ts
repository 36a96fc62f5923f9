import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { matchesFiles } from '../../../server/src/lsp/folders';
import { ROOT } from '../../support/paths';

describe('the server reads `files` as the CLI does, `!` exclusions included', () => {
  const files = (parse(readFileSync(join(ROOT, '.intervention-lint.yaml'), 'utf8')) as { files: string[] }).files;

  it('the repository config: samples are descriptions, fixtures and other files are not', () => {
    assert.ok(matchesFiles('samples/databank/k-vht.intervention.yaml', files));
    assert.ok(!matchesFiles('test/fixtures/schema/fires.intervention.yaml', files));
    assert.ok(!matchesFiles('package.json', files), 'an exclusion alone matches nothing');
    assert.ok(!matchesFiles('bench/corpus/a.intervention.yaml', files));
  });

  it('only exclusions match nothing; only inclusions behave as before', () => {
    assert.ok(!matchesFiles('a.intervention.yaml', ['!test/**']));
    assert.ok(matchesFiles('x/a.intervention.yml', ['**/*.intervention.yml']));
  });
});

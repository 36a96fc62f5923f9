import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { filesMatcher } from '../../../server/src/lsp/folders';
import { ROOT } from '../../support/paths';

describe('the server reads `files` as the CLI does, `!` exclusions included', () => {
  const files = (parse(readFileSync(join(ROOT, '.intervention-lint.yaml'), 'utf8')) as { files: string[] }).files;

  it('the repository config: samples are descriptions, fixtures and other files are not', () => {
    assert.ok(filesMatcher(files)('samples/databank/k-vht.intervention.yaml'));
    assert.ok(!filesMatcher(files)('test/fixtures/schema/fires.intervention.yaml'));
    assert.ok(!filesMatcher(files)('package.json'), 'an exclusion alone matches nothing');
    assert.ok(!filesMatcher(files)('bench/corpus/a.intervention.yaml'));
  });

  it('only exclusions match nothing; only inclusions behave as before', () => {
    assert.ok(!filesMatcher(['!test/**'])('a.intervention.yaml'));
    assert.ok(filesMatcher(['**/*.intervention.yml'])('x/a.intervention.yml'));
  });
});

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatText, validate } from '../../server/src/core';
import { SAMPLES, TODAY } from '../support/paths';

function formatted(text: string, indent?: number): string {
  const result = formatText(text, indent === undefined ? {} : { indent });
  assert.ok('text' in result, `refused: ${'refused' in result ? result.refused.en : ''}`);
  return result.text;
}

const MESSY = [
  '# A description, badly indented',
  'format:   intervention/v1',
  'owner:',
  '    organisation: Stichting   # who owns it',
  '    contact:',
  '          name: A. Voorbeeld',
  'summary: >-',
  '      Eerste regel van de samenvatting,',
  '      met de regelbreuk van de schrijver.',
  '',
  '      Tweede alinea.',
  'goals:',
  '    sub:',
  '    - een',
  '    -   twee  # tweede doel',
  '    targetedOutcomes: [ sensitivity,attachment ]',
  '',
].join('\n');

const TIDY = [
  '# A description, badly indented',
  'format: intervention/v1',
  'owner:',
  '  organisation: Stichting # who owns it',
  '  contact:',
  '    name: A. Voorbeeld',
  'summary: >-',
  '  Eerste regel van de samenvatting,',
  '  met de regelbreuk van de schrijver.',
  '',
  '  Tweede alinea.',
  'goals:',
  '  sub:',
  '    - een',
  '    - twee # tweede doel',
  '  targetedOutcomes: [sensitivity, attachment]',
  '',
].join('\n');

describe('formatting (the yaml Document round-trip)', () => {
  it('re-indents the structure and keeps comments, key order and the writer\'s line breaks in prose', () => {
    assert.equal(formatted(MESSY), TIDY);
  });

  it('uses the editor\'s indentation and keeps CRLF line ends', () => {
    const four = formatted(MESSY.replace(/\n/g, '\r\n'), 4);
    assert.ok(four.includes('\r\nowner:\r\n    organisation: Stichting # who owns it\r\n    contact:\r\n        name: A. Voorbeeld\r\n'), four);
    assert.ok(!/[^\r]\n/.test(four), 'every line ends in CRLF');
  });

  it('changes nothing the second time', () => {
    assert.equal(formatted(TIDY), TIDY);
  });

  it('keeps every sample\'s data and findings as they were, and is idempotent on them', () => {
    const files = ['complete', 'databank'].flatMap((dir) => readdirSync(join(SAMPLES, dir)).filter((f) => f.endsWith('.intervention.yaml')).map((f) => join(SAMPLES, dir, f)));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const after = formatted(text);
      assert.deepEqual(parse(after, { logLevel: 'error' }), parse(text, { logLevel: 'error' }), file);
      const ids = (t: string): string[] => validate(t, { today: TODAY }).findings.map((f) => `${f.ruleId}:${f.message}`);
      assert.deepEqual(ids(after), ids(text), file);
      assert.equal(formatted(after), after, `${file} is not stable`);
    }
  });

  it('refuses, with a reason, a file with YAML errors or a block scalar tied to a column', () => {
    const broken = formatText('a: [1, 2\nb: c\n');
    assert.ok('refused' in broken && /YAML errors/.test(broken.refused.en) && /YAML-fouten/.test(broken.refused.nl));
    const indicated = formatText('summary: >2\n   text\n');
    assert.ok('refused' in indicated && /indentation indicator/.test(indicated.refused.en));
  });
});

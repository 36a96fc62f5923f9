import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { DEFAULT_CONFIG, mergeConfig, validate, type Config } from '../../server/src/core';
import { TODAY } from '../support/paths';
import { mutatedCase, mutatedText, randomText, structuredCase, structuredText } from './arbitraries';
import { assertWellFormed, fuzz } from './support';

const CONFIGS: Record<'en' | 'nl', Config> = {
  en: DEFAULT_CONFIG,
  nl: mergeConfig(DEFAULT_CONFIG, { language: 'nl' }),
};
const language = fc.constantFrom<'en' | 'nl'>('en', 'nl');

function checked(text: string, lang: 'en' | 'nl' = 'en') {
  return validate(text, { config: CONFIGS[lang], today: TODAY });
}

describe('fuzz: validate never throws and every finding is well-formed', function () {
  this.timeout(0);

  it('returns located findings with known rule ids for mutated samples and fixtures', () => {
    fuzz('validate: mutated samples', 6000, (measure) =>
      fc.property(mutatedCase, language, (c, lang) => {
        const text = mutatedText(c);
        const result = measure(() => checked(text, lang));
        assertWellFormed(text, result.findings);
      }),
    );
  });

  it('returns located findings for random YAML-ish and binary text', () => {
    fuzz('validate: random text', 8000, (measure) =>
      fc.property(randomText, language, (text, lang) => {
        const result = measure(() => checked(text, lang));
        assertWellFormed(text, result.findings);
      }),
    );
  });

  it('runs every rule without an internal error on descriptions with random values in random places', () => {
    fuzz('validate: structured descriptions', 2500, (measure) =>
      fc.property(structuredCase, language, (c, lang) => {
        const text = structuredText(c);
        const result = measure(() => checked(text, lang));
        assertWellFormed(text, result.findings);
      }),
    );
  });

  it('gives the same findings and assessment twice for the same text', () => {
    const input = fc.oneof(mutatedCase.map(mutatedText), structuredCase.map(structuredText), randomText);
    fuzz('validate: deterministic', 500, (measure) =>
      fc.property(input, (text) => {
        const [first, second] = measure(() => [checked(text), checked(text)] as const);
        assert.deepEqual(JSON.parse(JSON.stringify(second.findings)), JSON.parse(JSON.stringify(first.findings)));
        assert.deepEqual(second.assessment, first.assessment);
      }),
    );
  });
});

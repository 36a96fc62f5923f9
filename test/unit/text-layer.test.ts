/**
 * Item 3 of issue 15: one text layer. Every bilingual table has both languages, enum names come
 * from the schema, and no module outside the text layer picks a language with a comparison.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { both, enumName, format, isLanguage, LANGUAGES, LEVEL_NAMES, LEVELS, otherLanguage, plural, PLURAL_TABLES, PLURALS, t, TEXT_TABLES } from '../../server/src/core';
import { ROOT } from '../support/paths';

/** The modules allowed to compare language codes: the text layer and the client's side of it. */
const TEXT_LAYER = ['server/src/core/text/', 'client/src/language.ts'];

/** `language === 'nl'`, `'en' !== x`, and a `nl ?` flag taken from such a comparison. */
const LANGUAGE_TEST = /[!=]==\s*(['"`])(nl|en)\1|(['"`])(nl|en)\3\s*[!=]==|\bnl\s*\?/;

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('one text layer', () => {
  it('no module outside the text layer compares language codes', () => {
    const files = [...sources('server/src'), ...sources('client/src')];
    assert.ok(files.length > 100, `only ${files.length} source files found under server/src and client/src`);
    const offending = files
      .filter((file) => !TEXT_LAYER.some((allowed) => file.startsWith(allowed)))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => LANGUAGE_TEST.test(line))
          .map(({ line, at }) => `${at}: ${line.trim()}`),
      );
    assert.deepEqual(offending, [], 'pick the language with t()/localize() from core/text instead');
  });

  it('the guard recognises the forms it is meant to stop, and not a table entry', () => {
    for (const line of ["language === 'nl' ? a : b", "x = lang !== \"en\"", "'nl' === config.language", 'return nl ? a : b;']) assert.match(line, LANGUAGE_TEST, line);
    for (const line of ["noFiles: { en: 'a', nl: 'b' },", 't(language, CLI_TEXT.noFiles)']) assert.doesNotMatch(line, LANGUAGE_TEST, line);
  });

  it('every entry of every table has a non-empty text in every language', () => {
    const tables = Object.entries(TEXT_TABLES);
    assert.ok(tables.length >= 7);
    for (const [table, entries] of tables) {
      assert.ok(Object.keys(entries).length > 0, `${table} is empty`);
      for (const [key, entry] of Object.entries(entries)) {
        for (const language of LANGUAGES) assert.ok(typeof entry[language] === 'string' && entry[language].trim() !== '', `${table}.${key} has no ${language} text`);
        assert.deepEqual(Object.keys(entry).sort(), [...LANGUAGES].sort(), `${table}.${key} has exactly the tool's languages`);
      }
    }
    for (const [table, entries] of Object.entries(PLURAL_TABLES)) {
      for (const [key, entry] of Object.entries(entries)) {
        for (const language of LANGUAGES) assert.ok(entry[language].every((form) => form.trim() !== ''), `${table}.${key} lacks a ${language} form`);
      }
    }
  });

  it('every slot a text uses is one its callers can fill: both languages use slots from the same set', () => {
    // Within an entry the languages may use different slots (grammar), but a slot that only one
    // language has must be filled by the caller too; a typo shows as a slot in one language only
    // that the other never mentions. Such entries are listed here on purpose.
    const oneSided = new Set(['CLI_TEXT.unreadableOnly', 'CLI_TEXT.alsoUnreadable', 'CLI_TEXT.problemsIn', 'HOVER_TEXT.requirementsUpTo', 'HOVER_TEXT.requirementLevel', 'HOVER_TEXT.category', 'HOVER_TEXT.range']);
    const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [table, entries] of Object.entries(TEXT_TABLES)) {
      for (const [key, entry] of Object.entries(entries)) {
        const name = `${table}.${key}`;
        if (oneSided.has(name)) assert.notDeepEqual(slots(entry.en), slots(entry.nl), `${name} is listed as one-sided but is not`);
        else assert.deepEqual(slots(entry.nl), slots(entry.en), `${name}: the languages use different slots`);
      }
    }
  });

  it('t fills slots in the chosen language; a slot without a value stays visible', () => {
    const entry = { en: '{n} of {m}', nl: '{n} van {m}' };
    assert.equal(t('nl', entry, { n: 2, m: 'x' }), '2 van x');
    assert.equal(t('en', entry, { n: 2 }), '2 of {m}');
    assert.deepEqual(both(entry, { n: 1, m: 3 }), { en: '1 of 3', nl: '1 van 3' });
    assert.equal(format('{a}{a}', { a: '$&' }), '$&$&', 'a value is inserted literally');
    assert.equal(plural('nl', 1, PLURALS.warning), 'waarschuwing');
    assert.equal(plural('nl', 2, PLURALS.warning), 'waarschuwingen');
    assert.equal(otherLanguage('nl'), 'en');
    assert.ok(isLanguage('nl') && isLanguage('en') && !isLanguage('de') && !isLanguage(undefined));
  });

  it('names enum values as the schema does: Dutch from x-enum-nl, English by the id, unknown values as they are', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'intervention-v1.schema.json'), 'utf8')) as {
      $defs: { study: { properties: { design: { enum: string[]; 'x-enum-nl': string[] } } } };
    };
    const design = schema.$defs.study.properties.design;
    design.enum.forEach((value, i) => {
      assert.equal(enumName('design', value, 'nl'), design['x-enum-nl'][i]);
      assert.equal(enumName('design', value, 'en'), value);
    });
    assert.equal(enumName('components', 'video-feedback', 'nl'), 'videofeedback', 'list items are named by their list');
    assert.equal(enumName('design', 'no-such-design', 'nl'), 'no-such-design');
    for (const level of LEVELS) assert.equal(LEVEL_NAMES[level].nl, enumName('claimed', level, 'nl'));
  });
});

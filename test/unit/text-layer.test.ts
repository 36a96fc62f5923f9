/**
 * Item 3 of issue 15: one text layer. Every bilingual table has both languages, enum names come
 * from the schema, and no module outside the text layer picks a language with a comparison.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { both, CATEGORY_NAMES, decimalSeparator, DOMAIN_NAMES, enumName, format, isLanguage, LANGUAGES, LEVEL_NAMES, LEVELS, nameOf, otherLanguage, plural, PLURAL_TABLES, PLURALS, REPORT_PLURALS, REPORT_TEXT, t, TEXT_TABLES, textIn } from '../../server/src/core';
import { findingsSummary, formatNumber } from '../../server/src/report';
import { ROOT } from '../support/paths';

/** The modules allowed to compare language codes: the text layer and the client's side of it. */
const TEXT_LAYER = ['server/src/core/text/', 'client/src/language.ts'];

/** `language === 'nl'`, `'en' !== x`, and a `nl ?` flag taken from such a comparison. */
const LANGUAGE_TEST = /[!=]==\s*(['"`])(nl|en)\1|(['"`])(nl|en)\3\s*[!=]==|\bnl\s*\?/;

/**
 * A table held per language (`Record<Language, Labels>`, `{ en: EN, nl: NL }`) instead of keyed
 * `Localized` entries. A record of functions per language is a dispatch, not a table of texts.
 */
const PER_LANGUAGE_TABLE = /\bRecord<\s*Language\s*,(?!\s*\()|\bPerLanguage<|\{\s*en:\s*[A-Z][A-Z_]*\s*,\s*nl:\s*[A-Z][A-Z_]*\s*\}/;

/** The one table keyed by language allowed outside the text layer: it names VS Code's l10n bundle per language. */
const PER_LANGUAGE_ALLOWED = ['client/src/l10n.ts'];

function offendingLines(files: readonly string[], allowed: readonly string[], pattern: RegExp): string[] {
  return files
    .filter((file) => !allowed.some((prefix) => file.startsWith(prefix)))
    .flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line))
        .map(({ line, at }) => `${at}: ${line.trim()}`),
    );
}

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('one text layer', () => {
  it('no module outside the text layer compares language codes', () => {
    const files = [...sources('server/src'), ...sources('client/src')];
    assert.ok(files.length > 100, `only ${files.length} source files found under server/src and client/src`);
    assert.deepEqual(offendingLines(files, TEXT_LAYER, LANGUAGE_TEST), [], 'pick the language with t()/localize() from core/text instead');
  });

  it('no text table outside the text layer is held per language', () => {
    const files = [...sources('server/src'), ...sources('client/src')];
    assert.ok(files.length > 100, `only ${files.length} source files found under server/src and client/src`);
    assert.deepEqual(offendingLines(files, ['server/src/core/text/', ...PER_LANGUAGE_ALLOWED], PER_LANGUAGE_TABLE), [], 'write keyed Localized entries in a table of core/text instead');
    assert.deepEqual(offendingLines(PER_LANGUAGE_ALLOWED, [], PER_LANGUAGE_TABLE).length, 1, 'the l10n bundle table is still the one allowed exception');
  });

  it('the per-language guard recognises the old table shapes, and not keyed tables or a dispatch', () => {
    for (const line of [
      'const LABELS: Readonly<Record<Language, Labels>> = {',
      'export const REPORT_TEXTS: Readonly<Record<Language, ReportTexts>> = { en: EN, nl: NL };',
      'const DECIMAL: PerLanguage<string> = { en: ".", nl: "," };',
      'const texts = { en: EN_TEXTS, nl: NL_TEXTS };',
    ]) assert.match(line, PER_LANGUAGE_TABLE, line);
    for (const line of [
      'export const CATEGORY_NAMES: Readonly<Record<Category, Localized>> = {',
      'const halves: Readonly<Record<Language, () => string>> = {',
      "title: { en: 'Evidence report', nl: 'Bewijsrapport' },",
    ]) assert.doesNotMatch(line, PER_LANGUAGE_TABLE, line);
  });

  it('the guard recognises the forms it is meant to stop, and not a table entry', () => {
    for (const line of ["language === 'nl' ? a : b", "x = lang !== \"en\"", "'nl' === config.language", 'return nl ? a : b;']) assert.match(line, LANGUAGE_TEST, line);
    for (const line of ["noFiles: { en: 'a', nl: 'b' },", 't(language, CLI_TEXT.noFiles)']) assert.doesNotMatch(line, LANGUAGE_TEST, line);
  });

  it('every entry of every table has a non-empty text in every language', () => {
    const tables = Object.entries(TEXT_TABLES);
    assert.ok(tables.length >= 18);
    for (const name of ['REPORT_TEXT', 'REPORT_STUDY_COLUMNS', 'SEVERITY_NAMES', 'DOMAIN_NAMES', 'FINDINGS_PAGE_TEXT']) assert.ok(name in TEXT_TABLES, `${name} is registered`);
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
    assert.equal(textIn('nl')(REPORT_TEXT.verdictExceeds, { supported: 'x' }), 'Het bewijs ondersteunt het geclaimde niveau, en zelfs een hoger niveau: x.');
    assert.equal(textIn('en')(REPORT_TEXT.rowsOmitted, { omitted: 3, shown: 200 }), '3 more rows are not shown: a report lists at most 200. The description itself holds them all.');
    assert.equal(decimalSeparator('nl'), ',');
    assert.equal(decimalSeparator('en'), '.');
  });

  it('names untrusted keys from a table, and the report counts and numbers in its own style', () => {
    assert.equal(nameOf(DOMAIN_NAMES, 'attachment', 'nl'), 'gehechtheid');
    assert.equal(nameOf(CATEGORY_NAMES, 'sensitivity', 'en'), 'sensitivity and attachment');
    assert.equal(nameOf(DOMAIN_NAMES, 'no-such-domain', 'nl'), 'no-such-domain');
    assert.equal(nameOf(DOMAIN_NAMES, 'constructor', 'nl'), 'constructor', 'a name of Object.prototype is not a name');
    assert.equal(findingsSummary({ error: 2, warning: 1, info: 2, hint: 0 }, 'en'), '2 errors, 1 warning, 2 info');
    assert.equal(findingsSummary({ error: 1, warning: 0, info: 0, hint: 3 }, 'nl'), '1 fout, 3 hints');
    assert.equal(findingsSummary({ error: 0, warning: 0, info: 0, hint: 0 }, 'nl'), '');
    assert.equal(plural('en', 2, REPORT_PLURALS.effectSize), 'effect sizes');
    assert.equal(formatNumber(-0.41239, 'nl'), '−0,412');
    assert.equal(formatNumber(12, 'en'), '12');
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

/**
 * The manifest and the translations: generated parts in sync with the rule registry, every `%key%`
 * and every runtime string translated to Dutch, contributed files present.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../../server/src/core/rules/index';
import { extension } from './helpers';

function root(): string {
  return extension().extensionUri.fsPath;
}

function json<T>(path: string): T {
  return JSON.parse(readFileSync(join(root(), path), 'utf8')) as T;
}

interface Manifest {
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
    commands: { command: string; title: string }[];
    grammars: { path: string }[];
    walkthroughs: { steps: { media: { markdown: string } }[] }[];
    yamlValidation: { fileMatch: string; url: string }[];
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

suite('Manifest and translations', () => {
  test('interventionLint.rules lists exactly the rules of the registry, in its order', () => {
    const setting = json<Manifest>('package.json').contributes.configuration.properties['interventionLint.rules']!;
    assert.deepEqual(Object.keys(setting.properties ?? {}), [...RULE_IDS], 'stale: run `node esbuild.mjs && node client/scripts/sync-manifest.mjs`');
    for (const [id, rule] of Object.entries(setting.properties ?? {})) assert.deepEqual(rule.enum, ['off', 'hint', 'info', 'warning', 'error'], id);
  });

  test('every %key% of package.json has an English and a Dutch text', () => {
    const keys = [...readFileSync(join(root(), 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = json<Record<string, string>>('package.nls.json');
    const nl = json<Record<string, string>>('package.nls.nl.json');
    assert.deepEqual(keys.filter((k) => !(k in en)), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => !(k in nl)), [], 'missing in package.nls.nl.json');
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort(), 'package.nls.json and package.nls.nl.json have different keys');
    assert.deepEqual(Object.keys(en).filter((k) => !keys.includes(k)), [], 'unused keys in package.nls.json');
  });

  test('VS Code shows the localised manifest (no %key% in command titles)', () => {
    const commands = (extension().packageJSON as Manifest).contributes.commands;
    assert.ok(commands.length >= 5);
    for (const c of commands) assert.doesNotMatch(c.title, /^%/, c.command);
  });

  test('every runtime string (vscode.l10n.t) has a Dutch translation and none is stale', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root(), 'client', 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g)) {
        used.add(m[2]!.replace(/\\(['"\\])/g, '$1'));
      }
    }
    assert.ok(used.size > 20, `found only ${used.size} strings`);
    const nl = json<Record<string, string>>('l10n/bundle.l10n.nl.json');
    assert.deepEqual([...used].filter((s) => !(s in nl)), [], 'missing in l10n/bundle.l10n.nl.json');
    assert.deepEqual(Object.keys(nl).filter((s) => !used.has(s)), [], 'stale in l10n/bundle.l10n.nl.json');
    for (const [en, text] of Object.entries(nl)) {
      const placeholders = (s: string): string[] => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(text), placeholders(en), `placeholders of "${en}"`);
    }
  });

  test('the web entry bundles no node built-ins (only `vscode` is external)', () => {
    const bundle = readFileSync(join(root(), 'dist', 'client', 'browser.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
    assert.deepEqual([...required], ['vscode']);
    assert.equal(json<{ browser: string }>('package.json').browser, './dist/client/browser.js');
  });

  test('activation is limited to the language and the commands', () => {
    assert.deepEqual(json<Manifest>('package.json').activationEvents, ['onLanguage:intervention-yaml']);
  });

  test('contributed files exist: grammars, walkthrough pages in both languages, config schema', () => {
    const manifest = json<Manifest>('package.json');
    for (const grammar of manifest.contributes.grammars) assert.ok(existsSync(join(root(), grammar.path)), grammar.path);
    const en = json<Record<string, string>>('package.nls.json');
    const nl = json<Record<string, string>>('package.nls.nl.json');
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) {
      const key = step.media.markdown.replace(/%/g, '');
      for (const page of [en[key]!, nl[key]!]) assert.ok(existsSync(join(root(), page)), page);
    }
    for (const validation of manifest.contributes.yamlValidation) assert.ok(existsSync(join(root(), validation.url)), validation.url);
    const grammar = json<{ patterns: { include: string }[] }>('syntaxes/intervention-yaml.tmLanguage.json');
    assert.ok(grammar.patterns.some((p) => p.include === 'source.yaml'), 'the grammar embeds VS Code’s YAML grammar');
  });
});

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

/** The input files of one bundle, from the esbuild metafile `esbuild.mjs` writes beside it. */
function inputsOf(bundle: string): string[] {
  const path = join(ROOT, 'dist', 'meta', `${bundle}.json`);
  assert.ok(existsSync(path), `${path} is missing: run \`node esbuild.mjs\` (npm test builds first)`);
  const meta = JSON.parse(readFileSync(path, 'utf8')) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }> };
  const output = Object.values(meta.outputs).find((o) => o.entryPoint !== undefined);
  assert.ok(output, `no entry point output in ${path}`);
  return Object.keys(output.inputs);
}

const fromPackage = (name: string) => (input: string) => input.includes(`node_modules/${name}/`);

/**
 * What the client may take from server/src: the request shapes, and the one HTML and one Markdown
 * escaper (leaf modules that import nothing), so that the webview and the tooltips escape as the
 * server does.
 */
const SHARED_WITH_CLIENT = ['server/src/lsp/protocol.ts', 'server/src/markup/html.ts', 'server/src/markup/markdown.ts'];

describe('bundles carry what their layer needs and nothing more', () => {
  for (const bundle of ['client-extension', 'client-browser']) {
    it(`${bundle}: no YAML parser, no server or CLI code (only the request shapes of lsp/protocol.ts and the escapers)`, () => {
      const inputs = inputsOf(bundle);
      assert.ok(inputs.some((i) => i.startsWith('client/src/')), 'the metafile lists the client sources');
      assert.deepEqual(inputs.filter(fromPackage('yaml')), []);
      assert.deepEqual(inputs.filter((i) => i.startsWith('server/src/') && !SHARED_WITH_CLIENT.includes(i)), []);
    });
  }

  it('the escapers the client shares are leaves: they import nothing', () => {
    for (const file of SHARED_WITH_CLIENT.filter((f) => f.includes('/markup/'))) {
      assert.doesNotMatch(readFileSync(join(ROOT, file), 'utf8'), /^import /m, `${file} imports something`);
    }
  });

  it('the CLI and the browser server do not carry the docx package; dist/docx.js does', () => {
    assert.deepEqual(inputsOf('cli').filter(fromPackage('docx')), []);
    assert.deepEqual(inputsOf('server-browser').filter(fromPackage('docx')), []);
    assert.ok(inputsOf('docx').some(fromPackage('docx')));
  });

  for (const bundle of ['cli', 'server-browser']) {
    it(`${bundle}: the intervention schema validator is ajv's standalone code made at build time, never compiled at run time`, () => {
      const inputs = inputsOf(bundle);
      assert.ok(inputs.includes('precompiled:intervention-validator'), inputs.filter((i) => i.includes('validator')).join(', '));
      assert.ok(!inputs.includes('server/src/core/intervention-validator.ts'));
    });
  }

  it('the CLI has its version injected at build time, not the package manifest bundled', () => {
    assert.deepEqual(inputsOf('cli').filter((i) => i.endsWith('package.json') && !i.includes('node_modules/')), []);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.ok(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').includes(JSON.stringify(manifest.version)));
  });
});

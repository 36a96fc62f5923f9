// Bundles the CLI (which includes the language server), the VS Code client and the browser server.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version, docsUrl } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

/** The worksheet writer (`export/docx.ts`, with the `docx` package) is imported lazily, from this file. */
const DOCX = /(^|\/)export\/docx(\.js)?$/;

/** Node bundles load `dist/docx.js` on first use instead of carrying the `docx` package themselves. */
const docxChunk = {
  name: 'docx-chunk',
  setup(build) {
    build.onResolve({ filter: DOCX }, () => ({ path: './docx.js', external: true }));
  },
};

/** The browser server has no .docx export: the import resolves to a module that says so. */
const noDocx = {
  name: 'no-docx',
  setup(build) {
    build.onResolve({ filter: DOCX }, () => ({ path: 'docx-unavailable', namespace: 'no-docx' }));
    build.onLoad({ filter: /.*/, namespace: 'no-docx' }, () => ({
      contents: `const unavailable = () => Promise.reject(new Error('The .docx export needs the desktop language server (VS Code for the Web has no file system to write it).'));
export const renderWorksheetDocx = unavailable;
export const worksheetDocxBase64 = unavailable;`,
      loader: 'js',
    }));
  },
};

/**
 * ajv's standalone code for the intervention schema, made with the core's own ajv set-up
 * (server/src/core/ajv.ts, bundled here first; ajv itself from node_modules, as the generator
 * recognises only its own code objects), so that no process or worker compiles the schema.
 */
async function standaloneValidator() {
  await esbuild.build({ entryPoints: ['server/src/core/ajv.ts'], outfile: 'dist/gen/ajv.cjs', bundle: true, packages: 'external', platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const require = createRequire(resolve('package.json'));
  delete require.cache[resolve('dist/gen/ajv.cjs')];
  const { createAjv } = require('./dist/gen/ajv.cjs');
  const standalone = require('ajv/dist/standalone').default;
  const ajv = createAjv({ standalone: true });
  const code = standalone(ajv, ajv.compile(JSON.parse(readFileSync('schemas/intervention-v1.schema.json', 'utf8'))));
  return `${code}\nexport function compileInterventionValidator() { return validate; }\n`;
}

/** Bundles take `core/intervention-validator.ts` (run-time compilation) as the precompiled code. */
function precompiled(code) {
  return {
    name: 'precompiled-validator',
    setup(build) {
      build.onResolve({ filter: /(^|\/)intervention-validator$/ }, () => ({ path: 'intervention-validator', namespace: 'precompiled' }));
      build.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({ contents: code, loader: 'js', resolveDir: resolve('.') }));
    },
  };
}
const validator = precompiled(await standaloneValidator());

const node = { platform: 'node', format: 'cjs', target: 'node20' };
const builds = [
  {
    ...common,
    ...node,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    // ESM-only dependencies (fdir) read import.meta.url, which a CommonJS bundle must provide.
    define: { 'import.meta.url': '__importMetaUrl', INTERVENTION_LINT_VERSION: JSON.stringify(version), INTERVENTION_LINT_DOCS_URL: JSON.stringify(docsUrl ?? null) },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [docxChunk, validator],
  },
  { ...common, ...node, entryPoints: ['server/src/export/docx.ts'], outfile: 'dist/docx.js' },
];
if (existsSync('client/src/extension.ts')) {
  builds.push({ ...common, ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] });
}
if (existsSync('client/src/web/browser.ts')) {
  // VS Code for the Web: the extension's `browser` entry (no node built-ins; the server runs in a worker).
  builds.push({ ...common, entryPoints: ['client/src/web/browser.ts'], outfile: 'dist/client/browser.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] });
}
if (existsSync('server/src/lsp/browser-main.ts')) {
  builds.push({ ...common, entryPoints: ['server/src/lsp/browser-main.ts'], outfile: 'dist/server/browser.js', platform: 'browser', format: 'iife', target: 'es2022', plugins: [noDocx, validator] });
}

/** What each bundle is made of, for the bundle tests and the bench (`dist/meta/<bundle>.json`). */
function writeMetafile(options, result) {
  mkdirSync('dist/meta', { recursive: true });
  const name = options.outfile.replace(/^dist\//, '').replace(/\.js$/, '').replace(/\//g, '-');
  writeFileSync(`dist/meta/${name}.json`, JSON.stringify(result.metafile));
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map(async (options) => writeMetafile(options, await esbuild.build(options))));
}

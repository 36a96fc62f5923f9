// Bundles the CLI (which includes the language server), the VS Code client and the browser server.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM-only dependencies (fdir) read import.meta.url, which a CommonJS bundle must provide.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
];
if (existsSync('client/src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] });
}
if (existsSync('client/src/web/browser.ts')) {
  // VS Code for the Web: the extension's `browser` entry (no node built-ins; the server runs in a worker).
  builds.push({ ...common, entryPoints: ['client/src/web/browser.ts'], outfile: 'dist/client/browser.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'] });
}
if (existsSync('server/src/lsp/browser-main.ts')) {
  builds.push({ ...common, entryPoints: ['server/src/lsp/browser-main.ts'], outfile: 'dist/server/browser.js', platform: 'browser', format: 'iife', target: 'es2022' });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

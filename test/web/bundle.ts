/**
 * Bundles the web suite (test/web/suite/index.ts) into out/web/suite.js for the web worker extension
 * host: browser platform, CommonJS (the host loads tests as a CommonJS module), only `vscode` external.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..', '..'); // out/web/test/web → project root

/**
 * mocha.js is a UMD file: inside a bundle it would see the bundle's own `module` and replace the
 * suite's exports with mocha. Hidden `module`/`exports`/`define` make it define the `mocha` global.
 */
const mochaAsGlobal: esbuild.Plugin = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);\n`,
      loader: 'js',
    }));
  },
};

esbuild
  .build({
  absWorkingDir: ROOT,
  entryPoints: ['test/web/suite/index.ts'],
  outfile: 'out/web/suite.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  external: ['vscode'],
  alias: { 'node:assert/strict': resolve(ROOT, 'test/web/suite/assert.ts') },
  plugins: [mochaAsGlobal],
  logLevel: 'warning',
  })
  // esbuild has printed the errors; the exit code says so.
  .catch(() => {
    process.exitCode = 1;
  });

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Replaced by the manifest's version when esbuild bundles the CLI (`define` in esbuild.mjs). */
declare const INTERVENTION_LINT_VERSION: string | undefined;

/** Unbundled (the tests run tsc's output), the version is read from the package manifest above this file. */
function manifestVersion(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'intervention-lint' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no readable manifest in this folder: look in the parent
    }
    if (dirname(folder) === folder) throw new Error(`no package.json of intervention-lint above ${__dirname}`);
  }
}

export const VERSION: string = typeof INTERVENTION_LINT_VERSION === 'string' ? INTERVENTION_LINT_VERSION : manifestVersion();

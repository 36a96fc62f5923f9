import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Replaced by the manifest's version when esbuild bundles the CLI (`define` in esbuild.mjs). */
declare const INTERVENTION_LINT_VERSION: string | undefined;
declare const INTERVENTION_LINT_DOCS_URL: string | undefined;

/** Unbundled (the tests run tsc's output), the version is read from the package manifest above this file. */
function manifest(): { version: string; docsUrl?: string } {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    try {
      const found = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown; docsUrl?: unknown };
      if (found.name === 'intervention-lint' && typeof found.version === 'string') return { version: found.version, ...(typeof found.docsUrl === 'string' ? { docsUrl: found.docsUrl } : {}) };
    } catch {
      // no readable manifest in this folder: look in the parent
    }
    if (dirname(folder) === folder) throw new Error(`no package.json of intervention-lint above ${__dirname}`);
  }
}

const bundled = typeof INTERVENTION_LINT_VERSION === 'string';

export const VERSION: string = bundled ? INTERVENTION_LINT_VERSION : manifest().version;

/** The package's own `docsUrl`: where this version's rule pages are published. */
export const PACKAGE_DOCS_URL: string | undefined = bundled
  ? (typeof INTERVENTION_LINT_DOCS_URL === 'string' ? INTERVENTION_LINT_DOCS_URL : undefined)
  : manifest().docsUrl;

/**
 * Mocha entry point in the extension host, the shape @vscode/test-electron expects: `run()` resolves
 * when every test passed. Used by both runners: run-electron.ts (users' CI, downloads VS Code) and
 * ../shared/tools/vscode-real/run-extension-tests.mjs (code-server, offline).
 */
import { join } from 'node:path';
import Mocha from 'mocha';

/** In this order: activation must be observed before anything else activates the extension. */
const FILES = ['activation', 'features', 'commands', 'views', 'settings', 'editor', 'manifest'];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, forbidOnly: true, ...(process.env['MOCHA_GREP'] ? { grep: process.env['MOCHA_GREP'] } : {}) });
  for (const name of FILES) mocha.addFile(join(__dirname, `${name}.test.js`));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

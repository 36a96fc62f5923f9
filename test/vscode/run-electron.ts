/**
 * Runs the extension tests in a downloaded VS Code (Electron) with @vscode/test-electron, for CI
 * machines with internet access: `npm run test:vscode-electron`. Offline, `npm run test:vscode`
 * runs the same suite in code-server (../shared/tools/vscode-real).
 */
import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..', '..'); // out/vscode/test/vscode → project root
  try {
    await runTests({
      version: process.env['VSCODE_TEST_VERSION'] ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [resolve(root, 'test', 'vscode', 'workspace'), '--disable-extensions', '--disable-workspace-trust', '--locale', 'en'],
    });
  } catch (error) {
    console.error(`Extension tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();

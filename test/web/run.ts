/**
 * Runs the web suite (out/web/suite.js, from test/web/bundle.mjs) inside the web worker extension
 * host of a real VS Code 1.100 (code-server, ../shared/tools/vscode-real) in headless Chromium:
 * the extension from its `browser` entry, the server from `dist/server/browser.js` in a worker.
 * Exit code: the suite's (0 = passed), 2 = the workbench did not run it, 124 = no result in time.
 *
 *   npm run test:web
 */
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..', '..', '..'); // out/web/test/web → project root
const TOOLS = resolve(ROOT, process.env['VSCODE_REAL_TOOLS'] ?? '../shared/tools/vscode-real');
const TIMEOUT_MS = 240000;

interface CodeServer {
  readonly tmp: string;
  workbenchUrl(options: { extensionDevelopmentPath: string; extensionTestsPath: string; payload: Array<[string, string]> }): string;
  stop(options?: { removeTemp?: boolean }): Promise<void>;
}
interface VscodeRealTools {
  startCodeServer(options: { workspace: string; settings?: Record<string, unknown> }): Promise<CodeServer>;
  chromiumLaunchOptions(): { executablePath: string; headless: boolean; timeout: number; args: string[] };
}

type Outcome = { kind: 'exit'; code: number } | { kind: 'error'; message: string };

async function main(): Promise<number> {
  const tools = (await import(pathToFileURL(join(TOOLS, 'run-extension-tests.mjs')).href)) as VscodeRealTools;
  // A copy of the workspace: the suite edits files (unsaved) and code-server may write .vscode/.
  const workspace = mkdtempSync(join(tmpdir(), 'intervention-lint-web-'));
  cpSync(join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  // The extension's own kind is `workspace`, which puts it in code-server's Node host. The user
  // setting `remote.extensionKind` moves it to the browser's web worker host. (The payload's
  // `extensionDevelopmentKind`, which VS Code's browser tests use, is read under another name by
  // 1.100's web workbench and has no effect; it is passed anyway for newer versions.)
  const server = await tools.startCodeServer({ workspace, settings: { 'remote.extensionKind': { 'intervention-lint.intervention-lint': ['web'] } } });
  const browser = await chromium.launch(tools.chromiumLaunchOptions());
  let outcome: Outcome = { kind: 'error', message: 'not run' };
  try {
    const page = await browser.newPage();
    outcome = await new Promise<Outcome>((settle) => {
      const timer = setTimeout(() => settle({ kind: 'error', message: `no result within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
      const done = (result: Outcome): void => {
        clearTimeout(timer);
        settle(result);
      };
      page.on('crash', () => done({ kind: 'error', message: 'the page crashed' }));
      void (async () => {
        // The workbench reports the extension host's log lines and the suite's exit code here.
        await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
          const text = format(...(Array.isArray(args) ? (args as unknown[]) : [args]));
          if (!/vsda|open-vsx|ENOTFOUND|^(Resolv|Creat|Updat)|ChatSessionStore|\[Service Worker\]/.test(text)) console.log(text);
        });
        await page.exposeFunction('codeAutomationExit', (code: unknown) => done({ kind: 'exit', code: typeof code === 'number' ? code : 1 }));
        await page.goto(
          server.workbenchUrl({ extensionDevelopmentPath: ROOT, extensionTestsPath: join(ROOT, 'out', 'web', 'suite.js'), payload: [['extensionDevelopmentKind', 'web']] }),
        );
      })().catch((error: unknown) => done({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    });
  } finally {
    await browser.close();
    await server.stop({ removeTemp: outcome.kind === 'exit' && outcome.code === 0 });
    rmSync(workspace, { recursive: true, force: true });
  }
  if (outcome.kind === 'error') {
    console.error(`test:web: ${outcome.message}; code-server profile and logs in ${server.tmp}`);
    return outcome.message.startsWith('no result') ? 124 : 2;
  }
  console.error(`test:web: the web suite ${outcome.code === 0 ? 'passed' : `FAILED (exit ${outcome.code}); logs in ${server.tmp}`}`);
  return outcome.code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);

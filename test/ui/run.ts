/**
 * UI end-to-end test of the PACKAGED extension: checks the .vsix's contents, installs it into a real
 * VS Code (code-server 1.100, ../shared/tools/vscode-real) and drives the workbench with headless
 * Chromium through playwright-core: Problems view, a quick fix from the light bulb (keyboard), the
 * evidence report from the command palette, the status bar item, the Explorer's Interventions view. Screenshots go to test-results/
 * and must not be blank. Exit code 0 = pass.
 *
 *   npm run test:ui      (= npm run package && tsc -p test/ui && node out/test/ui/run.js)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { assertNotBlank } from './screenshots';
import { vsixProblems, zipEntries } from './vsix';

const ROOT = resolve(__dirname, '..', '..', '..'); // out/test/ui → project root
const TOOLS = resolve(ROOT, process.env['VSCODE_REAL_TOOLS'] ?? '../shared/tools/vscode-real');
const VSIX = join(ROOT, 'intervention-lint.vsix');
const RESULTS = join(ROOT, 'test-results');
const MIN_COLOURS = 64;

interface CodeServer {
  readonly tmp: string;
  workbenchUrl(options: { openFile?: string }): string;
  stop(options?: { removeTemp?: boolean }): Promise<void>;
}
interface VscodeRealTools {
  startCodeServer(options: { workspace: string; vsix?: string[]; settings?: Record<string, unknown> }): Promise<CodeServer>;
  chromiumLaunchOptions(): { executablePath: string; headless: boolean; timeout: number; args: string[] };
}

const t0 = Date.now();
const step = (message: string): void => console.log(`[${String(Date.now() - t0).padStart(6)} ms] ${message}`);

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(RESULTS, name);
  await page.screenshot({ path });
  step(`screenshot ${name}: ${assertNotBlank(path, MIN_COLOURS)} distinct colours`);
}

/** Opens the quick input with `key`, types `text`, waits for a focused row starting with `row`, accepts it. */
async function quickInput(page: Page, key: string, text: string, row: string): Promise<void> {
  await page.keyboard.press(key);
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
  await page.locator('.quick-input-widget .quick-input-box input:focus').waitFor();
  await page.keyboard.type(text);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^=${JSON.stringify(row)}]`).waitFor();
  await page.keyboard.press('Enter');
}

async function activeTab(page: Page, label: string): Promise<void> {
  await page.locator(`.tabs-container .tab.active[aria-label*=${JSON.stringify(label)}]`).waitFor();
}

async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

function checkPackage(): void {
  if (!existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first`);
  const entries = zipEntries(VSIX);
  const problems = vsixProblems(entries);
  if (problems.length > 0) throw new Error(`intervention-lint.vsix:\n  ${problems.join('\n  ')}`);
  step(`vsix: ${entries.length} entries, contents ok`);
}

async function problemsView(page: Page): Promise<void> {
  await activeTab(page, 'vipp-sd.intervention.yaml');
  await page.locator('#status\\.problems[aria-label*="Errors: "]:not([aria-label*="Errors: 0"])').waitFor();
  await quickInput(page, 'F1', 'View: Focus Problems', 'View: Focus Problems');
  const rows = page.locator('.markers-panel .monaco-list-row[aria-label*="intervention-lint"]');
  await rows.first().waitFor();
  const labels = await Promise.all((await rows.all()).map(async (row) => (await row.getAttribute('aria-label')) ?? ''));
  if (!labels.some((l) => /rationale/i.test(l))) throw new Error(`no missing-rationale row in the Problems view: ${labels.join(' | ')}`);
  step(`Problems view: ${labels.length} rows from intervention-lint`);
  await screenshot(page, 'ui-problems.png');
}

async function statusBar(page: Page): Promise<void> {
  const item = page.locator('.statusbar-item[aria-label^="Claimed level: "]');
  await item.waitFor();
  const text = (await item.innerText()).trim();
  if (!text.includes('→')) throw new Error(`status bar item without claimed → supported: ${JSON.stringify(text)}`);
  step(`status bar: ${JSON.stringify(text)}`);
}

async function quickFix(page: Page): Promise<void> {
  await quickInput(page, 'Control+P', 'label-mismatch.intervention.yaml', 'label-mismatch.intervention.yaml');
  await activeTab(page, 'label-mismatch.intervention.yaml');
  const finding = page.locator('.markers-panel .monaco-list-row[aria-label*="is small, not large"]');
  await finding.waitFor();
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('F8'); // next problem: moves the cursor onto the finding
  await page.locator('.marker-widget').waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  await focused.waitFor();
  await screenshot(page, 'ui-quickfix-menu.png');
  const wanted = 'Change the label to "small"';
  for (let i = 0; i < 12 && !((await focused.innerText()).includes(wanted)); i++) await page.keyboard.press('ArrowDown');
  if (!(await focused.innerText()).includes(wanted)) throw new Error(`no quick fix "${wanted}" in the light-bulb menu`);
  await page.keyboard.press('Enter');
  // A string expression runs in the page (this file is compiled without the DOM library).
  await page.waitForFunction(
    "[...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some((l) => l.textContent.replace(/\\u00a0/g, ' ').includes('label: small   # zoals'))",
  );
  if (!(await editorText(page)).includes('label: small   # zoals de auteurs het noemen')) throw new Error('the fix did not keep the comment');
  await finding.waitFor({ state: 'detached' });
  step('quick fix applied from the light bulb; comment kept; warning gone');
  await screenshot(page, 'ui-quickfix-applied.png');
}

/** The report's document inside the webview's nested iframes. */
async function reportFrame(page: Page): Promise<Frame> {
  const outer: FrameLocator = page.frameLocator('iframe.webview.ready');
  await outer.frameLocator('#active-frame').locator('h1').waitFor();
  const frame = page.frames().find((f) => f.name() === 'active-frame' || f.url().includes('fake.html'));
  if (!frame) throw new Error('report frame not found');
  return frame;
}

async function evidenceReport(page: Page): Promise<void> {
  await quickInput(page, 'F1', 'Intervention Lint: Show Evidence Report', 'Intervention Lint: Show Evidence Report');
  await page.locator('.tabs-container .tab[aria-label*="Evidence report: label-mismatch.intervention.yaml"]').waitFor();
  const frame = await reportFrame(page);
  const title = (await frame.locator('h1').innerText()).trim();
  if (title !== 'Samen Kijken (voorbeeldinterventie)') throw new Error(`unexpected report title ${JSON.stringify(title)}`);
  await frame.locator('figure.chart svg').waitFor();
  const levels = await frame.locator('.levels').innerText();
  step(`evidence report: ${JSON.stringify(title)}; ${levels.replace(/\s+/g, ' ').slice(0, 120)}`);
  await screenshot(page, 'ui-report.png');

  // More room, the chart in view, then a dark theme: the report follows the colour theme.
  await quickInput(page, 'F1', 'View: Hide Panel', 'View: Hide Panel');
  await frame.locator('figure.chart').scrollIntoViewIfNeeded();
  await screenshot(page, 'ui-report-chart.png');
  const background = async (): Promise<string> => String(await frame.evaluate('getComputedStyle(document.body).backgroundColor'));
  const light = await background();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T'); // Preferences: Color Theme
  await page.locator('.quick-input-widget .quick-input-box input:focus').waitFor();
  await page.keyboard.type('Dark Modern');
  await page.locator('.quick-input-list .monaco-list-row.focused[aria-label*="Dark Modern"]').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-workbench.vs-dark').waitFor();
  await frame.locator('body.vscode-dark').waitFor();
  const dark = await background();
  if (dark === light) throw new Error(`the report kept its background (${light}) in a dark theme`);
  step(`report background follows the theme: ${light} → ${dark}`);
  await screenshot(page, 'ui-report-dark.png');
}

async function walkthrough(page: Page): Promise<void> {
  await quickInput(page, 'F1', 'View: Join All Editor Groups', 'View: Join All Editor Groups'); // full width for the media
  await quickInput(page, 'F1', 'Welcome: Open Walkthrough', 'Welcome: Open Walkthrough');
  await page.locator('.quick-input-widget .quick-input-box input:focus').waitFor();
  await page.keyboard.type('Getting started with Intervention Lint');
  await page.locator('.quick-input-list .monaco-list-row.focused[aria-label*="Getting started with Intervention Lint"]').waitFor();
  await page.keyboard.press('Enter');
  const steps = page.locator('.gettingStartedContainer .getting-started-step');
  await steps.first().waitFor();
  const titles = await Promise.all((await steps.all()).map(async (s) => (await s.locator('.step-title').innerText()).trim()));
  const expected = ['Create a description', 'See the findings', 'Open the evidence report', 'Configure the checks'];
  if (JSON.stringify(titles) !== JSON.stringify(expected)) throw new Error(`walkthrough steps: ${JSON.stringify(titles)}`);
  // The first step's Markdown page (walkthrough/en/create.md) renders beside the steps.
  await page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('#active-frame').locator('h1', { hasText: 'Create a description' }).waitFor();
  step(`walkthrough: ${titles.join(' / ')}`);
  await screenshot(page, 'ui-walkthrough.png');
}

/** The Explorer's Interventions view (and the reviewer checklist below it) for the workspace's samples. */
async function portfolioView(page: Page): Promise<void> {
  await quickInput(page, 'Control+P', 'vipp-sd.intervention.yaml', 'vipp-sd.intervention.yaml');
  await activeTab(page, 'vipp-sd.intervention.yaml');
  // The views have their own activity-bar container, named after the extension.
  await quickInput(page, 'F1', 'Focus on Reviewer checklist View', 'Intervention Lint: Focus on Reviewer checklist View');
  await quickInput(page, 'F1', 'Focus on Interventions View', 'Intervention Lint: Focus on Interventions View');
  const tree = page.locator('.pane:has(.pane-header[aria-label^="Interventions"]) .monaco-list');
  await tree.locator('.monaco-list-row[aria-label^="Sensitivity and attachment"]').waitFor();
  // More room for the views: widen the side bar.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + sidebar.width + 420, sidebar.y + sidebar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  const vipp = tree.locator('.monaco-list-row[aria-label^="Video-feedback Intervention"]');
  await vipp.waitFor();
  const label = (await vipp.getAttribute('aria-label')) ?? '';
  if (!label.includes('effective, strong indications → none')) throw new Error(`Interventions view row without its levels: ${JSON.stringify(label)}`);
  const rows = await tree.locator('.monaco-list-row').count();
  const checklistHeader = page.locator('.pane-header[aria-label^="Reviewer checklist"]');
  const checklist = page.locator('.pane:has(.pane-header[aria-label^="Reviewer checklist"]) .monaco-list-row[aria-label*="problem analysis"]');
  await checklist.first().waitFor();
  const problem = (await checklist.first().getAttribute('aria-label')) ?? '';
  if (!problem.startsWith('✗')) throw new Error(`the checklist does not mark the missing problem analysis: ${JSON.stringify(problem)}`);
  step(`reviewer checklist: ${JSON.stringify(problem)}`);
  await screenshot(page, 'ui-checklist.png');
  await checklistHeader.click(); // collapsed: the Interventions view gets the room
  await checklist.first().waitFor({ state: 'hidden' });
  step(`Interventions view: ${rows} rows; ${JSON.stringify(label.slice(0, 110))}`);
  await screenshot(page, 'ui-portfolio.png');
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  for (const old of readdirSync(RESULTS)) if (/^ui-.*\.png$/.test(old)) rmSync(join(RESULTS, old));
  checkPackage();
  const tools = (await import(pathToFileURL(join(TOOLS, 'run-extension-tests.mjs')).href)) as VscodeRealTools;
  // A copy of the workspace: the test edits files (unsaved), and code-server may write .vscode/.
  const workspace = mkdtempSync(join(tmpdir(), 'intervention-lint-ui-'));
  cpSync(join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  const server = await tools.startCodeServer({ workspace, vsix: [VSIX], settings: { 'editor.minimap.enabled': false, 'workbench.startupEditor': 'none' } });
  const browser = await chromium.launch(tools.chromiumLaunchOptions());
  let ok = false;
  let page: Page | undefined;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30000);
    step('code-server with the packaged extension + chromium up');
    await page.goto(server.workbenchUrl({ openFile: join(workspace, 'vipp-sd.intervention.yaml') }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await problemsView(page);
    await statusBar(page);
    await quickFix(page);
    await evidenceReport(page);
    await walkthrough(page);
    await portfolioView(page);
    ok = true;
  } catch (error) {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    if (page) await page.screenshot({ path: join(RESULTS, 'ui-FAILED.png') }).catch(() => undefined);
  } finally {
    await browser.close();
    await server.stop({ removeTemp: ok });
    rmSync(workspace, { recursive: true, force: true });
  }
  step(`${ok ? 'PASS' : 'FAIL'}; screenshots in ${RESULTS}${ok ? '' : `; code-server profile and logs in ${server.tmp}`}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

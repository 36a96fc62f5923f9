/**
 * UI end-to-end test of the PACKAGED extension: checks the .vsix's contents, installs it into a real
 * VS Code (code-server 1.100, ../shared/tools/vscode-real) and drives the workbench with headless
 * Chromium through playwright-core: Problems view, a quick fix from the light bulb (keyboard), the
 * evidence report from the command palette, the status bar item, the Explorer's Interventions view;
 * then a second session with `interventionLint.language: nl` in which no English word may show in the
 * extension's texts, and the server-health item goes through "stopped" and its restart action.
 * Screenshots go to test-results/ and must not be blank. Exit code 0 = pass.
 *
 *   npm run test:ui      (= npm run package && tsc -p test/ui && node out/test/ui/run.js)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { englishIn, englishOnlyWords } from './english-words';
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

/** Moves the cursor of the active editor to `line:column` (1-based) through Go to Line. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget .quick-input-box input:focus').waitFor();
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The shown texts of `selector`, read in one go (VS Code's lists re-render while they are read). */
async function texts(page: Page | Frame, selector: string): Promise<string[]> {
  const found = page.locator(selector);
  await found.first().waitFor();
  return (await found.allInnerTexts()).map((t) => t.trim());
}

/** Pids of this session's language server: the packaged CLI, installed in the session's profile, run as `server`. */
function serverPids(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch (error) {
      // A process that ended between the listing and the read; any other error is real.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH') continue;
      throw error;
    }
    if (args.includes('server') && args.some((a) => a.startsWith(profile) && a.endsWith('intervention-lint.js'))) pids.push(Number(entry));
  }
  return pids;
}

/** Polls `find` until it gives a value, or fails naming `what`. */
async function poll<T>(what: string, find: () => T | undefined, timeoutMs = 30000): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const found = find();
    if (found !== undefined) return found;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The server-health item's "stopped" state: the language server is killed until
 * vscode-languageclient gives up restarting it (five crashes), the item then says so and offers
 * its restart action, which brings the server back. Returns the texts the item showed.
 */
async function serverStopped(page: Page, profile: string): Promise<string[]> {
  const killed = new Set<number>();
  for (let crash = 1; crash <= 5; crash++) {
    const pid = await poll(`language server process #${crash}`, () => serverPids(profile).find((p) => !killed.has(p)));
    process.kill(pid, 'SIGKILL');
    killed.add(pid);
  }
  // Either language is recognised here, so that an English item reaches the English-word check.
  const healthItem = '.hover-language-status .element:has-text("Intervention Lint:")';
  await page.locator('.statusbar-item[id="status.languageStatus"]').click();
  const stopped = page.locator(healthItem).filter({ hasText: /gestopt|stopped/ });
  await stopped.waitFor();
  const shown = (await stopped.allInnerTexts()).map((t) => t.trim());
  step(`server health after five crashes: ${JSON.stringify(shown.join(' ').replace(/\s+/g, ' '))}`);
  await screenshot(page, 'ui-nl-server-stopped.png');
  const restart = stopped.locator('a').filter({ hasText: /Herstarten|Restart/ });
  await restart.click();
  await poll('a language server process after the restart action', () => serverPids(profile).find((p) => !killed.has(p)));
  // The open hover is not re-rendered when the item changes: reopen it until it says "running".
  let now = '';
  for (const end = Date.now() + 30000; !/actief|running/.test(now); ) {
    if (Date.now() > end) throw new Error(`the server-health item after the restart action: ${JSON.stringify(now)}`);
    await page.mouse.move(700, 300);
    await page.keyboard.press('Escape');
    await page.locator('.hover-language-status').waitFor({ state: 'hidden' });
    await page.waitForTimeout(500);
    await page.locator('.statusbar-item[id="status.languageStatus"]').click();
    now = (await texts(page, healthItem)).join(' ');
  }
  step(`restart action: ${JSON.stringify(now.replace(/\s+/g, ' '))}`);
  await page.keyboard.press('Escape');
  return shown;
}

/**
 * With `interventionLint.language: nl` every string the extension puts on screen is Dutch: the
 * areas below are the extension's own (VS Code's chrome around them stays in its display language).
 */
async function dutchUi(page: Page, english: ReadonlySet<string>, profile: string): Promise<void> {
  const seen: Array<[area: string, text: string]> = [];
  const collect = (area: string, found: readonly string[]): void => {
    if (found.join('').trim() === '') throw new Error(`${area}: nothing shown`);
    for (const text of found) seen.push([area, text]);
  };
  await activeTab(page, 'vipp-sd.intervention.yaml');
  await page.locator('#status\\.problems[aria-label*="Errors: "]:not([aria-label*="Errors: 0"])').waitFor();
  await quickInput(page, 'F1', 'View: Focus Problems', 'View: Focus Problems');
  await page.locator('.markers-panel .monaco-list-row .marker-message-line').first().waitFor();
  collect('diagnostics', await texts(page, '.markers-panel .monaco-list-row .marker-message-line'));
  await screenshot(page, 'ui-nl-problems.png');

  await goTo(page, 25, 13); // the value of level.claimed
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I'); // Show Hover
  collect('hover', await texts(page, '.monaco-hover .hover-row:not(.status-bar) .rendered-markdown'));
  await screenshot(page, 'ui-nl-hover.png');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget .monaco-list-row').first().waitFor();
  // A second Ctrl+Space opens the details of the focused row: walk the rows.
  await page.keyboard.press('Control+Space');
  const details: string[] = [];
  const rows = await page.locator('.suggest-widget .monaco-list-row').count();
  for (let i = 0; i < Math.min(rows, 8); i++) {
    for (const text of await texts(page, '.suggest-details-container .suggest-details')) details.push(text);
    await page.keyboard.press('ArrowDown');
  }
  collect('completion details', details);
  await screenshot(page, 'ui-nl-completion.png');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+.');
  collect('quick-fix titles', await texts(page, '.action-widget .monaco-list-row.action'));
  await screenshot(page, 'ui-nl-quickfix.png');
  await page.keyboard.press('Escape');

  const levelItem = page.locator('.statusbar-item[id*="interventionLint"]');
  collect('status items', await texts(page, '.statusbar-item[id*="interventionLint"]'));
  collect('status item labels', await Promise.all((await levelItem.all()).map(async (item) => (await item.getAttribute('aria-label')) ?? '')));
  await levelItem.first().hover();
  collect('status item tooltip', await texts(page, '.workbench-hover'));
  await page.mouse.move(700, 300);
  await page.locator('.statusbar-item[id="status.languageStatus"]').click();
  collect('language status', await texts(page, '.hover-language-status .element'));
  await screenshot(page, 'ui-nl-status.png');
  await page.keyboard.press('Escape');
  collect('stopped server', await serverStopped(page, profile));

  await quickInput(page, 'F1', 'Focus on Interventions View', 'Intervention Lint: Focus on Interventions View');
  const tree = '.pane:has(.pane-header[aria-label^="Interventions"]) .monaco-list .monaco-list-row';
  await page.locator(`${tree}[aria-label^="Video-feedback Intervention"]`).waitFor();
  collect('Interventions view', await texts(page, tree));
  await quickInput(page, 'F1', 'Focus on Reviewer checklist View', 'Intervention Lint: Focus on Reviewer checklist View');
  collect('checklist view', await texts(page, '.pane:has(.pane-header[aria-label^="Reviewer checklist"]) .monaco-list .monaco-list-row'));
  await screenshot(page, 'ui-nl-views.png');

  await quickInput(page, 'Control+P', 'vipp-sd.intervention.yaml', 'vipp-sd.intervention.yaml');
  await quickInput(page, 'F1', 'Intervention Lint: Show Evidence Report', 'Intervention Lint: Show Evidence Report');
  const frame = await reportFrame(page);
  collect('report', [await frame.locator('body').innerText()]);
  await screenshot(page, 'ui-nl-report.png');

  const leaks = seen.flatMap(([area, text]) => {
    const words = englishIn(text, english);
    return words.length > 0 ? [`${area}: ${words.join(', ')} in ${JSON.stringify(text.slice(0, 160))}`] : [];
  });
  if (leaks.length > 0) throw new Error(`English in the Dutch UI:\n  ${leaks.join('\n  ')}`);
  step(`Dutch UI: ${seen.length} texts in ${new Set(seen.map(([area]) => area)).size} areas, no English word`);
}

/** One code-server with the packaged extension and `settings`, on a copy of the workspace. */
async function session(tools: VscodeRealTools, name: string, settings: Record<string, unknown>, body: (page: Page, workspace: string, profile: string) => Promise<void>): Promise<boolean> {
  // A copy of the workspace: the test edits files (unsaved), and code-server may write .vscode/.
  const workspace = mkdtempSync(join(tmpdir(), 'intervention-lint-ui-'));
  cpSync(join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  const server = await tools.startCodeServer({ workspace, vsix: [VSIX], settings: { 'editor.minimap.enabled': false, 'workbench.startupEditor': 'none', ...settings } });
  const browser = await chromium.launch(tools.chromiumLaunchOptions());
  let ok = false;
  let page: Page | undefined;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30000);
    step(`${name}: code-server with the packaged extension + chromium up`);
    await page.goto(server.workbenchUrl({ openFile: join(workspace, 'vipp-sd.intervention.yaml') }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await body(page, workspace, server.tmp);
    ok = true;
  } catch (error) {
    console.error(`FAILED (${name}): ${error instanceof Error ? error.message : String(error)}`);
    if (page) await page.screenshot({ path: join(RESULTS, `ui-FAILED-${name}.png`) }).catch(() => undefined);
  } finally {
    await browser.close();
    await server.stop({ removeTemp: ok });
    rmSync(workspace, { recursive: true, force: true });
  }
  step(`${name}: ${ok ? 'PASS' : `FAIL; code-server profile and logs in ${server.tmp}`}`);
  return ok;
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  for (const old of readdirSync(RESULTS)) if (/^ui-.*\.png$/.test(old)) rmSync(join(RESULTS, old));
  checkPackage();
  const tools = (await import(pathToFileURL(join(TOOLS, 'run-extension-tests.mjs')).href)) as VscodeRealTools;
  // IL_UI_ONLY=nl (or en) runs one session, for working on it.
  const only = process.env['IL_UI_ONLY'];
  const english = only === 'nl' || await session(tools, 'en', {}, async (page) => {
    await problemsView(page);
    await statusBar(page);
    await quickFix(page);
    await evidenceReport(page);
    await walkthrough(page);
    await portfolioView(page);
  });
  const dutch = only === 'en' || await session(tools, 'nl', { 'interventionLint.language': 'nl' }, async (page, workspace, profile) => {
    const words = englishOnlyWords(ROOT, workspace);
    step(`nl: ${words.size} words only the English tables use`);
    await dutchUi(page, words, profile);
  });
  const ok = english && dutch;
  step(`${ok ? 'PASS' : 'FAIL'}; screenshots in ${RESULTS}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

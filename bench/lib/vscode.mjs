/**
 * Figure 4: extension activation in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, through
 * ../shared/tools/vscode-real). Each repetition is a fresh code-server + extension host; inside it a
 * tiny test suite (written here, not a mocha suite: it only measures) does:
 *
 *   t0 → ext.activate()             activation: loading dist/client/extension.js + activate()
 *      → api.ready()                the language server spawned and answered `initialize`
 *   open a description → its first diagnostics from intervention-lint
 *
 * and writes the times to a JSON file named by an environment variable (the runner passes its
 * environment to the extension host).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, round, timed } from './util.mjs';

const SUITE = `'use strict';
// Written by bench/lib/vscode.mjs. Measures activation; no assertions.
const vscode = require('vscode');
const fs = require('fs');
const { performance } = require('perf_hooks');

function firstDiagnostics(uri, timeoutMs) {
  return new Promise((resolve) => {
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'intervention-lint');
    if (ours().length > 0) return resolve(true);
    const timer = setTimeout(() => { sub.dispose(); resolve(false); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ours().length > 0) { clearTimeout(timer); sub.dispose(); resolve(true); }
    });
  });
}

exports.run = async function run() {
  const out = process.env.ILB_VSCODE_RESULT;
  const result = {};
  try {
    const ext = vscode.extensions.getExtension(process.env.ILB_VSCODE_EXTENSION_ID);
    if (!ext) throw new Error('extension ' + process.env.ILB_VSCODE_EXTENSION_ID + ' not found');
    result.activeBefore = ext.isActive;
    const t0 = performance.now();
    const api = await ext.activate();
    const t1 = performance.now();
    result.activateMs = t1 - t0;
    if (api && typeof api.ready === 'function') { await api.ready(); result.serverReadyMs = performance.now() - t0; }
    const uri = vscode.Uri.file(process.env.ILB_VSCODE_FILE);
    const t2 = performance.now();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    result.languageId = doc.languageId;
    result.gotDiagnostics = await firstDiagnostics(uri, 20000);
    result.openToDiagnosticsMs = performance.now() - t2;
    result.diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'intervention-lint').length;
  } catch (error) {
    result.error = String(error && error.stack || error);
  }
  fs.writeFileSync(out, JSON.stringify(result));
};
`;

export async function runVscode({ root, work, reps, log }) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const extensionId = `${pkg.publisher}.${pkg.name}`;
  const main = pkg.main ? resolve(root, pkg.main) : undefined;
  const tools = resolve(root, '..', 'shared', 'tools', 'vscode-real');
  const todo = (reason) => ({ todo: true, reason });
  if (!main || !existsSync(main)) return todo(`the extension is not built: ${pkg.main ?? '(no "main" in package.json)'} does not exist (node esbuild.mjs builds it from client/src/extension.ts).`);
  if (!existsSync(join(root, 'test', 'vscode', 'suite'))) return todo('the extension has no tests yet (test/vscode/suite): activation is measured once the extension and its tests exist.');
  if (!existsSync(join(tools, 'run-extension-tests.mjs'))) return todo(`../shared/tools/vscode-real is not there (${tools}).`);

  // install.sh is idempotent (~0.6 s when installed, ~45 s on a fresh machine, apt included).
  const tInstall = performance.now();
  try {
    execFileSync('bash', [join(tools, 'install.sh')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  } catch (error) {
    return todo(`../shared/tools/vscode-real/install.sh failed: ${String(error.stderr ?? error.message).slice(-600)}`);
  }
  const installMs = performance.now() - tInstall;

  const dir = join(work, 'vscode');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'suite'), { recursive: true });
  mkdirSync(join(dir, 'workspace'), { recursive: true });
  writeFileSync(join(dir, 'suite', 'index.js'), SUITE);
  const file = join(dir, 'workspace', 'voorbeeld-samen-kijken.intervention.yaml');
  copyFileSync(join(root, 'samples', 'complete', 'voorbeeld-samen-kijken.intervention.yaml'), file);
  // One seeded finding so that "first diagnostics" is a non-empty publish.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^format: .*$/m, '$&\nunknownBenchKey: 1'));

  const runs = [];
  for (let rep = 0; rep < reps; rep++) {
    const out = join(dir, `result-${rep}.json`);
    rmSync(out, { force: true });
    const env = { ...process.env, ILB_VSCODE_RESULT: out, ILB_VSCODE_FILE: file, ILB_VSCODE_EXTENSION_ID: extensionId };
    const run = await timed(process.execPath, [join(tools, 'run-extension-tests.mjs'), '--extension', root, '--tests', join(dir, 'suite', 'index.js'), '--workspace', join(dir, 'workspace'), '--timeout', '120'], { cwd: root, env });
    const r = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { error: `no result (runner exit ${run.code}): ${run.stderr.slice(-800)}` };
    runs.push({ ...r, launchMs: round(run.ms), exit: run.code });
    log(`  vscode rep ${rep + 1}/${reps}: activate ${round(r.activateMs, 1)} ms, server ready ${round(r.serverReadyMs)} ms, open → diagnostics ${round(r.openToDiagnosticsMs)} ms${r.error ? ` ERROR ${r.error.slice(0, 200)}` : ''}`);
  }
  const ok = runs.filter((r) => !r.error);
  return {
    extensionId,
    vscode: 'code-server 4.100.3 (VS Code 1.100.3), headless Chromium, ../shared/tools/vscode-real',
    installMs: round(installMs),
    runs,
    median: ok.length
      ? {
          activateMs: round(median(ok.map((r) => r.activateMs)), 1),
          serverReadyMs: round(median(ok.map((r) => r.serverReadyMs)), 1),
          openToDiagnosticsMs: round(median(ok.map((r) => r.openToDiagnosticsMs)), 1),
          launchMs: round(median(ok.map((r) => r.launchMs))),
        }
      : undefined,
    errors: runs.filter((r) => r.error).map((r) => r.error),
  };
}

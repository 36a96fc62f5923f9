/**
 * The Explorer's views (Interventions, reviewer checklist) through their data providers, which
 * `activate()` exports, and the command Export worksheet.
 */
import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import type { ChecklistNode } from '../../../client/src/checklistView';
import type { PortfolioNode } from '../../../client/src/portfolioView';
import type { InterventionLintApi } from '../../../client/src/activate';
import { CHAPTER_HEADINGS } from '../../../server/src/export/types';
import type { PortfolioRow } from '../../../server/src/lsp/protocol';
import { api, closeAll, open, sample, waitFor, workspaceFolder } from './helpers';

const VIPP = 'vipp-sd.intervention.yaml';
const COMPLETE = 'voorbeeld-samen-kijken.intervention.yaml';
const LEVEL_GROUPS = ['Well-founded', 'Effective, first indications', 'Effective, good indications', 'Effective, strong indications'];

function iconId(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

async function vippRow(lint: InterventionLintApi, what: string, accept: (row: PortfolioRow) => boolean): Promise<PortfolioRow> {
  const uri = sample(VIPP).toString();
  return waitFor(
    `the Interventions view: ${what}`,
    () => {
      const row = lint.portfolio.allRows.find((r) => r.uri === uri);
      return row && accept(row) ? row : undefined;
    },
    [lint.portfolio.onDidChangeTreeData],
  );
}

/** The checklist once it shows the current version of `editor`'s description; resolves with its items. */
async function checklistOf(lint: InterventionLintApi, editor: vscode.TextEditor): Promise<{ groups: ChecklistNode[]; items: Extract<ChecklistNode, { kind: 'item' }>[] }> {
  const document = editor.document;
  await waitFor(
    `the checklist of ${document.fileName} (version ${document.version})`,
    () => {
      const current = lint.checklist.current;
      return current.uri?.toString() === document.uri.toString() && current.version === document.version && current.result !== null;
    },
    [lint.checklist.onDidChangeTreeData],
  );
  const groups = lint.checklist.getChildren();
  const items = groups.flatMap((group) => lint.checklist.getChildren(group)).filter((node): node is Extract<ChecklistNode, { kind: 'item' }> => node.kind === 'item');
  return { groups, items };
}

async function runItem(lint: InterventionLintApi, node: ChecklistNode): Promise<vscode.TextEditor> {
  const command = lint.checklist.getTreeItem(node).command;
  assert.ok(command, 'the item has no command');
  await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor);
  return editor;
}

suite('Views and the worksheet export', () => {
  const written: vscode.Uri[] = [];
  suiteSetup(async () => {
    await api();
  });
  teardown(closeAll);
  suiteTeardown(async () => {
    for (const uri of written) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
  });

  test('Interventions: one entry per description of the workspace, grouped by category', async () => {
    const lint = await api();
    await open(VIPP);
    await vscode.commands.executeCommand('interventionLint.portfolio.focus');
    await lint.portfolio.refresh();
    const groups = await lint.portfolio.getChildren();
    const labels = groups.map((g) => lint.portfolio.getTreeItem(g).label);
    assert.deepEqual(labels, ['Sensitivity and attachment', 'Maltreatment prevention', 'Parenting support']);
    const entries = (await Promise.all(groups.map((g) => lint.portfolio.getChildren(g)))).flat();
    const files = await vscode.workspace.findFiles('**/*.intervention.yaml');
    assert.ok(files.length >= 6);
    assert.deepEqual(entries.map((e) => (e.kind === 'description' ? e.row.uri : '')).sort(), files.map((f) => f.toString()).sort(), 'each description once, open or not');
    const byCategory = Object.fromEntries(groups.map((g) => [g.kind === 'category' ? g.key : '', g.kind === 'category' ? g.rows.map((r) => r.id).sort() : []]));
    assert.deepEqual(byCategory['maltreatment-prevention'], ['voorbeeld-sterk-thuis']);
    assert.deepEqual(byCategory['parenting-support'], ['houvast']);
    assert.ok(byCategory['sensitivity']?.includes('vipp-sd'));

    // Spec v1.1: missing-rationale and placeholder-text are the errors; the v1.1 implementation checks add warnings.
    const vipp = await vippRow(lint, 'vipp-sd with its counts', (r) => r.errors === 2);
    assert.deepEqual([vipp.claimed, vipp.supported, vipp.verdict, vipp.errors, vipp.warnings], ['effective-strong', 'none', 'not-supported', 2, 7]);
    const item = lint.portfolio.getTreeItem({ kind: 'description', row: vipp });
    assert.match(item.label as string, /^Video-feedback Intervention/);
    assert.match(String(item.description), /^effective, strong indications → none \(not yet well-founded\) · 2 errors, 7 warnings/);
    assert.equal(iconId(item), 'error');
    assert.match((item.tooltip as vscode.MarkdownString).value, /vipp-sd/);
    assert.deepEqual([item.command?.command, String(item.command?.arguments?.[0])], ['vscode.open', sample(VIPP).toString()]);
    const complete = lint.portfolio.allRows.find((r) => r.id === 'voorbeeld-samen-kijken')!;
    assert.equal(iconId(lint.portfolio.getTreeItem({ kind: 'description', row: complete })), 'pass');
    const houvast: PortfolioNode = { kind: 'description', row: lint.portfolio.allRows.find((r) => r.id === 'houvast')! };
    assert.equal(iconId(lint.portfolio.getTreeItem(houvast)), 'error');
  });

  test('Interventions: the counts follow an edit that fixes one of the errors', async () => {
    const lint = await api();
    const editor = await open(VIPP);
    await vippRow(lint, 'vipp-sd with 2 errors', (r) => r.errors === 2);
    const at = editor.document.positionAt(editor.document.getText().indexOf('\nimplementation:') + 1);
    await editor.edit((edit) => edit.insert(at, 'rationale:\n  problem: Probleem.\n  causes: Oorzaken.\n  theory: Theorie.\n'));
    // The placeholder-text error stays: only missing-rationale goes.
    const fixed = await vippRow(lint, 'vipp-sd with 1 error after the edit', (r) => r.errors === 1);
    assert.match(String(lint.portfolio.getTreeItem({ kind: 'description', row: fixed }).description), /· 1 error, 7 warnings/);
  });

  test('Interventions: a new file appears and a deleted one goes', async () => {
    const lint = await api();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'views-test-new.intervention.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample(COMPLETE))).replace(/^id: .*$/m, 'id: views-test-new');
    const rowOf = (): PortfolioRow | undefined => lint.portfolio.allRows.find((r) => r.uri === uri.toString());
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const row = await waitFor('the new file in the Interventions view', rowOf, [lint.portfolio.onDidChangeTreeData]);
      assert.deepEqual([row.id, row.category, row.errors], ['views-test-new', 'sensitivity', 0]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the deleted file gone from the Interventions view', () => rowOf() === undefined, [lint.portfolio.onDidChangeTreeData]);
  });

  test('Checklist of vipp-sd: problem analysis missing, revealed on the claim', async () => {
    const lint = await api();
    const editor = await open(VIPP);
    const { groups, items } = await checklistOf(lint, editor);
    assert.deepEqual(groups.map((g) => lint.checklist.getTreeItem(g).label), [...LEVEL_GROUPS, 'Inclusion criteria']);
    const problem = items.find((i) => i.entry.text.startsWith('problem analysis'));
    assert.ok(problem, items.map((i) => i.entry.text).join(' | '));
    assert.equal(problem.entry.met, false);
    const item = lint.checklist.getTreeItem(problem);
    assert.deepEqual([item.description, iconId(item)], ['✗', 'error']);
    assert.equal(items.find((i) => i.entry.text.startsWith('Dutch manual'))?.entry.met, true);
    assert.equal(items.find((i) => i.entry.text.startsWith('Contra-indications'))?.entry.met, false);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const revealed = await runItem(lint, problem);
    assert.equal(revealed.document.uri.toString(), sample(VIPP).toString());
    assert.equal(revealed.document.getText(revealed.selection), 'effective-strong');
    assert.match(revealed.document.lineAt(revealed.selection.start.line).text, /^ {2}claimed: effective-strong/);
  });

  test('Checklist of the complete sample: every item met; an item selects its key', async () => {
    const lint = await api();
    const editor = await open(COMPLETE);
    const { groups, items } = await checklistOf(lint, editor);
    assert.deepEqual(groups.map((g) => lint.checklist.getTreeItem(g).label), [...LEVEL_GROUPS, 'Inclusion criteria']);
    assert.deepEqual(items.filter((i) => !i.entry.met).map((i) => i.entry.text), []);
    for (const group of groups) assert.equal(iconId(lint.checklist.getTreeItem(group)), 'pass');
    const problem = items.find((i) => i.entry.text.startsWith('problem analysis'))!;
    const revealed = await runItem(lint, problem);
    assert.equal(revealed, vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(revealed.selection), 'problem');
    assert.equal(revealed.document.lineAt(revealed.selection.start.line).text, '  problem: >-');
    const study = items.find((i) => i.entry.text.includes('follow-up'))!;
    const atStudy = await runItem(lint, study);
    assert.match(atStudy.document.lineAt(atStudy.selection.start.line).text, /followUpMonths: (\d+)/);
  });

  test('Export worksheet (md) writes every chapter next to the description and opens it', async () => {
    await open(COMPLETE);
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('interventionLint.exportWorksheet', { format: 'md' });
    assert.ok(target);
    written.push(target);
    assert.equal(target.toString(), vscode.Uri.joinPath(workspaceFolder(), 'voorbeeld-samen-kijken-werkblad.md').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    let from = 0;
    for (const heading of CHAPTER_HEADINGS) {
      const at = text.indexOf(`\n## ${heading}\n`, from);
      assert.ok(at > from, `chapter "${heading}" missing or out of order`);
      from = at;
    }
    assert.match(text, /^# Werkblad beschrijving interventie: Samen Kijken \(voorbeeldinterventie\)/);
    await waitFor('the worksheet in the active editor', () => vscode.window.activeTextEditor?.document.uri.toString() === target.toString(), [vscode.window.onDidChangeActiveTextEditor]);
  });

  test('Export worksheet (docx) writes a Word document to the given target', async () => {
    const target = vscode.Uri.joinPath(vscode.Uri.file(tmpdir()), 'samen-kijken-werkblad-test.docx');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('interventionLint.exportWorksheet', { format: 'docx', target, uri: sample(COMPLETE) });
    assert.equal(saved?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.ok(bytes.length > 2000, `only ${bytes.length} bytes`);
    assert.equal(new TextDecoder('latin1').decode(bytes.subarray(0, 2)), 'PK');
    await vscode.workspace.fs.delete(target);
  });
});

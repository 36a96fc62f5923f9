import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChecklistResult, ExportWorksheetResult, PortfolioResult } from '../../server/src/lsp/protocol';
import { CHAPTER_HEADINGS } from '../../server/src/export';
import { fileUri, PULL_CAPABILITIES, startServer, type LspSession } from '../support/lsp-client';
import { ROOT } from '../support/paths';
import { completeSample } from '../support/samples';
import { makeWorkspace } from '../support/workspace';

const VIPP = readFileSync(join(ROOT, 'test', 'vscode', 'workspace', 'vipp-sd.intervention.yaml'), 'utf8');
const COMPLETE = completeSample();
const HOME = completeSample('voorbeeld-sterk-thuis.intervention.yaml');

function lineOf(text: string, needle: string): number {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  return text.slice(0, offset).split('\n').length - 1;
}

describe('language server: the requests of the VS Code views (portfolio, checklist, worksheet)', () => {
  let session: LspSession;
  let root: string;
  const uriOf = (name: string): string => fileUri(join(root, name));

  before(async () => {
    root = makeWorkspace({
      'vipp-sd.intervention.yaml': VIPP,
      'samen-kijken.intervention.yaml': COMPLETE,
      'nested/sterk-thuis.intervention.yaml': HOME,
      'notes.yaml': 'just: yaml\n',
      'broken.intervention.yaml': 'format: intervention/v1\nid: [unclosed\n',
    });
    session = await startServer({ root, capabilities: PULL_CAPABILITIES });
  });
  after(async () => session?.close());

  it('portfolio: one row per description of the workspace, none of them open', async () => {
    const { rows } = await session.connection.sendRequest<PortfolioResult>('interventionLint/portfolio', {});
    assert.deepEqual(rows.map((r) => r.file).sort(), ['broken.intervention.yaml', 'samen-kijken.intervention.yaml', 'sterk-thuis.intervention.yaml', 'vipp-sd.intervention.yaml']);
    const vipp = rows.find((r) => r.id === 'vipp-sd')!;
    assert.equal(vipp.uri, uriOf('vipp-sd.intervention.yaml'));
    assert.equal(vipp.category, 'sensitivity');
    assert.equal(vipp.categoryName, 'sensitivity and attachment');
    assert.equal(vipp.claimed, 'effective-strong');
    assert.equal(vipp.claimedName, 'effective, strong indications');
    assert.equal(vipp.supported, 'none');
    assert.equal(vipp.verdict, 'not-supported');
    assert.deepEqual([vipp.errors, vipp.warnings, vipp.infos], [2, 7, 2]);
    assert.equal(vipp.findingsText, '2 errors, 7 warnings, 2 info');
    const complete = rows.find((r) => r.id === 'voorbeeld-samen-kijken')!;
    assert.deepEqual([complete.verdict, complete.errors, complete.warnings, complete.findingsText], ['supported', 0, 0, '']);
    assert.equal(rows.find((r) => r.id === 'voorbeeld-sterk-thuis')?.category, 'maltreatment-prevention');
    const broken = rows.find((r) => r.file === 'broken.intervention.yaml')!;
    assert.deepEqual([broken.verdict, broken.supported, broken.category, broken.categoryName], ['not-checked', '', '', 'no category']);
    assert.ok(broken.errors > 0);
  });

  it('portfolio: only the given files, with the open (unsaved) text', async () => {
    const uri = uriOf('vipp-sd.intervention.yaml');
    const fixed = VIPP.replace(/^implementation:/m, 'rationale:\n  problem: Probleem.\n  causes: Oorzaken.\n  theory: Theorie.\nimplementation:');
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'intervention-yaml', version: 1, text: fixed } });
    const { rows } = await session.connection.sendRequest<PortfolioResult>('interventionLint/portfolio', { uris: [uri, uriOf('no-such.intervention.yaml')] });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.errors, 1, 'the rationale fixed missing-rationale; the placeholder organisation is left');
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('checklist: the levels up to the claim and the inclusion criteria, with their places', async () => {
    const result = await session.connection.sendRequest<ChecklistResult>('interventionLint/checklist', { uri: uriOf('vipp-sd.intervention.yaml') });
    assert.ok(result);
    assert.deepEqual([...new Set(result.items.map((i) => i.group))], [
      'well-founded',
      'effective, first indications',
      'effective, good indications',
      'effective, strong indications',
      'Inclusion criteria',
    ]);
    const problem = result.items.find((i) => i.text.startsWith('problem analysis'))!;
    assert.equal(problem.met, false);
    assert.equal(problem.text, 'problem analysis (rationale.problem) — source: GR Table 1, note a', 'the checklist says which requirement the advice sources');
    const controlled = result.items.find((i) => i.groupKey === 'effective-strong' && i.text.includes('controlled'))!;
    assert.match(controlled.text, /— tool default, configurable as levels\.effective-strong\.controlledStudies$/);
    // No rationale at all: shown on the claim that needs it, as the finding is.
    assert.equal(problem.range?.start.line, lineOf(VIPP, '  claimed: effective-strong'));
    const manual = result.items.find((i) => i.text.startsWith('Dutch manual'))!;
    assert.equal(manual.met, true);
    assert.equal(manual.range?.start.line, lineOf(VIPP, '  manual:'));
    assert.deepEqual(manual.range?.start, { line: lineOf(VIPP, '  manual:'), character: 2 });
    assert.deepEqual(manual.range?.end, { line: lineOf(VIPP, '  manual:'), character: 8 });
    const contra = result.items.find((i) => i.text.startsWith('Contra-indications'))!;
    assert.equal(contra.met, false);
    assert.equal(contra.range?.start.line, lineOf(VIPP, 'targetGroup:'), 'a missing key is shown on its parent');
    assert.equal(result.items.find((i) => i.text.startsWith('Quality assurance'))?.met, false);
    assert.equal(result.items.find((i) => i.text.startsWith('Child age'))?.met, true);
  });

  it('checklist: every item of a complete description is met; levels above the claim are left out', async () => {
    const result = await session.connection.sendRequest<ChecklistResult>('interventionLint/checklist', { uri: uriOf('samen-kijken.intervention.yaml') });
    assert.ok(result);
    assert.deepEqual(result.items.filter((i) => !i.met).map((i) => i.text), []);
    const problem = result.items.find((i) => i.text.startsWith('problem analysis'))!;
    assert.deepEqual(problem.range?.start, { line: lineOf(COMPLETE, '  problem:'), character: 2 });
    const home = await session.connection.sendRequest<ChecklistResult>('interventionLint/checklist', { uri: uriOf('nested/sterk-thuis.intervention.yaml') });
    assert.ok(!home?.items.some((i) => i.groupKey === 'effective-strong'), 'levels above the claim are left out');
    assert.equal(await session.connection.sendRequest('interventionLint/checklist', { uri: uriOf('absent.intervention.yaml') }), null);
    const broken = await session.connection.sendRequest<ChecklistResult>('interventionLint/checklist', { uri: uriOf('broken.intervention.yaml') });
    assert.deepEqual(broken?.items, []);
    assert.match(broken?.message ?? '', /could not be checked/);
  });

  it('checklist and portfolio follow the message language (nl)', async () => {
    const dutch = await startServer({ root, settings: { language: 'nl' } });
    try {
      // Pushed after the server has read the settings and scanned the workspace.
      await dutch.waitForDiagnostics(uriOf('vipp-sd.intervention.yaml'));
      const result = await dutch.connection.sendRequest<ChecklistResult>('interventionLint/checklist', { uri: uriOf('vipp-sd.intervention.yaml') });
      assert.equal(result?.language, 'nl');
      assert.ok(result?.items.some((i) => i.group === 'Opnamecriteria' && i.text.startsWith('Nederlandstalige handleiding')));
      assert.ok(result?.items.some((i) => i.group === 'goed onderbouwd' && i.text === 'probleemanalyse (rationale.problem) — bron: GR tabel 1, noot a' && !i.met));
      const { rows } = await dutch.connection.sendRequest<PortfolioResult>('interventionLint/portfolio', { uris: [uriOf('vipp-sd.intervention.yaml')] });
      assert.deepEqual([rows[0]?.categoryName, rows[0]?.claimedName, rows[0]?.findingsText], ['sensitiviteit en gehechtheid', 'effectief volgens sterke aanwijzingen', '2 fouten, 7 waarschuwingen, 2 info']);
    } finally {
      await dutch.close();
    }
  });

  it('exportWorksheet: Markdown with every chapter, and a .docx in base64', async () => {
    const uri = uriOf('samen-kijken.intervention.yaml');
    const md = await session.connection.sendRequest<ExportWorksheetResult>('interventionLint/exportWorksheet', { uri, format: 'md' });
    assert.ok(md);
    assert.equal(md.fileName, 'voorbeeld-samen-kijken-werkblad.md');
    assert.equal(md.encoding, 'utf8');
    for (const heading of CHAPTER_HEADINGS) assert.ok(md.content.includes(`## ${heading}\n`), heading);
    const html = await session.connection.sendRequest<ExportWorksheetResult>('interventionLint/exportWorksheet', { uri, format: 'html' });
    assert.match(html?.content ?? '', /^<!DOCTYPE html>/);
    const docx = await session.connection.sendRequest<ExportWorksheetResult>('interventionLint/exportWorksheet', { uri, format: 'docx' });
    assert.ok(docx);
    assert.equal(docx.fileName, 'voorbeeld-samen-kijken-werkblad.docx');
    assert.equal(docx.encoding, 'base64');
    const bytes = Buffer.from(docx.content, 'base64');
    assert.ok(bytes.length > 2000);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const gaps = await session.connection.sendRequest<ExportWorksheetResult>('interventionLint/exportWorksheet', { uri: uriOf('vipp-sd.intervention.yaml'), format: 'md' });
    assert.ok((gaps?.missing ?? 0) > 0);
    assert.match(gaps?.content ?? '', /\[ONTBREEKT: probleemanalyse \(rationale\.problem\)\]/);
  });

  it('exportWorksheet: an error for a file that cannot be read as a description', async () => {
    await assert.rejects(session.connection.sendRequest('interventionLint/exportWorksheet', { uri: uriOf('broken.intervention.yaml'), format: 'md' }), /Cannot export the worksheet/);
    await assert.rejects(session.connection.sendRequest('interventionLint/exportWorksheet', { uri: uriOf('vipp-sd.intervention.yaml'), format: 'pdf' }), /format must be/);
    assert.equal(await session.connection.sendRequest('interventionLint/exportWorksheet', { uri: uriOf('absent.intervention.yaml'), format: 'md' }), null);
  });
});

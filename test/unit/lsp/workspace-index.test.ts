import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver';
import { createAnalysisCache } from '../../../server/src/lsp/analysis';
import { createFolderConfigs } from '../../../server/src/lsp/folders';
import { createSettingsSource } from '../../../server/src/lsp/settings';
import { createWorkspaceIndex } from '../../../server/src/lsp/workspace-index';
import { completeSample } from '../../support/samples';

const name = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

describe('workspace index: cross-file results change only where they must', () => {
  it('an id change affects exactly the files of the old and the new id, and only their stamps move', () => {
    const index = createWorkspaceIndex(name);
    const uris = Array.from({ length: 200 }, (_, i) => `file:///w/f${i}.intervention.yaml`);
    uris.forEach((uri, i) => assert.deepEqual(index.setId(uri, `id-${i}`), []));
    assert.deepEqual(index.setId('file:///w/b.intervention.yaml', 'shared'), []);
    const before = uris.map((uri) => index.crossStamp(uri));
    const a = 'file:///w/a.intervention.yaml';
    assert.deepEqual(index.setId(a, 'shared'), ['file:///w/b.intervention.yaml']);
    assert.deepEqual(index.viewFor(a).otherFilesWithId('shared'), ['b.intervention.yaml']);
    assert.deepEqual(index.setId(a, 'shared'), [], 'the same id again changes nothing');
    assert.deepEqual(index.setId(a, 'id-7'), ['file:///w/b.intervention.yaml', 'file:///w/f7.intervention.yaml']);
    assert.deepEqual(index.forget(a), ['file:///w/f7.intervention.yaml']);
    const after = uris.map((uri) => index.crossStamp(uri));
    assert.deepEqual(after.map((s, i) => s !== before[i]).flatMap((moved, i) => (moved ? [i] : [])), [7]);
  });
});

describe('analysis cache: one check per open version, and cross-file changes re-check only the affected', () => {
  const connection = { console: { log: () => undefined } } as unknown as Connection;
  const runtime = { fs: undefined, ruleDocsBase: undefined };

  it('re-checks the file that now shares an id, keeps every other analysis', () => {
    const folders = createFolderConfigs(connection, runtime, { roots: [{ uri: 'file:///w' }], clientLocale: undefined, settings: createSettingsSource(connection, false, undefined) });
    const index = createWorkspaceIndex((uri) => folders.displayName(uri));
    const open = new Map<string, TextDocument>();
    const crossFile: string[][] = [];
    const analysis = createAnalysisCache({ runtime, folders, index, isCurrent: (d) => open.get(d.uri) === d, onCrossFileChange: (uris) => crossFile.push([...uris]) });
    const text = completeSample();
    const withId = (id: string): string => text.replace(/^id: .*$/m, `id: ${id}`);
    const docs = ['a', 'b', 'c', 'd'].map((n) => TextDocument.create(`file:///w/${n}.intervention.yaml`, 'intervention-yaml', 1, withId(`only-${n}`)));
    for (const doc of docs) open.set(doc.uri, doc);
    const first = docs.map((doc) => analysis.ofOpen(doc));
    assert.deepEqual(crossFile, []);
    assert.deepEqual(docs.map((doc, i) => analysis.ofOpen(doc) === first[i]), [true, true, true, true], 'cached per version');

    const [a, b] = docs as [TextDocument, TextDocument];
    const a2 = TextDocument.update(a, [{ text: withId('only-b') }], 2);
    open.set(a2.uri, a2);
    const changed = analysis.ofOpen(a2);
    assert.deepEqual(changed.result.findings.map((f) => f.ruleId), ['duplicate-id']);
    assert.deepEqual(crossFile, [[b.uri]], 'only b is told');
    const second = docs.map((doc) => analysis.ofOpen(doc));
    assert.deepEqual(second.map((s, i) => s === first[i]), [false, false, true, true], 'b is checked again, c and d are not');
    assert.deepEqual(second[1]!.result.findings.map((f) => f.ruleId), ['duplicate-id']);
  });
});

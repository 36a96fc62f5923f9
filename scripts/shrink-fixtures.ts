/**
 * `npm run fixtures:shrink [-- --write] [rule-folder…]`: turns full rule fixtures that are near-copies
 * of a base in test/fixtures/_base/ into patches (`*.patch.yaml`, see CONTRIBUTING.md).
 *
 * For each full fixture it tries every base, derives `set`/`delete` entries key by key (descending
 * into maps and equal-length lists while only values differ), and keeps a patch only when applying
 * it gives the fixture back byte for byte; otherwise the fixture stays a full file. Without
 * `--write` it only reports what it would do. The way to add a near-copy fixture: copy a base to
 * `test/fixtures/<rule>/<name>.intervention.yaml`, change it, mark the expected findings, run this.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyFixturePatch, FixturePatchError, headerLength, keyOf as plainKeyOf, lineSpan, pairLines, parsePath } from '../test/support/fixture-patch';
import { baseNames, fixtureFolders, readBase } from '../test/support/fixtures';
import { FIXTURES } from '../test/support/paths';

/** Folders whose fixtures are about the file itself (syntax, directives, layout): always full files. */
const FULL_FOLDERS = new Set(['yaml-syntax', 'yaml-warning', 'format-version', 'disable-comments', 'invalid-disable', 'unused-disable']);
/** A disable comment or a YAML directive in a file keeps it full: a patch would hide what it is about. */
const FILE_LEVEL = /intervention-lint-(disable|enable)|^%|^---|^\.\.\./m;
/** The column of the keys under `set:` in a patch. */
const PATCH_INDENT = 2;

interface Side {
  readonly text: string;
  readonly lines: readonly string[];
  readonly counter: LineCounter;
  readonly doc: Document;
}

interface Change {
  readonly kind: 'set' | 'delete';
  readonly path: string;
  /** The line in the fixture (set) or the base (delete), for ordering. */
  readonly line: number;
  /** For `set`: the entry's lines, as they go under `set:`. */
  readonly entry: readonly string[];
}

function side(text: string): Side | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { text, lines: text.split('\n'), counter, doc };
}

const pairSpan = (s: Side, pair: Pair): { first: number; last: number } => pairLines(pair, s.text, s.counter);
const nodeSpan = (s: Side, node: Node): { first: number; last: number } => lineSpan(s.text, s.counter, node.range![0], node.range![1]);

const textOf = (s: Side, r: { first: number; last: number }): string => s.lines.slice(r.first, r.last + 1).join('\n');

/**
 * The lines inside a collection that belong to none of its entries (comments, blank lines), from
 * the line after `owner` (the key line of the collection's pair; -1 for the document).
 */
function gaps(s: Side, owner: number, spans: readonly { first: number; last: number }[]): string[] {
  return spans.flatMap((r, i) => s.lines.slice((i === 0 ? owner : spans[i - 1]!.last) + 1, r.first));
}

/** A key a path can name; anything else (quoted with dots, a number, a flow key) keeps the fixture full. */
function keyOf(pair: Pair): string | undefined {
  const key = plainKeyOf(pair);
  return key !== undefined && parsePath(key)?.length === 1 ? key : undefined;
}

const isBlockMap = (n: unknown): n is YAMLMap => isMap(n) && !n.flow;
const isBlockSeq = (n: unknown): n is YAMLSeq => isSeq(n) && !n.flow;

/** The `set` entry that writes the fixture's pair as it is. */
function setEntry(f: Side, pair: Pair, path: string): Change {
  const r = pairSpan(f, pair);
  const keyNode = pair.key as Node;
  const column = f.counter.linePos(keyNode.range![0]).col - 1;
  const first = f.lines[r.first]!;
  const after = first.slice(f.counter.linePos(keyNode.range![1]).col - 1);
  const shift = PATCH_INDENT - column;
  const rest = f.lines.slice(r.first + 1, r.last + 1).map((l) => (l.trim() === '' ? l : shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift)));
  return { kind: 'set', path, line: r.first, entry: [`${' '.repeat(PATCH_INDENT)}${path}${after}`, ...rest] };
}

/** The changes that turn the base map into the fixture map, or undefined when only a whole replacement will do. */
function diffMap(b: Side, bOwner: number, bMap: YAMLMap, f: Side, fOwner: number, fMap: YAMLMap, prefix: string): Change[] | undefined {
  const bKeys = bMap.items.map(keyOf);
  const fKeys = fMap.items.map(keyOf);
  if (bKeys.includes(undefined) || fKeys.includes(undefined)) return undefined;
  if (gaps(b, bOwner, bMap.items.map((p) => pairSpan(b, p))).join('\n') !== gaps(f, fOwner, fMap.items.map((p) => pairSpan(f, p))).join('\n')) return undefined;
  let changes: Change[] = [];
  for (const bPair of bMap.items) {
    const key = keyOf(bPair)!;
    const fPair = fMap.items.find((p) => keyOf(p) === key);
    if (!fPair) {
      changes.push({ kind: 'delete', path: prefix + key, line: pairSpan(b, bPair).first, entry: [] });
      continue;
    }
    if (textOf(b, pairSpan(b, bPair)) === textOf(f, pairSpan(f, fPair))) continue;
    const inner = diffValue(b, bPair, f, fPair, `${prefix}${key}.`);
    changes = changes.concat(inner ?? [setEntry(f, fPair, prefix + key)]);
  }
  for (const fPair of fMap.items) {
    if (!bKeys.includes(keyOf(fPair))) changes.push(setEntry(f, fPair, prefix + keyOf(fPair)!));
  }
  return changes;
}

/** Finer changes inside a pair whose key line is unchanged, or undefined. */
function diffValue(b: Side, bPair: Pair, f: Side, fPair: Pair, prefix: string): Change[] | undefined {
  const bOwner = pairSpan(b, bPair).first;
  const fOwner = pairSpan(f, fPair).first;
  if (b.lines[bOwner] !== f.lines[fOwner]) return undefined;
  const bv = bPair.value;
  const fv = fPair.value;
  if (isBlockMap(bv) && isBlockMap(fv)) return diffMap(b, bOwner, bv, f, fOwner, fv, prefix);
  if (!isBlockSeq(bv) || !isBlockSeq(fv) || bv.items.length !== fv.items.length) return undefined;
  const bSpans = bv.items.map((n) => nodeSpan(b, n as Node));
  const fSpans = fv.items.map((n) => nodeSpan(f, n as Node));
  if (gaps(b, bOwner, bSpans).join('\n') !== gaps(f, fOwner, fSpans).join('\n')) return undefined;
  let changes: Change[] = [];
  for (let i = 0; i < bv.items.length; i++) {
    if (textOf(b, bSpans[i]!) === textOf(f, fSpans[i]!)) continue;
    const bi = bv.items[i];
    const fi = fv.items[i];
    // An item that is a map, changed inside; its `- ` line must stay as it is.
    if (!isBlockMap(bi) || !isBlockMap(fi) || b.lines[bSpans[i]!.first] !== f.lines[fSpans[i]!.first]) return undefined;
    // The item's first key shares the `- ` line, so nothing lies between it and the item.
    const inner = diffMap(b, bSpans[i]!.first - 1, bi, f, fSpans[i]!.first - 1, fi, `${prefix}${i}.`);
    if (!inner) return undefined;
    changes = changes.concat(inner);
  }
  return changes;
}

function patchText(header: readonly string[], base: string, dropIntroduction: boolean, changes: readonly Change[]): string {
  const sets = changes.filter((c) => c.kind === 'set').sort((x, y) => x.line - y.line);
  const deletes = changes.filter((c) => c.kind === 'delete').sort((x, y) => x.line - y.line);
  const flow = `delete: [${deletes.map((c) => c.path).join(', ')}]`;
  const lines = [
    ...header,
    `base: ${base}`,
    ...(dropIntroduction ? ['introduction: false'] : []),
    ...(sets.length > 0 ? ['set:', ...sets.flatMap((c) => c.entry)] : []),
    ...(deletes.length === 0 ? [] : flow.length <= 100 ? [flow] : ['delete:', ...deletes.map((c) => `  - ${c.path}`)]),
  ];
  return `${lines.join('\n')}\n`;
}

/** The shortest patch that gives `text` back exactly, or undefined. */
export function shrink(source: string, text: string): { patch: string; base: string } | undefined {
  if (FILE_LEVEL.test(text)) return undefined;
  const all = text.split('\n');
  const header = all.slice(0, headerLength(all));
  const f = side(all.slice(header.length).join('\n'));
  if (!f || !isBlockMap(f.doc.contents)) return undefined;
  let best: { patch: string; base: string } | undefined;
  for (const base of baseNames()) {
    const baseAll = readBase(base)!.split('\n');
    const body = baseAll.slice(headerLength(baseAll));
    // The fixture either keeps the base's introduction (comment lines after `format:`) or has none.
    const introduction = headerLength(body.slice(1));
    const dropIntroduction = introduction > 0 && body.slice(1, introduction + 1).join('\n') !== f.lines.slice(1, introduction + 1).join('\n');
    const b = side((dropIntroduction ? [body[0]!, ...body.slice(introduction + 1)] : body).join('\n'));
    if (!b || !isBlockMap(b.doc.contents)) continue;
    const changes = diffMap(b, -1, b.doc.contents, f, -1, f.doc.contents, '');
    if (!changes || changes.length === 0) continue;
    const patch = patchText(header, base, dropIntroduction, changes);
    try {
      if (applyFixturePatch(source, patch, readBase).text !== text) continue;
    } catch (error) {
      // A patch the applier rejects (an alias to an anchor outside the entry, say) is no patch:
      // the fixture stays a full file.
      if (error instanceof FixturePatchError) continue;
      throw error;
    }
    if (!best || patch.length < best.patch.length) best = { patch, base };
  }
  // A patch longer than half the fixture says less than the fixture itself.
  return best && best.patch.split('\n').length <= all.length / 2 ? best : undefined;
}

function main(argv: readonly string[]): void {
  const write = argv.includes('--write');
  const only = argv.filter((a) => !a.startsWith('--'));
  let shrunk = 0;
  let kept = 0;
  for (const folder of fixtureFolders()) {
    if (only.length > 0 && !only.includes(folder)) continue;
    for (const file of readdirSync(join(FIXTURES, folder)).sort()) {
      if (!/\.intervention\.yaml$/.test(file)) continue;
      const path = join(FIXTURES, folder, file);
      const text = readFileSync(path, 'utf8');
      const result = FULL_FOLDERS.has(folder) ? undefined : shrink(`${folder}/${file}`, text);
      if (!result) {
        kept++;
        console.log(`full   ${folder}/${file}`);
        continue;
      }
      shrunk++;
      const target = join(FIXTURES, folder, file.replace(/\.intervention\.yaml$/, '.patch.yaml'));
      console.log(`patch  ${folder}/${file} -> ${result.patch.split('\n').length - 1} lines on ${result.base}`);
      if (write) {
        writeFileSync(target, result.patch);
        rmSync(path);
      }
    }
  }
  console.log(`${shrunk} fixture(s) ${write ? 'written as' : 'can be'} patches, ${kept} stay full files${write ? '' : ' (dry run: add --write)'}`);
}

if (require.main === module) main(process.argv.slice(2));

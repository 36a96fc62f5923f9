/**
 * Rule fixtures written as a base description plus a small patch (`*.patch.yaml`):
 *
 *     # Fixture for `schema`.            <- the patch's leading comment becomes the fixture's header
 *     base: samen-kijken                 <- test/fixtures/_base/samen-kijken.yaml
 *     set:
 *       approach.sessions: 40 # expect: sessions-outside-effective-range
 *     delete: [rationale.theory]
 *
 * The patch is applied to the base's *source lines*, not re-serialised: each `set` replaces the
 * lines of one key (key line through the end of its value) by the patch's own text for that entry,
 * shifted to the key's column, and each `delete` removes them. Everything else, comments and
 * folding included, is the base byte for byte, so the `# expect:` markers written in the patch land
 * on the line they name and line numbers in the produced text do not depend on a serialiser.
 *
 * A key the base lacks is placed where the patch deletes a key of the same map (a rename), else
 * after the map's last key. `introduction: false` drops the base's introduction, the comment lines
 * right after its first line (the samples explain themselves there).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

/** A patch that cannot be applied, with the 1-based line of the patch file it is about. */
export class FixturePatchError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

/** Where a line of the produced text comes from, for failure messages. */
export interface LineOrigin {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
}

export interface Produced {
  readonly text: string;
  /** One entry per line of `text`. */
  readonly origins: readonly LineOrigin[];
  readonly base: string;
}

/** A key path segment: a map key or a sequence index. */
type Segment = string | number;

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const TOP_LEVEL = new Set(['base', 'introduction', 'set', 'delete']);

/** `research.dutchStudies.0.design` → `['research', 'dutchStudies', 0, 'design']`; undefined when malformed. */
export function parsePath(path: string): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    if (/^(0|[1-9][0-9]*)$/.test(part)) segments.push(Number(part));
    else if (PLAIN_KEY.test(part)) segments.push(part);
    else return undefined;
  }
  return typeof segments[segments.length - 1] === 'string' ? segments : undefined;
}

/** Lines of a text that may end with a newline; `join('\n')` gives it back. */
function splitLines(text: string): string[] {
  return text.split('\n');
}

/** The number of leading lines that are comments or blank: a header. */
export function headerLength(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length - 1 && /^\s*(#.*)?$/.test(lines[n]!)) n++;
  return n;
}

/** 0-based first and last line of `text` from `start` to the last non-space character before `end`. */
export function lineSpan(text: string, lines: LineCounter, start: number, end: number): { first: number; last: number } {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  const first = lines.linePos(start).line - 1;
  return { first, last: Math.max(first, lines.linePos(Math.max(last - 1, 0)).line - 1) };
}

/** 0-based first and last line of a pair: from its key to the last character of its value. */
export function pairLines(pair: Pair, text: string, lines: LineCounter): { first: number; last: number } {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  return lineSpan(text, lines, key.range![0], value?.range ? value.range[1] : key.range![1]);
}

export function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

interface Located {
  readonly map: YAMLMap;
  readonly pair: Pair | undefined;
}

/** The map that holds the path's last key, and the pair if the base has it. */
function locate(root: Node | null, path: readonly Segment[]): Located | undefined {
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof segment === 'number') node = isSeq(node) ? node.items[segment] : undefined;
    else node = isMap(node) ? node.items.find((p) => keyOf(p) === segment)?.value : undefined;
    if (node === undefined) return undefined;
  }
  if (!isMap(node) || node.flow) return undefined;
  const last = path[path.length - 1] as string;
  return { map: node, pair: node.items.find((p) => keyOf(p) === last) };
}

interface Replacement {
  /** 0-based, inclusive; `last = first - 1` inserts before `first`. */
  readonly first: number;
  readonly last: number;
  readonly lines: readonly string[];
  readonly origins: readonly LineOrigin[];
  readonly patchLine: number;
}

/**
 * Applies a fixture patch. `readBase(name)` gives the text of test/fixtures/_base/<name>.yaml.
 * Throws a FixturePatchError for a patch that is malformed, names a key the base lacks, or changes nothing.
 */
export function applyFixturePatch(patchFile: string, patchText: string, readBase: (name: string) => string | undefined): Produced {
  const patchCounter = new LineCounter();
  const patch = parseDocument(patchText, { lineCounter: patchCounter, uniqueKeys: true });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 1 : patchCounter.linePos(offset).line);
  const fail = (offset: number | undefined, detail: string): never => {
    throw new FixturePatchError(patchFile, lineAt(offset), detail);
  };
  const problem = patch.errors[0] ?? patch.warnings[0];
  if (problem) fail(problem.pos[0], `not a valid patch: ${problem.message.split('\n')[0]}`);
  if (!isMap(patch.contents)) fail(0, 'a patch is a map with `base` and `set` or `delete` (and `introduction`)');
  const top = patch.contents as YAMLMap;
  for (const pair of top.items) {
    if (!TOP_LEVEL.has(keyOf(pair) ?? '')) fail((pair.key as Node).range?.[0], `unknown patch key \`${String(keyOf(pair))}\` (expected base, introduction, set or delete)`);
  }
  const entry = (name: string): Pair | undefined => top.items.find((p) => keyOf(p) === name);

  const baseNode = entry('base')?.value;
  if (!isScalar(baseNode) || typeof baseNode.value !== 'string') return fail(0, '`base` must name a file in test/fixtures/_base/');
  const baseName = baseNode.value;
  const baseFile = `_base/${baseName}.yaml`;
  const baseRaw = readBase(baseName);
  if (baseRaw === undefined) return fail(baseNode.range?.[0], `no base ${baseFile}`);

  // The base's header is replaced by the patch's: what is left is the description itself.
  const baseAll = splitLines(baseRaw);
  const baseSkip = headerLength(baseAll);
  const body = baseAll.slice(baseSkip);
  const bodyText = body.join('\n');
  const bodyCounter = new LineCounter();
  const base = parseDocument(bodyText, { lineCounter: bodyCounter });
  if (base.errors.length > 0) return fail(baseNode.range?.[0], `${baseFile} does not parse: ${base.errors[0]!.message.split('\n')[0]}`);

  const patchLines = splitLines(patchText);
  const replacements: Replacement[] = [];

  const introduction = entry('introduction');
  if (introduction) {
    const at = (introduction.key as Node).range?.[0];
    if (!isScalar(introduction.value) || typeof introduction.value.value !== 'boolean') return fail(at, '`introduction` is true (keep the base\'s introduction, the default) or false (drop it)');
    if (introduction.value.value === true) return fail(at, '`introduction: true` is the default: leave it out');
    const length = headerLength(body.slice(1));
    if (length === 0) return fail(at, `${baseFile} has no introduction (comment lines after its first line) to drop`);
    replacements.push({ first: 1, last: length, lines: [], origins: [], patchLine: lineAt(at) });
  }
  const deleted = new Map<YAMLMap, number>();

  const deleteNode = entry('delete')?.value;
  if (deleteNode !== undefined && deleteNode !== null && !isSeq(deleteNode)) fail((deleteNode as Node).range?.[0], '`delete` must be a list of key paths');
  for (const item of isSeq(deleteNode) ? deleteNode.items : []) {
    const at = (item as Node).range?.[0];
    const path = isScalar(item) && typeof item.value === 'string' ? parsePath(item.value) : undefined;
    if (!path) return fail(at, 'a key path is keys and indexes joined by dots, ending in a key (`approach.sessions`)');
    const found = locate(base.contents, path);
    if (!found?.pair) return fail(at, `\`${String((item as { value: unknown }).value)}\` is not in ${baseFile}: nothing to delete`);
    const { first, last } = pairLines(found.pair, bodyText, bodyCounter);
    replacements.push({ first, last, lines: [], origins: [], patchLine: lineAt(at) });
    deleted.set(found.map, Math.min(first, deleted.get(found.map) ?? first));
  }

  const setNode = entry('set')?.value;
  if (setNode !== undefined && setNode !== null && !(isMap(setNode) && !setNode.flow)) fail((setNode as Node).range?.[0], '`set` must be a block map of key paths to values');
  for (const pair of isMap(setNode) ? setNode.items : []) {
    const keyNode = pair.key as Node;
    const at = keyNode.range?.[0];
    const pathText = keyOf(pair);
    const path = pathText === undefined ? undefined : parsePath(pathText);
    if (!path) return fail(at, 'a key path is keys and indexes joined by dots, ending in a key (`approach.sessions`)');
    const found = locate(base.contents, path);
    if (!found) return fail(at, `\`${pathText}\`: ${baseFile} has no block map to hold it`);

    // The entry's own text: what follows the path on its line, then its value's lines.
    const span = pairLines(pair, patchText, patchCounter);
    const keyLine = patchLines[span.first]!;
    const keyColumn = patchCounter.linePos(keyNode.range![0]).col - 1;
    const afterKey = keyLine.slice(patchCounter.linePos(keyNode.range![1]).col - 1);
    if (!afterKey.startsWith(':')) return fail(at, 'write each change as `path: value` on one line, the value may continue below');
    const name = path[path.length - 1] as string;

    const targetColumn = found.pair
      ? bodyCounter.linePos((found.pair.key as Node).range![0]).col - 1
      : bodyCounter.linePos((found.map.items[0]!.key as Node).range![0]).col - 1;
    const shift = targetColumn - keyColumn;
    const lines = [`${' '.repeat(targetColumn)}${name}${afterKey}`];
    const origins: LineOrigin[] = [{ file: patchFile, line: span.first + 1 }];
    for (let i = span.first + 1; i <= span.last; i++) {
      const line = patchLines[i]!;
      if (shift < 0 && line.trim() !== '' && !line.startsWith(' '.repeat(-shift))) return fail(at, 'a continuation line is indented less than its key');
      lines.push(line.trim() === '' ? line : shift >= 0 ? ' '.repeat(shift) + line : line.slice(-shift));
      origins.push({ file: patchFile, line: i + 1 });
    }

    if (found.pair) {
      const { first, last } = pairLines(found.pair, bodyText, bodyCounter);
      if (lines.join('\n') === body.slice(first, last + 1).join('\n')) return fail(at, `\`${pathText}\` is already so in ${baseFile}: the change does nothing`);
      replacements.push({ first, last, lines, origins, patchLine: lineAt(at) });
    } else {
      // A new key: where a key of the same map was deleted (a rename), or after the map's last key.
      const mapEnd = pairLines(found.map.items[found.map.items.length - 1]!, bodyText, bodyCounter).last + 1;
      const before = deleted.get(found.map) ?? mapEnd;
      replacements.push({ first: before, last: before - 1, lines, origins, patchLine: lineAt(at) });
    }
  }
  if (replacements.length === (introduction ? 1 : 0)) fail(0, 'the patch changes nothing in the description (no `set` or `delete`): a copy of the base needs no fixture');

  // Bottom up, so earlier line numbers stay valid. At one line a replaced key goes before what is
  // inserted there (a rename), and insertions go in reverse so that they end up in the patch's order.
  const inserts = (r: Replacement): boolean => r.last < r.first;
  const order = replacements.map((r, i) => ({ r, i })).sort((a, b) => b.r.first - a.r.first || Number(inserts(a.r)) - Number(inserts(b.r)) || b.i - a.i);
  let out = body;
  let outOrigins: LineOrigin[] = body.map((_, i) => ({ file: baseFile, line: baseSkip + i + 1 }));
  let floor = Number.POSITIVE_INFINITY;
  for (const { r } of order) {
    if (r.last >= floor) fail(undefined, `two changes touch the same lines of ${baseFile} (patch line ${r.patchLine})`);
    out = [...out.slice(0, r.first), ...r.lines, ...out.slice(r.last + 1)];
    outOrigins = [...outOrigins.slice(0, r.first), ...r.origins, ...outOrigins.slice(r.last + 1)];
    floor = r.first;
  }

  const header = patchLines.slice(0, headerLength(patchLines));
  const headerOrigins = header.map((_, i) => ({ file: patchFile, line: i + 1 }));
  return { text: [...header, ...out].join('\n'), origins: [...headerOrigins, ...outOrigins], base: baseName };
}

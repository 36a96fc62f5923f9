/**
 * A decimal comma inside a flow mapping: `effect: { d: 0,41 }` parses as `{ d: 0, 41: null }`, so
 * the schema alone would report an unknown key `41`. This finds such pairs in the source and says
 * what the writer meant. (In block style, `d: 0,41` is text; schema-errors.ts handles that.)
 */
import { isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import { describeKey } from './schema-errors';
import type { Edit, KeyPath, Localized } from './types';

export interface DecimalComma {
  /** The value that was meant as a decimal number, e.g. `['research', …, 'effect', 'd']`. */
  readonly path: KeyPath;
  /** The key the part after the comma became, e.g. `[…, 'effect', '41']`. */
  readonly strayKey: KeyPath;
  readonly value: number;
  readonly edit: Edit;
  readonly message: Localized;
}

function plainSource(node: unknown): { start: number; source: string } | undefined {
  if (!isScalar(node)) return undefined;
  const token = (node).srcToken;
  if (!token || token.type !== 'scalar' || !('source' in token)) return undefined;
  return { start: token.offset, source: token.source };
}

/** Every flow-mapping value written with a decimal comma, with the fix to a decimal point. */
export function flowDecimalCommas(doc: Document.Parsed, text: string): DecimalComma[] {
  const found: DecimalComma[] = [];
  // Most files have no digit-comma-digit at all; they need no walk over the tree.
  if (!/\d,\d/.test(text)) return found;
  visit(doc, {
    Map(_, map, ancestry) {
      if (!map.flow) return;
      const path = pathOf(ancestry, map);
      if (path === undefined) return;
      map.items.forEach((pair, i) => {
        const next = map.items[i + 1];
        const whole = plainSource(pair.value);
        const fraction = next && next.value === null ? plainSource(next.key) : undefined;
        if (!whole || !fraction || !isScalar(pair.key) || !/^[-+]?\d+$/.test(whole.source) || !/^\d+$/.test(fraction.source)) return;
        const end = whole.start + whole.source.length;
        // Only `0,41` with nothing between: `0, 41` is a separator the writer typed on purpose.
        if (text[end] !== ',' || fraction.start !== end + 1) return;
        const key = String(pair.key.value);
        const written = `${whole.source},${fraction.source}`;
        const point = `${whole.source}.${fraction.source}`;
        found.push({
          path: [...path, key],
          strayKey: [...path, fraction.source],
          value: Number(point),
          edit: { start: whole.start, end: fraction.start + fraction.source.length, text: point },
          message: {
            en: `\`${written}\` has a decimal comma, which YAML reads as two entries (\`${whole.source}\` and a key \`${fraction.source}\`); write \`${point}\` for ${describeKey([...path, key])}.`,
            nl: `\`${written}\` heeft een decimale komma, die YAML leest als twee items (\`${whole.source}\` en een sleutel \`${fraction.source}\`); schrijf \`${point}\` (met een punt) bij ${describeKey([...path, key])}.`,
          },
        });
      });
    },
  });
  return found;
}

/** The key path of `node` from the ancestry `visit` gives; undefined for a node inside a key. */
function pathOf(ancestry: readonly unknown[], node: unknown): KeyPath | undefined {
  const path: (string | number)[] = [];
  const chain = [...ancestry, node];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (isPair(parent)) {
      if (parent.value !== child || !isScalar(parent.key)) return undefined;
      path.push(String(parent.key.value));
    } else if (isSeq(parent)) path.push(parent.items.indexOf(child));
  }
  return path;
}

/** `data` read as the writer meant it: the decimal restored and the stray key gone. */
export function withDecimals(data: unknown, commas: readonly DecimalComma[]): unknown {
  if (commas.length === 0) return data;
  const copy = structuredClone(data);
  for (const comma of commas) {
    const parent = at(copy, comma.path.slice(0, -1));
    if (parent === undefined) continue;
    parent[String(comma.path[comma.path.length - 1])] = comma.value;
    delete parent[String(comma.strayKey[comma.strayKey.length - 1])];
  }
  return copy;
}

function at(data: unknown, path: KeyPath): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and lists self time per function, with positions in
 * the bundle mapped back to their original source through the bundle's source map (a small
 * Source Map v3 decoder, so the bench needs no dependency for it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64_INDEX.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Map of a generated file: lookup(line0, col0) → { source, line } (0-based line in the source). */
export function loadSourceMap(mapFile) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = [];
  let source = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length >= 4) {
        source += v[1];
        srcLine += v[2];
        srcCol += v[3];
        segments.push([col, source, srcLine]);
      }
    }
    lines.push(segments);
  }
  return {
    lookup(line0, col0) {
      const segs = lines[line0];
      if (!segs || segs.length === 0) return undefined;
      let best = segs[0];
      for (const s of segs) {
        if (s[0] <= col0) best = s;
        else break;
      }
      return { source: map.sources[best[1]], line: best[2] };
    },
  };
}

/** Groups a source path into a package/area name. */
export function areaOf(source) {
  if (!source) return 'node internals / native';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  const ours = /(server\/src\/[^/]+(?:\/[^/]+)?)/.exec(source);
  if (ours) return ours[1].replace(/\/[^/]+\.ts$/, '');
  if (/^node:|^internal\//.test(source)) return 'node internals / native';
  return source;
}

/**
 * Self time per function (top `limit`) and per area, for a profile. `maps` maps a script URL or
 * path to a source map file.
 */
export function summarise(profileFile, { maps = {}, root, limit = 15 } = {}) {
  const p = JSON.parse(readFileSync(profileFile, 'utf8'));
  const loaded = new Map();
  const mapFor = (url) => {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (!(path in maps)) return undefined;
    if (!loaded.has(path)) loaded.set(path, existsSync(maps[path]) ? loadSourceMap(maps[path]) : undefined);
    return loaded.get(path);
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const deltas = p.timeDeltas;
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const d = deltas[i] ?? 0;
    total += d;
    selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + d);
  }
  const fns = new Map();
  const areas = new Map();
  for (const [id, us] of selfUs) {
    const cf = byId.get(id).callFrame;
    const sm = cf.url ? mapFor(cf.url) : undefined;
    const orig = sm && cf.lineNumber >= 0 ? sm.lookup(cf.lineNumber, cf.columnNumber) : undefined;
    let where;
    let source;
    if (orig) {
      source = orig.source.replace(/^(\.\.\/)+/, '');
      where = `${source}:${orig.line + 1}`;
    } else if (cf.url) {
      const path = cf.url.startsWith('file://') ? fileURLToPath(cf.url) : cf.url;
      source = root && path.startsWith('/') ? relative(root, path) : path;
      where = `${source}:${cf.lineNumber + 1}`;
    } else {
      source = undefined;
      where = cf.functionName ? '(native)' : '';
    }
    const name = cf.functionName || (cf.url ? '(anonymous)' : '(program)');
    const special = ['(garbage collector)', '(program)', '(idle)', '(root)'].includes(name);
    const key = `${name} ${special ? '' : where}`.trim();
    const entry = fns.get(key) ?? { fn: name, where: special ? '' : where, selfMs: 0 };
    entry.selfMs += us / 1000;
    fns.set(key, entry);
    const area = special ? name : areaOf(source);
    areas.set(area, (areas.get(area) ?? 0) + us / 1000);
  }
  const totalMs = total / 1000;
  const pct = (ms) => Math.round((1000 * ms) / totalMs) / 10;
  return {
    totalMs: Math.round(totalMs),
    top: [...fns.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit).map((f) => ({ ...f, selfMs: Math.round(f.selfMs), pct: pct(f.selfMs) })),
    areas: [...areas].sort((a, b) => b[1] - a[1]).map(([area, ms]) => ({ area, selfMs: Math.round(ms), pct: pct(ms) })),
  };
}

/**
 * The stages of issue 16: the scaling curve (open files: 100 / 1,000 / 5,000, ours and the peer),
 * typing latency on a realistic 200-line description, bundle sizes and CLI start-up. Every figure
 * is also given as a ratio to the peer or to a floor measured in the same run.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeBig, writeCorpus } from './corpus.mjs';
import { median, round, timed } from './util.mjs';

export const SCALE_SIZES = [100, 1000, 5000];

function lspRun(ctx, who, name, { files, big, edits, interval, settle }) {
  const out = join(ctx.work, `${name}-${who}.json`);
  const server = who === 'ours' ? ctx.ourServer : ctx.peerServer;
  const settings = who === 'ours' ? ctx.ourSettings : ctx.peerSettings;
  // The batch's folder is the workspace: the big file outside it is timed as an open document only.
  const args = [ctx.lspbench, '--server', server, '--files', files, '--root', dirname(files), '--settings', settings, '--big', big, '--edits', String(edits), '--edit-interval', String(interval), '--repeat', '1', '--timeout', '240', '--out', out];
  if (settle !== undefined) args.push('--settle', String(settle));
  return timed(process.execPath, args).then((run) => {
    if (!existsSync(out)) return { ok: false, errors: [`lspbench wrote no result (exit ${run.code}): ${run.stderr.slice(-400)}`] };
    return JSON.parse(readFileSync(out, 'utf8')).runs[0];
  });
}

const mib = (kb) => (kb ? round(kb / 1024, 1) : null);
const ratio = (a, b) => (a != null && b ? round(a / b, 2) : null);

/** Time per didOpen, the big file's didOpen → diagnostics after N open files, and RSS, at each N. */
export async function scalingStage(ctx) {
  const points = [];
  for (const n of SCALE_SIZES) {
    // The corpus the other stages use where there is one of this size (same seed, same files).
    const dir = ctx.corpora[n] ?? join(ctx.work, `scale-N${n}`);
    if (!existsSync(join(dir, 'expected.json'))) {
      rmSync(dir, { recursive: true, force: true });
      writeCorpus(dir, { count: n, seed: ctx.seed });
    }
    const big = writeBig(dir, 7);
    const point = { n };
    for (const who of ctx.peerServer ? ['ours', 'peer'] : ['ours']) {
      const run = await lspRun(ctx, who, `scale-N${n}`, { files: join(dir, 'files', '*.yaml'), big: big.path, edits: 0, interval: 30 });
      point[who] = {
        ok: run.ok,
        errors: run.errors ?? [],
        msPerOpen: run.batch?.ms && run.batch?.files ? round(run.batch.ms / run.batch.files, 2) : null,
        bigOpenMs: run.edits?.openToFirstDiagnosticsMs ?? null,
        rssAfterBatchMiB: mib(run.memory?.afterBatch?.vmHWMKb),
        cpuMs: run.memory?.cpuMs ?? null,
      };
      ctx.log(`  scaling N=${n} ${who}: ${point[who].msPerOpen} ms/open, big open ${point[who].bigOpenMs} ms, RSS ${point[who].rssAfterBatchMiB} MiB`);
    }
    if (point.peer) {
      point.ratio = {
        msPerOpen: ratio(point.ours.msPerOpen, point.peer.msPerOpen),
        bigOpenMs: ratio(point.ours.bigOpenMs, point.peer.bigOpenMs),
        rss: ratio(point.ours.rssAfterBatchMiB, point.peer.rssAfterBatchMiB),
      };
    }
    points.push(point);
  }
  // From the middle point: the smallest run is dominated by start-up (the JIT has not warmed up yet).
  const first = points[1] ?? points[0];
  const last = points.at(-1);
  return {
    sizes: SCALE_SIZES,
    growthFrom: first.n,
    points,
    // Flat means: the cost of one more open file does not grow with the files already open.
    growth: { msPerOpen: ratio(last.ours.msPerOpen, first.ours.msPerOpen), bigOpenMs: ratio(last.ours.bigOpenMs, first.ours.bigOpenMs), peerMsPerOpen: last.peer ? ratio(last.peer.msPerOpen, first.peer.msPerOpen) : null },
  };
}

/** The corpus file closest to 200 lines: a realistic description being typed in. */
function realisticFile(corpusDir) {
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8'));
  const [name, entry] = Object.entries(manifest.files)
    .filter(([, f]) => f.expect.length === 0)
    .sort((a, b) => Math.abs(a[1].lines - 200) - Math.abs(b[1].lines - 200) || a[0].localeCompare(b[0]))[0];
  return { path: join(corpusDir, 'files', name), lines: entry.lines };
}

/** 50 edits 30 ms apart, and one edit after a quiet second, on a ~200-line description, alone in its folder. */
export async function typingStage(ctx) {
  const source = realisticFile(ctx.corpus1000);
  const dir = join(ctx.work, 'typing');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'typed.intervention.yaml');
  copyFileSync(source.path, file);
  const result = { file: source.path, lines: source.lines };
  for (const who of ctx.peerServer ? ['ours', 'peer'] : ['ours']) {
    const burst = await lspRun(ctx, who, 'typing-burst', { files: file, big: file, edits: 50, interval: 30 });
    const quiet = await lspRun(ctx, who, 'typing-quiet', { files: file, big: file, edits: 1, interval: 30, settle: 1000 });
    const perEdit = burst.edits?.perEdit ?? [];
    const own = perEdit.map((e) => e.ownMs).filter((x) => typeof x === 'number');
    result[who] = {
      ok: burst.ok && quiet.ok,
      errors: [...(burst.errors ?? []), ...(quiet.errors ?? [])],
      freshP50: burst.edits?.fresh?.p50 ?? null,
      freshP95: burst.edits?.fresh?.p95 ?? null,
      ownP95: own.length > 0 ? own.sort((a, b) => a - b)[Math.min(own.length - 1, Math.ceil(own.length * 0.95) - 1)] : null,
      editsWithOwn: own.length,
      lastEditMs: perEdit.at(-1)?.freshMs ?? null,
      quietEditMs: quiet.edits?.perEdit?.[0]?.freshMs ?? null,
    };
    ctx.log(`  typing ${who}: fresh p95 ${result[who].freshP95} ms, own p95 ${result[who].ownP95} ms (${own.length}/50), quiet edit ${result[who].quietEditMs} ms`);
  }
  if (result.peer) result.ratio = { freshP95: ratio(result.ours.freshP95, result.peer.freshP95), quietEditMs: ratio(result.ours.quietEditMs, result.peer.quietEditMs) };
  return result;
}

/** Bundle sizes from the esbuild metafiles (what each is made of), and the CLI's start-up against bare node. */
export async function bundlesStage(ctx) {
  const metaDir = join(ctx.root, 'dist', 'meta');
  const bundles = {};
  for (const file of existsSync(metaDir) ? readdirSync(metaDir).filter((f) => f.endsWith('.json')).sort() : []) {
    const meta = JSON.parse(readFileSync(join(metaDir, file), 'utf8'));
    const [outFile, out] = Object.entries(meta.outputs).find(([, o]) => o.entryPoint) ?? [];
    if (!out) continue;
    const byPackage = {};
    for (const [input, info] of Object.entries(out.inputs)) {
      const key = input.includes('node_modules/') ? input.split('node_modules/').at(-1).split('/').slice(0, input.split('node_modules/').at(-1).startsWith('@') ? 2 : 1).join('/') : input.split('/').slice(0, 2).join('/');
      byPackage[key] = (byPackage[key] ?? 0) + info.bytesInOutput;
    }
    const top = Object.entries(byPackage).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, bytes]) => ({ name, kib: round(bytes / 1024, 0) }));
    bundles[file.replace(/\.json$/, '')] = { file: outFile, kib: round(statSync(join(ctx.root, outFile)).size / 1024, 0), yaml: byPackage.yaml !== undefined, docx: byPackage.docx !== undefined, top };
  }
  const reps = Math.max(3, ctx.reps);
  const times = { node: [], version: [], checkOne: [], checkBig: [] };
  const one = realisticFile(ctx.corpus1000).path;
  for (let rep = 0; rep < reps; rep++) {
    times.node.push((await timed(process.execPath, ['-e', ''])).ms);
    times.version.push((await timed(process.execPath, [ctx.cli, '--version'])).ms);
    times.checkOne.push((await timed(process.execPath, [ctx.cli, 'check', one, '--format', 'json'], { cwd: ctx.work })).ms);
    // The big file alone, the whole process: what the server's didOpen of it is compared with.
    times.checkBig.push((await timed(process.execPath, [ctx.cli, 'check', ctx.big, '--format', 'json'], { cwd: ctx.work })).ms);
  }
  const startup = { nodeMs: round(median(times.node), 0), versionMs: round(median(times.version), 0), checkOneMs: round(median(times.checkOne), 0), checkBigMs: round(median(times.checkBig), 0) };
  startup.versionRatio = ratio(startup.versionMs, startup.nodeMs);
  startup.checkOneRatio = ratio(startup.checkOneMs, startup.nodeMs);
  ctx.log(`  start-up: node ${startup.nodeMs} ms, --version ${startup.versionMs} ms, check one file ${startup.checkOneMs} ms`);
  return { bundles, startup };
}

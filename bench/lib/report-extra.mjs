/**
 * The issue-16 part of latest.md: its targets (each a ratio to the peer or a floor of the same
 * run), the scaling curve, typing latency, bundles and start-up; and the README's performance
 * table, generated from the same targets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fmt } from './util.mjs';

const pad = (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const table = (head, rows) => `${pad([head])}\n${pad([head.map(() => '---')])}\n${pad(rows)}`;
const ms = (x) => (x == null ? '—' : `${fmt(x)} ms`);
const x2 = (x) => (x == null ? '—' : `${fmt(x, 2)}×`);
const mib = (x) => (x == null ? '—' : `${fmt(x)} MiB`);
const q = (a, b) => (a != null && b ? a / b : null);

function verdict(value, limit, lowerIsBetter = true) {
  if (value == null) return { met: null, text: 'not measured' };
  const met = lowerIsBetter ? value <= limit : value >= limit;
  return { met, text: met ? 'met' : `missed (${fmt(lowerIsBetter ? value / limit : (value / limit) * 100, lowerIsBetter ? 2 : 0)}${lowerIsBetter ? '× the target' : ' % of the target'})` };
}

/** The targets of issue 16, evaluated on the result. */
export function targets16(r) {
  const ours = r.lsp?.median?.ours;
  const peer = r.lsp?.median?.yls;
  const s10k = r.cli?.[10000]?.summary;
  const start = r.bundles?.startup;
  const rows = [];
  const add = (figure, target, measured, value, limit, lowerIsBetter = true) => rows.push({ figure, target, measured, ...verdict(value, limit, lowerIsBetter) });
  const batch = q(ours?.batchFilesPerSec, peer?.batchFilesPerSec);
  add(`LSP batch, ${fmt(r.lsp?.files)} files opened → all diagnosed`, '≥ 2× the peer', `${fmt(ours?.batchFilesPerSec)} vs ${fmt(peer?.batchFilesPerSec)} files/s = ${x2(batch)}`, batch, 2, false);
  const cpu = q(ours?.cpuMs, peer?.cpuMs);
  add('server CPU time, whole LSP run', '≤ 1× the peer', `${ms(ours?.cpuMs)} vs ${ms(peer?.cpuMs)} = ${x2(cpu)}`, cpu, 1);
  const bigAlone = q(ours?.bigOpenToDiagnosticsMs, start?.checkBigMs);
  add('big file (5,000 lines) didOpen → diagnostics, after the batch, vs the CLI checking it alone (whole process)', '≤ 1.5×', `${ms(ours?.bigOpenToDiagnosticsMs)} vs ${ms(start?.checkBigMs)} = ${x2(bigAlone)}`, bigAlone, 1.5);
  const bigPeer = q(ours?.bigOpenToDiagnosticsMs, peer?.bigOpenToDiagnosticsMs);
  add('… the same against the peer', '≤ 0.5× the peer', `${ms(ours?.bigOpenToDiagnosticsMs)} vs ${ms(peer?.bigOpenToDiagnosticsMs)} = ${x2(bigPeer)}`, bigPeer, 0.5);
  add('5,000-line file, 50 edits 30 ms apart: edit → up-to-date p95', '≤ 150 ms', `${ms(ours?.freshP95)} (peer ${ms(peer?.freshP95)}, ${x2(q(ours?.freshP95, peer?.freshP95))})`, ours?.freshP95, 150);
  add('… last edit → diagnostics', '≤ 80 ms', `${ms(ours?.lastEditToDiagnosticsMs)} (peer ${ms(peer?.lastEditToDiagnosticsMs)}, ${x2(q(ours?.lastEditToDiagnosticsMs, peer?.lastEditToDiagnosticsMs))})`, ours?.lastEditToDiagnosticsMs, 80);
  const typing = r.typing;
  add(`${fmt(typing?.lines)}-line file, 50 edits 30 ms apart: each edit → its own diagnostics p95`, '≤ 50 ms', `${ms(typing?.ours?.ownP95)} (${fmt(typing?.ours?.editsWithOwn)}/50 edits with their own; peer up-to-date p95 ${ms(typing?.peer?.freshP95)})`, typing?.ours?.ownP95, 50);
  add(`server peak RSS, ${fmt(r.lsp?.files)} files open`, '≤ 150 MiB', `${mib(ours?.peakRssAfterBatchMiB)} (peer ${mib(peer?.peakRssAfterBatchMiB)}, ${x2(q(ours?.peakRssAfterBatchMiB, peer?.peakRssAfterBatchMiB))})`, ours?.peakRssAfterBatchMiB, 150);
  const growth = r.scaling?.growth;
  add(`time per didOpen, ${fmt(r.scaling?.sizes?.at(-1))} vs ${fmt(r.scaling?.growthFrom ?? r.scaling?.sizes?.[0])} files open (flat = 1)`, '≤ 1.1×', `${x2(growth?.msPerOpen)} (peer ${x2(growth?.peerMsPerOpen)})`, growth?.msPerOpen, 1.1);
  add('CLI, 10,000 files, one process (ratio to the floor)', '≤ 1.3×', x2(s10k?.w0?.medianRatioToFloor), s10k?.w0?.medianRatioToFloor, 1.3);
  add('CLI, 10,000 files, all cores (ratio to the one-process floor)', '≤ 0.75×', x2(s10k?.w2?.medianRatioToFloor), s10k?.w2?.medianRatioToFloor, 0.75);
  const rss = Math.max(s10k?.w0?.medianPeakRssMiB ?? 0, s10k?.w2?.medianPeakRssMiB ?? 0) || null;
  add('CLI, 10,000 files, peak RSS (one process / all cores, the larger)', '≤ 200 MiB', mib(rss), rss, 200);
  return rows;
}

function scalingSection(r) {
  const s = r.scaling;
  if (!s) return 'Not run.';
  const rows = s.points.map((p) => [
    fmt(p.n),
    `${fmt(p.ours?.msPerOpen, 2)} ms`,
    `${fmt(p.peer?.msPerOpen, 2)} ms`,
    x2(p.ratio?.msPerOpen),
    ms(p.ours?.bigOpenMs),
    ms(p.peer?.bigOpenMs),
    x2(p.ratio?.bigOpenMs),
    mib(p.ours?.rssAfterBatchMiB),
    mib(p.peer?.rssAfterBatchMiB),
    x2(p.ratio?.rss),
  ]);
  return [
    'Each point is one lspbench run with a fresh server: N files opened back to back (time per didOpen = batch time / files), then the 5,000-line file opened (didOpen → its diagnostics), RSS after the batch.',
    '',
    table(['open files', 'ours ms/open', 'peer ms/open', 'ours/peer', 'ours big open', 'peer big open', 'ours/peer', 'ours RSS', 'peer RSS', 'ours/peer'], rows),
    '',
    `Growth from ${fmt(s.growthFrom ?? s.sizes[0])} to ${fmt(s.sizes.at(-1))} open files: time per didOpen ${x2(s.growth.msPerOpen)} (peer ${x2(s.growth.peerMsPerOpen)}), big file didOpen ${x2(s.growth.bigOpenMs)}.`,
  ].join('\n');
}

function typingSection(r) {
  const t = r.typing;
  if (!t) return 'Not run.';
  const row = (who, name) => [name, ms(t[who]?.freshP50), ms(t[who]?.freshP95), t[who]?.ownP95 == null ? '—' : `${ms(t[who].ownP95)} (${t[who].editsWithOwn}/50)`, ms(t[who]?.lastEditMs), ms(t[who]?.quietEditMs)];
  return [
    `The corpus file closest to 200 lines (${fmt(t.lines)} lines), alone in its folder; 50 edits 30 ms apart, then (a fresh server) one edit after a quiet second.`,
    '',
    table(['server', 'up-to-date p50', 'up-to-date p95', 'own diagnostics p95', 'last edit', 'one edit after a quiet second'], [row('ours', 'intervention-lint'), row('peer', 'yaml-language-server')]),
    '',
    `Ratios ours/peer: up-to-date p95 ${x2(t.ratio?.freshP95)}, quiet edit ${x2(t.ratio?.quietEditMs)}.`,
  ].join('\n');
}

function bundlesSection(r) {
  const b = r.bundles;
  if (!b) return 'Not run.';
  const rows = Object.entries(b.bundles).map(([name, x]) => [name, x.file, `${fmt(x.kib)} KiB`, x.yaml ? 'yes' : 'no', x.docx ? 'yes' : 'no', x.top.map((t) => `${t.name} ${fmt(t.kib)}`).join(', ')]);
  const s = b.startup;
  return [
    table(['bundle', 'file', 'size', 'yaml', 'docx', 'largest parts (KiB)'], rows),
    '',
    `CLI start-up (median of ${r.options.reps > 3 ? r.options.reps : 3}): bare \`node -e ""\` ${ms(s.nodeMs)}; \`intervention-lint --version\` ${ms(s.versionMs)} (${x2(s.versionRatio)} the bare node floor); \`check\` of one ~200-line file ${ms(s.checkOneMs)} (${x2(s.checkOneRatio)}); \`check\` of the 5,000-line file ${ms(s.checkBigMs)}.`,
  ].join('\n');
}

export function issue16Sections(r) {
  const t = targets16(r);
  return [
    '## Targets (issue 16)',
    '',
    table(['figure', 'target', 'measured (ours vs the peer or floor of this run)', 'verdict'], t.map((x) => [x.figure, x.target, x.measured, x.met === true ? `✅ ${x.text}` : x.met === false ? `❌ ${x.text}` : x.text])),
    '',
    'Where a target is missed, `PROFILE.md` has the profile that shows why and the next step.',
    '',
    '## 5. Scaling with the number of open files (lspbench, ours vs yaml-language-server)',
    '',
    scalingSection(r),
    '',
    '## 6. Typing in a realistic description',
    '',
    typingSection(r),
    '',
    '## 7. Bundles and CLI start-up',
    '',
    bundlesSection(r),
  ].join('\n');
}

const START = '<!-- performance table: generated by `npm run bench` from bench/results/latest.json -->';
const END = '<!-- end of the performance table -->';

/** Replaces the README's performance table (between the two markers) with the targets of this run. */
export function updateReadme(readmePath, r) {
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${readmePath} has no performance table markers`);
  const rows = targets16(r).map((x) => [x.figure, x.target, x.measured, x.met === true ? 'met' : x.met === false ? 'missed' : 'not measured']);
  const block = [START, '', `Run of ${r.date.slice(0, 10)} (${r.machine.cores} cores, load ${r.machine.loadavgStart?.[0]} at start; every figure against the peer or floor of the same run):`, '', table(['figure', 'target', 'measured', ''], rows), '', END].join('\n');
  writeFileSync(readmePath, readme.slice(0, from) + block + readme.slice(to + END.length));
}

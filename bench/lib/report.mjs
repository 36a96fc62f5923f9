/** Renders the bench result as Markdown: latest.md (everything) and PROFILE.md (profiles + notes). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issue16Sections } from './report-extra.mjs';
import { fmt } from './util.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const pad = (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const table = (head, rows) => `${pad([head])}\n${pad([head.map(() => '---')])}\n${pad(rows)}`;
const ms = (x) => (x == null ? '—' : `${fmt(x)} ms`);
const ratio = (x, d = 2) => (x == null ? '—' : `${fmt(x, d)}×`);

/** The targets of issue 9, evaluated on the result. */
export function targets(r) {
  const s10k = r.cli?.[10000]?.summary ?? r.cli?.[Math.max(...Object.keys(r.cli ?? {}).map(Number).filter(Number.isFinite))]?.summary;
  const bigN = r.cli?.[10000] ? '10,000' : `${Object.keys(r.cli ?? {}).filter((k) => /^\d+$/.test(k)).map(Number).sort((a, b) => b - a)[0] ?? '?'} (quick run)`;
  const ours = r.lsp?.median?.ours;
  const yls = r.lsp?.median?.yls;
  const lspRatio = ours?.batchFilesPerSec && yls?.batchFilesPerSec ? ours.batchFilesPerSec / yls.batchFilesPerSec : null;
  const under = (value, limit) => (value == null ? null : value <= limit);
  const over = (value, limit) => (value == null ? null : value >= limit);
  const miss = (value, limit, lowerIsBetter = true) => {
    if (value == null) return 'not measured';
    if (lowerIsBetter) return value <= limit ? `met (${fmt((1 - value / limit) * 100)} % margin)` : `missed: ${fmt(value / limit, 2)}× the target (${fmt(value - limit, value < 10 ? 2 : 0)} over)`;
    return value >= limit ? `met (${fmt(value / limit, 2)}× the target)` : `missed: ${fmt((value / limit) * 100)} % of the target`;
  };
  return [
    { figure: `CLI, ${bigN} files, one process (ratio to the floor)`, peer: '—', target: '≤ 1.3×', measured: ratio(s10k?.w0?.medianRatioToFloor), met: under(s10k?.w0?.medianRatioToFloor, 1.3), verdict: miss(s10k?.w0?.medianRatioToFloor, 1.3) },
    { figure: `CLI, ${bigN} files, all cores (ratio to the one-process floor)`, peer: '—', target: '≤ 0.7×', measured: ratio(s10k?.w2?.medianRatioToFloor), met: under(s10k?.w2?.medianRatioToFloor, 0.7), verdict: miss(s10k?.w2?.medianRatioToFloor, 0.7) },
    { figure: `LSP batch, ${fmt(r.lsp?.files)} files (throughput vs yaml-language-server, same corpus)`, peer: `${fmt(yls?.batchFilesPerSec)} files/s here (~285 on lspbench's corpus)`, target: '≥ 4×', measured: lspRatio == null ? '—' : `${fmt(ours.batchFilesPerSec)} files/s = ${ratio(lspRatio)}`, met: over(lspRatio, 4), verdict: miss(lspRatio, 4, false) },
    { figure: 'cold start → first diagnostics', peer: `${ms(yls?.firstDiagnosticsMs)} here (~700 ms)`, target: '< 250 ms', measured: ms(ours?.firstDiagnosticsMs), met: under(ours?.firstDiagnosticsMs, 250), verdict: miss(ours?.firstDiagnosticsMs, 250) },
    { figure: 'edit → up-to-date diagnostics, 5,000 lines, 50 edits 30 ms apart: p95 over all edits', peer: `p50 ${ms(yls?.freshP50)}, p95 ${ms(yls?.freshP95)} here (p50 ~1,050 ms)`, target: 'p95 < 100 ms', measured: `p50 ${ms(ours?.freshP50)}, p95 ${ms(ours?.freshP95)}`, met: under(ours?.freshP95, 100), verdict: miss(ours?.freshP95, 100) },
    { figure: '… the same, last edit → diagnostics (the "after the last edit" reading)', peer: ms(yls?.lastEditToDiagnosticsMs), target: '< 100 ms', measured: ms(ours?.lastEditToDiagnosticsMs), met: under(ours?.lastEditToDiagnosticsMs, 100), verdict: miss(ours?.lastEditToDiagnosticsMs, 100) },
    { figure: `server peak RSS, ${fmt(r.lsp?.files)} files open`, peer: `${fmt(yls?.peakRssAfterBatchMiB)} MiB here (~360 MiB)`, target: '< 120 MiB', measured: ours?.peakRssAfterBatchMiB == null ? '—' : `${fmt(ours.peakRssAfterBatchMiB)} MiB`, met: under(ours?.peakRssAfterBatchMiB, 120), verdict: miss(ours?.peakRssAfterBatchMiB, 120) },
    { figure: 'extension activation (real VS Code 1.100.3)', peer: '—', target: '< 150 ms', measured: r.vscode?.todo ? 'TODO' : ms(r.vscode?.median?.activateMs), met: r.vscode?.todo ? null : under(r.vscode?.median?.activateMs, 150), verdict: r.vscode?.todo ? `TODO: ${r.vscode.reason}` : miss(r.vscode?.median?.activateMs, 150) },
  ];
}

function header(r) {
  const m = r.machine;
  return [
    `Date: ${r.date} · machine: ${m.cores} cores (${m.cpuModel}), ${m.memGiB} GiB, ${m.platform} · Node ${m.node}`,
    `Load average (1/5/15 min) at start ${m.loadavgStart?.join(' / ')}, at end ${m.loadavgEnd?.join(' / ')} — other work on the machine shows up here; ratios are taken within one repetition to cancel it.`,
    `Source: ${r.git ? `commit ${r.git.commit}${r.git.sourceModified ? ' + uncommitted changes in server/, schemas/ or bin/' : ''}` : 'unknown'} · versions: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v ?? 'not installed'}`).join(', ')}`,
    `Repetitions: ${r.options.reps} (interleaved, order rotated each repetition; medians) · seed ${r.options.seed} · corpora in ${r.options.workDir} · **total bench time ${fmt(r.totalSeconds)} s**`,
  ].join('  \n');
}

function cliSection(r) {
  const out = [];
  for (const [key, c] of Object.entries(r.cli ?? {})) {
    const corpus = r.corpus?.[c.files];
    out.push(`### ${fmt(c.files)} files${key.includes('spectral') ? ' — Spectral (single run)' : ''}${corpus ? ` (${fmt(corpus.lines)} lines, ${fmt(corpus.bytes / 2 ** 20, 1)} MiB)` : ''}`);
    const rows = Object.entries(c.summary).map(([id, s]) => [
      `${s.label}`,
      ms(s.medianMs),
      `${fmt(s.minMs)}–${fmt(s.maxMs)}`,
      fmt(s.filesPerSec),
      id === 'floor' ? '1 (reference)' : ratio(s.medianRatioToFloor),
      s.ratios.map((x) => fmt(x, 2)).join(', '),
      s.medianPeakRssMiB == null ? '—' : fmt(s.medianPeakRssMiB),
      s.maxThreads ? String(s.maxThreads) : '—',
    ]);
    out.push(table(['configuration', 'median time', 'range (ms)', 'files/s', 'ratio to floor (median)', 'ratios per repetition', 'peak RSS MiB', 'max threads'], rows));
  }
  return out.join('\n\n');
}

function lspSection(r) {
  if (!r.lsp) return '_not run_';
  const o = r.lsp.median.ours ?? {};
  const y = r.lsp.median.yls ?? {};
  const row = (label, key, unit = 'ms', digits = 0) => {
    const range = (m) => (m?.[`${key}Range`] ? ` (${fmt(m[`${key}Range`][0], digits)}–${fmt(m[`${key}Range`][1], digits)})` : '');
    const rt = o[key] != null && y[key] ? fmt(o[key] / y[key], 2) : '—';
    return [label, `${fmt(o[key], digits)} ${unit}${range(o)}`, `${fmt(y[key], digits)} ${unit}${range(y)}`, `${rt}×`];
  };
  return [
    `${fmt(r.lsp.files)} files opened (the first alone for the startup figure, then the rest back to back), then the ${fmt(r.lsp.big.lines)}-line description: ${r.lsp.edits} edits ${r.lsp.editIntervalMs} ms apart (full-text didChange). lspbench, one fresh server per run, ${r.lsp.runs.ours.length} runs each, ours and the peer alternating; median (min–max). Workspace root = the corpus folder (our server also scans it for descriptions that are not open).`,
    '',
    table(['figure', 'intervention-lint', 'yaml-language-server + our schema', 'ours / peer'], [
      row('spawn → initialize response', 'initializeMs'),
      row('spawn → first diagnostics (cold start)', 'firstDiagnosticsMs'),
      row(`batch: ${fmt((r.lsp.files ?? 1) - 1)} files opened → all diagnosed`, 'batchMs'),
      row('batch throughput', 'batchFilesPerSec', 'files/s'),
      row('diagnostics after the batch', 'diagnosticsAfterBatch', ''),
      row('big file: didOpen → diagnostics', 'bigOpenToDiagnosticsMs'),
      row('edits with their own diagnostics (of 50)', 'editsWithOwnDiagnostics', ''),
      row('edit → up-to-date diagnostics p50', 'freshP50'),
      row('edit → up-to-date diagnostics p95', 'freshP95'),
      row('last edit → diagnostics', 'lastEditToDiagnosticsMs'),
      row('peak RSS after the batch', 'peakRssAfterBatchMiB', 'MiB'),
      row('peak RSS at the end', 'peakRssEndMiB', 'MiB'),
      row('server CPU time, whole run', 'cpuMs'),
    ]),
    ...(o.errors?.length || y.errors?.length ? ['', `Problems reported by lspbench: ours: ${o.errors?.join('; ') || 'none'}; peer: ${y.errors?.join('; ') || 'none'}`] : []),
  ].join('\n');
}

function vscodeSection(r) {
  const v = r.vscode;
  if (!v) return '_not run_';
  if (v.todo) return `**TODO** — ${v.reason}`;
  const rows = v.runs.map((x, i) => [String(i + 1), ms(x.activateMs), ms(x.serverReadyMs), ms(x.openToDiagnosticsMs), ms(x.launchMs), x.error ? `error: ${x.error.slice(0, 120)}` : `${x.diagnostics} diagnostics, languageId ${x.languageId}${x.activeBefore ? ', already active before the measurement' : ''}`]);
  if (v.median) rows.push(['median', ms(v.median.activateMs), ms(v.median.serverReadyMs), ms(v.median.openToDiagnosticsMs), ms(v.median.launchMs), '']);
  return [
    `${v.vscode}; extension \`${v.extensionId}\` loaded from the work tree (extensionDevelopmentPath). Each run is a fresh code-server and extension host.`,
    '`activate` = `await extension.activate()` (loading dist/client/extension.js and running `activate()`); `server ready` = from the same start until the language client has the server\'s `initialize` answer; `open → diagnostics` = opening a description (one seeded schema finding) until its diagnostics from intervention-lint arrive.',
    '',
    table(['run', 'activate', 'server ready', 'open → diagnostics', 'whole launch', 'notes'], rows),
  ].join('\n');
}

function correctnessSection(r) {
  const rows = [];
  for (const [key, c] of Object.entries(r.correctness ?? {})) {
    if (key === 'lsp') continue;
    if (c.ours) {
      rows.push([`${key} files, CLI`, c.ours.error ? `error: ${c.ours.error}` : `${fmt(c.ours.foundIds)} / ${fmt(c.ours.expectedIds)} expected rule ids reported in ${fmt(c.ours.filesWithDefects)} files with seeded defects; clean files with findings: ${fmt(c.ours.cleanFilesWithFindings)}; other findings: ${Object.entries(c.ours.unexpectedByRule).map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}`, c.ours.ok ? 'pass' : `**FAIL** (${c.ours.missingCount} missing, e.g. ${c.ours.missing?.slice(0, 3).map((m) => `${m.file} ${m.ruleId}`).join('; ')})`]);
    }
    for (const peer of ['yls', 'spectral']) {
      const p = c[peer];
      if (!p) continue;
      rows.push([`${key} files, ${peer === 'yls' ? 'yaml-language-server' : 'Spectral'}`, p.error ?? `${p.flagged} / ${p.filesWithSchemaOrYamlDefects} files with a schema or YAML defect flagged; files flagged without one: ${p.filesFlaggedWithoutSuchDefect}`, p.ok ? 'pass' : 'see text']);
    }
  }
  const l = r.correctness?.lsp;
  if (l) rows.push([`${fmt(r.lsp?.files)} files, language server`, `${fmt(l.foundIds)} / ${fmt(l.expectedIds)} expected rule ids among the published diagnostic codes; 5,000-line file: ${l.bigFile.found.length} / ${l.bigFile.expect.length} (${l.bigFile.found.join(', ')})`, l.ok ? 'pass' : `**FAIL** (${l.missingCount} missing)`]);
  const corpus = Object.entries(r.corpus ?? {}).filter(([k]) => /^\d+$/.test(k)).map(([k, c]) => `${fmt(Number(k))} files: ${fmt(c.lines)} lines (${c.linesPerFile.min}–${c.linesPerFile.max} per file, median ${c.linesPerFile.median}), ${fmt(c.filesWithDefects)} files with ${fmt(c.expectedIds)} seeded rule ids over ${c.defectKinds} defect kinds, generated in ${fmt(c.generateMs)} ms`);
  return [
    'Corpus: ' + corpus.join('; ') + `; plus one ${fmt(r.corpus?.big?.lines)}-line description (${fmt((r.corpus?.big?.bytes ?? 0) / 1024)} KiB) with 3 seeded defects (${r.corpus?.big?.expect?.join(', ')}).`,
    '',
    table(['check', 'result', 'verdict'], rows),
  ].join('\n');
}

function profileSection(r) {
  const out = [];
  for (const [name, p] of [['CLI', r.profile?.cli], ['language server, edit test', r.profile?.server]]) {
    if (!p) continue;
    out.push(`### ${name}`);
    out.push(`\`${p.command}\` — profile total ${fmt(p.totalMs)} ms${p.wallMs ? `, wall ${fmt(p.wallMs)} ms` : ''}${p.figures ? `; during this run: big file open → diagnostics ${ms(p.figures.bigOpenToDiagnosticsMs)}, edit → up-to-date p50/p95 ${ms(p.figures.freshP50)}/${ms(p.figures.freshP95)}, last edit → diagnostics ${ms(p.figures.lastEditToDiagnosticsMs)}, edits with own diagnostics ${p.figures.editsWithOwnDiagnostics}/50` : ''}`);
    if (p.error) {
      out.push(`_${p.error}_`);
      continue;
    }
    out.push('');
    out.push('Self time by area (package or source folder, mapped through dist/cli.js.map):');
    out.push('');
    out.push(table(['area', 'self ms', '%'], p.areas.slice(0, 12).map((a) => [a.area, fmt(a.selfMs), fmt(a.pct, 1)])));
    out.push('');
    out.push('Top functions by self time:');
    out.push('');
    out.push(table(['#', 'function', 'where (original source)', 'self ms', '%'], p.top.map((f, i) => [String(i + 1), `\`${f.fn}\``, f.where || '', fmt(f.selfMs), fmt(f.pct, 1)])));
  }
  return out.join('\n');
}

export function renderMarkdown(r, { profileOnly = false } = {}) {
  const notesFile = join(HERE, '..', 'PROFILE-NOTES.md');
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
  if (profileOnly) {
    return [
      '# intervention-lint — profiles (generated by `npm run bench`)',
      '',
      header(r),
      '',
      profileSection(r),
      '',
      notes ? `---\n\n${notes}` : '',
    ].join('\n');
  }
  const t = targets(r);
  return [
    '# intervention-lint benchmarks',
    '',
    header(r),
    '',
    '## Targets (issue 9)',
    '',
    table(['figure', 'peer today', 'target', 'measured', 'verdict'], t.map((x) => [x.figure, x.peer, x.target, x.measured, x.met === true ? `✅ ${x.verdict}` : x.met === false ? `❌ ${x.verdict}` : x.verdict])),
    '',
    issue16Sections(r),
    '',
    '## 1. Corpus and seeded defects',
    '',
    correctnessSection(r),
    '',
    '## 2. CLI throughput (wall time of one process, spawn → exit; JSON output captured)',
    '',
    'The floor is `bench/floor.mjs`: read each file, `yaml` parseDocument + toJS, precompiled ajv (Ajv2020, allErrors, strict, annotation keywords as in createAjv()), no rules, no output. "ratio to floor" is the median of the per-repetition ratios (each configuration divided by the floor run of the same repetition). yaml-language-server is timed from spawn to the first diagnostics of the last file (lspbench startup + batch).',
    '',
    cliSection(r),
    '',
    '## 3. Language server (lspbench)',
    '',
    lspSection(r),
    '',
    '## 4. Extension activation (real VS Code)',
    '',
    vscodeSection(r),
    '',
    '## Notes',
    '',
    [...(r.notes ?? []), ...Object.entries(r.stages ?? {}).filter(([, s]) => !s.ok).map(([k, s]) => `Stage ${k} failed: ${s.error.split('\n')[0]}`)].map((n) => `- ${n}`).join('\n') || '- none',
    '',
    `Stage times: ${Object.entries(r.stages ?? {}).map(([k, s]) => `${k} ${fmt(s.seconds)} s (load ${s.loadavgBefore?.[0]}→${s.loadavgAfter?.[0]})`).join(', ')}.`,
    '',
    'Profiles: see [PROFILE.md](PROFILE.md).',
    '',
  ].join('\n');
}

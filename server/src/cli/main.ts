/**
 * The headless shell: arguments → files → core → formatters → exit code (spec §7). Thin on purpose;
 * every judgement lives in the core so the editor and CI never disagree.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, isAtLeast, type Config, type ConfigOverrides, type Language, type Severity } from '../core';
import { applyBaseline, readBaseline, writeBaseline } from './baseline';
import { checkAcrossFiles, checkAll, type FileReport } from './check';
import { fixDiff, planFixes, writeFixes } from './fix';
import { init } from './init';
import { reportCommand } from './report-command';
import { exportCommand } from './export-command';
import { summaryCommand } from './summary-command';
import { loadConfig } from './config-loader';
import { UsageError } from './errors';
import { explain, listRules } from './explain';
import { ResultCache } from './cache';
import { resolveTargets, type Target } from './files';
import { checkInWorkers, serveWorkerIfAny, workerCount } from './parallel';
import { FORMATTERS } from './formatters';
import { HELP } from './help';
import { processIo, useColour, type CliIo } from './io';
import { VERSION } from './version';
import { WriteRefusedError, writeAtomic } from '../node/atomic-write';
import { terminalSafe, terminalSafeLines } from '../markup/terminal';

// Inside a check worker this module only serves its share of the files.
const servingWorker = serveWorkerIfAny();

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  language: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'string' },
  category: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  workers: { type: 'string' },
  force: { type: 'boolean' },
  stdio: { type: 'boolean' },
  // vscode-languageclient appends this when it starts a server module; the server reads it itself.
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

const FAIL_ON: readonly Severity[] = ['error', 'warning', 'info'];

export interface Output {
  readonly format: string;
  readonly path: string | undefined;
}

/** `--format a --format b:path --output FILE`: `--output` goes to the last format without a path. */
export function planOutputs(formats: readonly string[] | undefined, output: string | undefined): Output[] {
  const plan: Output[] = (formats && formats.length > 0 ? formats : ['text']).map((spec) => {
    const colon = spec.indexOf(':');
    const format = colon < 0 ? spec : spec.slice(0, colon);
    const path = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!(format in FORMATTERS)) throw new UsageError(`Unknown format "${format}". Use one of: ${Object.keys(FORMATTERS).join(', ')}.`);
    if (path === '') throw new UsageError(`Empty path in --format ${spec}.`);
    return { format, path };
  });
  if (output !== undefined) {
    const index = plan.map((o) => o.path).lastIndexOf(undefined);
    if (index < 0) throw new UsageError('--output is given, but every --format already names its own file.');
    plan[index] = { format: plan[index]!.format, path: output };
  }
  if (plan.filter((o) => o.path === undefined).length > 1) {
    throw new UsageError('Only one format can go to standard output; give the others a file (--format sarif:results.sarif).');
  }
  return plan;
}

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (value !== 'nl' && value !== 'en') throw new UsageError(`--language must be nl or en, not "${value}".`);
  return value;
}

function parseFailOn(value: string | undefined): Severity {
  if (value === undefined) return 'error';
  if (!FAIL_ON.includes(value as Severity)) throw new UsageError(`--fail-on must be error, warning or info, not "${value}".`);
  return value as Severity;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number ≥ 0, not "${value}".`);
  return Number(value);
}

export function exitCodeFor(reports: readonly FileReport[], failOn: Severity, maxWarnings: number | undefined): 0 | 1 | 2 {
  if (reports.some((r) => r.error !== undefined)) return 2;
  const findings = reports.flatMap((r) => r.findings);
  if (findings.some((f) => isAtLeast(f.severity, failOn))) return 1;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

/** One pass over the files: in this thread or in workers, with the optional cache and progress line. */
async function runChecks(targets: readonly Target[], config: Config, today: Date, values: Values, io: CliIo): Promise<FileReport[]> {
  const progress = io.stderrIsTTY && targets.length >= 100 ? (done: number) => {
    if (done % 25 === 0 || done === targets.length) io.error(`\rChecking ${done}/${targets.length} files…${done === targets.length ? '\n' : ''}`);
  } : undefined;
  const requested = values.workers === undefined ? undefined : Number(values.workers);
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 0)) throw new UsageError(`--workers must be a whole number ≥ 0, not "${values.workers}".`);
  // Never more threads than files: `--workers 2000` on three files started 2000 idle workers and hung.
  const workers = values.cache ? 0 : Math.min(requested ?? workerCount(targets.length), targets.length);
  if (workers > 1) return checkAcrossFiles(await checkInWorkers(__filename, targets, config, today, workers, progress), config, today);
  const cache = values.cache ? await ResultCache.open(resolve(io.cwd, values['cache-location'] ?? '.intervention-lint-cache'), config, today) : undefined;
  const reports = await checkAll(targets, config, today, { ...(cache ? { cache } : {}), ...(progress ? { onProgress: progress } : {}) });
  const unsaved = await cache?.save();
  if (unsaved !== undefined) io.error(`intervention-lint: cache not saved: ${unsaved}\n`);
  return checkAcrossFiles(reports, config, today);
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

async function runCheck(paths: readonly string[], values: Values, io: CliIo): Promise<number> {
  const outputs = planOutputs(values.format, values.output);
  const failOn = parseFailOn(values['fail-on']);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const language = parseLanguage(values.language);
  const overrides: ConfigOverrides | undefined = language ? { language } : undefined;
  const { config } = await loadConfig(io.cwd, values.config, overrides);
  const targets = await resolveTargets(io.cwd, paths, config.files);
  if (targets.length === 0) {
    io.error(`No description files found (looked for ${config.files.join(', ')}).\n`);
    return 2;
  }
  const today = new Date();
  const check = (): Promise<FileReport[]> => runChecks(targets, config, today, values, io);
  let reports = await check();
  for (const report of reports) {
    if (report.error !== undefined) io.error(`intervention-lint: cannot read ${terminalSafe(report.target.display)}: ${report.error}\n`);
  }
  if (values['fix-dry-run'] || values.fix) {
    const outcomes = planFixes(reports, config, today);
    if (values['fix-dry-run']) {
      io.write(fixDiff(outcomes));
      return exitCodeFor(reports, failOn, maxWarnings);
    }
    const { problems, skipped } = await writeFixes(outcomes);
    for (const line of [...skipped, ...problems]) io.error(`intervention-lint: ${line}\n`);
    if (problems.length > 0) return 2;
    const fixedCount = outcomes.reduce((sum, o) => sum + (o.fixed === undefined ? 0 : o.applied), 0);
    if (fixedCount > 0) io.error(`intervention-lint: applied ${fixedCount} fix(es) in ${outcomes.filter((o) => o.fixed !== undefined).length} file(s)\n`);
    reports = await check();
  }
  if (values['update-baseline'] !== undefined) {
    const count = await writeBaseline(resolve(io.cwd, values['update-baseline']), reports);
    io.error(`intervention-lint: baseline ${values['update-baseline']} records ${count} finding(s)\n`);
    return reports.some((r) => r.error !== undefined) ? 2 : 0;
  }
  if (values.baseline !== undefined) {
    const outcome = applyBaseline(reports, await readBaseline(resolve(io.cwd, values.baseline)));
    reports = outcome.reports;
    if (outcome.suppressed > 0) io.error(`intervention-lint: ${outcome.suppressed} finding(s) accepted by the baseline\n`);
    for (const entry of outcome.stale) io.error(`intervention-lint: stale baseline entry: ${terminalSafe(entry.file)} ${terminalSafe(entry.ruleId)} at ${entry.path || '/'} no longer occurs\n`);
  }
  for (const output of outputs) {
    const formatter = FORMATTERS[output.format]!;
    const text = formatter({ reports, cwd: io.cwd, colour: output.path === undefined && useColour(io), language: config.language, version: VERSION });
    if (output.path === undefined) io.write(text);
    else await writeAtomic(resolve(io.cwd, output.path), text);
  }
  return exitCodeFor(reports, failOn, maxWarnings);
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  // Every message on standard error may quote a path, an argument or a config value.
  const io: CliIo = { ...given, error: (text) => given.error(terminalSafeLines(text)) };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.version) {
      io.write(`${VERSION}\n`);
      return 0;
    }
    const [first, ...rest] = positionals;
    const command = first === undefined || !['check', 'rules', 'explain', 'server', 'init', 'report', 'export', 'summary', 'help'].includes(first) ? 'check' : first;
    const args = command === 'check' && first !== 'check' ? positionals : rest;
    if (values.help || command === 'help') {
      io.write(HELP);
      return 0;
    }
    const language = parseLanguage(values.language) ?? 'en';
    switch (command) {
      case 'rules': {
        const format = values.format?.[0] ?? 'text';
        io.write(listRules(format, language));
        return 0;
      }
      case 'explain':
        io.write(explain(args[0], language));
        return 0;
      case 'report': {
        const { config } = await loadConfig(io.cwd, values.config, values.language ? { language } : undefined);
        const text = await reportCommand(io.cwd, args[0], values.format?.[0], values.output, config);
        if (text !== undefined) io.write(text);
        return 0;
      }
      case 'export':
      case 'summary': {
        const options = { format: values.format, output: values.output, config: values.config, overrides: values.language ? { language } : undefined, force: values.force };
        return await (command === 'export' ? exportCommand : summaryCommand)(io, args, options);
      }
      case 'init': {
        const file = await init(io.cwd, args[0], values.category, language, io.stdinIsTTY);
        io.write(`${file}\n`);
        return 0;
      }
      case 'server': {
        const { startStdioServer } = await import('../lsp/node-main.js');
        startStdioServer();
        return await new Promise<number>(() => undefined);
      }
      default:
        return await runCheck(args, values, io);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.error(`intervention-lint: invalid config\n${error.message}\n`);
      return 2;
    }
    if (error instanceof WriteRefusedError) {
      io.error(`intervention-lint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
      io.error(`intervention-lint: ${(error as Error).message}\nRun \`intervention-lint --help\` for usage.\n`);
      return 2;
    }
    const system = error as NodeJS.ErrnoException;
    if (typeof system.code === 'string' && typeof system.syscall === 'string') {
      // A file that cannot be read or written (an --output in a missing folder, a folder as a file …).
      io.error(`intervention-lint: ${system.message}\n`);
      return 2;
    }
    io.error(`intervention-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

// `node dist/cli.js …` works like the bin script (the VS Code client may start the module directly).
// Not inside a check worker, whose main module this also is: it must only serve its share of files.
if (require.main === module && !servingWorker) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

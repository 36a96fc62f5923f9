/**
 * The headless shell: arguments → files → core → formatters → exit code (spec §7). Thin on purpose;
 * every judgement lives in the core so the editor and CI never disagree.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { CLI_TEXT, closest, ConfigError, isAtLeast, isLanguage, plural, PLURALS, t, type Config, type ConfigOverrides, type Language, type Severity } from '../core';
import { applyBaseline, readBaseline, writeBaseline } from './baseline';
import { checkAcrossFiles, checkAll, type FileReport } from './check';
import { fixDiff, planFixes, writeFixes } from './fix';
import { init } from './init';
import { reportCommand } from './report-command';
import { exportCommand } from './export-command';
import { summaryCommand } from './summary-command';
import { loadConfig } from './config-loader';
import { InputError, UsageError } from './errors';
import { parseInvocation, requestedLanguage, type Values } from './args';
import { closestByWords } from '../core';
import { explain, listRules } from './explain';
import { ResultCache } from './cache';
import { resolveTargets, type Target } from './files';
import { checkInWorkers, serveWorkerIfAny, workerCount } from './parallel';
import { FORMATTERS } from './formatters';
import { HELP } from './help';
import { processIo, useColour, type CliIo } from './io';
import { PACKAGE_DOCS_URL, VERSION } from './version';
import { WriteRefusedError } from '../node/atomic-write';
import { writeOutputs, type Output } from './output';
import { terminalSafe, terminalSafeLines } from '../markup/terminal';

// Inside a check worker this module only serves its share of the files.
const servingWorker = serveWorkerIfAny();

const FAIL_ON: readonly Severity[] = ['error', 'warning', 'info'];

/** `--format a --format b:path --output FILE`: `--output` goes to the last format without a path. */
export function planOutputs(formats: readonly string[] | undefined, output: string | undefined): Output[] {
  const plan: Output[] = (formats && formats.length > 0 ? formats : ['text']).map((spec) => {
    const colon = spec.indexOf(':');
    const format = colon < 0 ? spec : spec.slice(0, colon);
    const path = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!(format in FORMATTERS)) {
      const names = Object.keys(FORMATTERS);
      const near = closest(format, names);
      throw new UsageError({
        en: `Unknown format "${format}".${near ? ` Did you mean "${near}"?` : ''} Use one of: ${names.join(', ')}.`,
        nl: `Onbekend formaat "${format}".${near ? ` Bedoelt u "${near}"?` : ''} Kies uit: ${names.join(', ')}.`,
      });
    }
    if (path === '') throw new UsageError({ en: `Empty path in --format ${spec}.`, nl: `Leeg pad in --format ${spec}.` });
    return { format, path };
  });
  if (output !== undefined) {
    const index = plan.map((o) => o.path).lastIndexOf(undefined);
    if (index < 0) throw new UsageError({ en: '--output is given, but every --format already names its own file.', nl: '--output is gegeven, maar elk --format noemt al een eigen bestand.' });
    plan[index] = { format: plan[index]!.format, path: output };
  }
  if (plan.filter((o) => o.path === undefined).length > 1) {
    throw new UsageError({
      en: 'Only one format can go to standard output; give the others a file (--format sarif:results.sarif).',
      nl: 'Maar één formaat kan naar de standaarduitvoer; geef de andere een bestand (--format sarif:results.sarif).',
    });
  }
  return plan;
}

function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (!isLanguage(value)) throw new UsageError({ en: `--language must be nl or en, not "${value}".`, nl: `--language moet nl of en zijn, niet "${value}".` });
  return value;
}

function parseFailOn(value: string | undefined): Severity {
  if (value === undefined) return 'error';
  if (!FAIL_ON.includes(value as Severity)) {
    const near = closestByWords(value, FAIL_ON);
    throw new UsageError({
      en: `--fail-on must be error, warning or info, not "${value}".${near ? ` Did you mean "${near}"?` : ''}`,
      nl: `--fail-on moet error, warning of info zijn, niet "${value}".${near ? ` Bedoelt u "${near}"?` : ''}`,
    });
  }
  return value as Severity;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError({ en: `--max-warnings must be a whole number ≥ 0, not "${value}".`, nl: `--max-warnings moet een geheel getal ≥ 0 zijn, niet "${value}".` });
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
  // Only fixes and baselines read the texts again; without them a large run keeps findings and line starts only.
  const keepText = Boolean(values['fix-dry-run'] || values.fix || values['update-baseline'] !== undefined || values.baseline !== undefined);
  const progress = io.stderrIsTTY && targets.length >= 100 ? (done: number) => {
    if (done % 25 === 0 || done === targets.length) io.error(`\rChecking ${done}/${targets.length} files…${done === targets.length ? '\n' : ''}`);
  } : undefined;
  const requested = values.workers === undefined ? undefined : Number(values.workers);
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 0)) {
    throw new UsageError({ en: `--workers must be a whole number ≥ 0, not "${values.workers}".`, nl: `--workers moet een geheel getal ≥ 0 zijn, niet "${values.workers}".` });
  }
  // Never more threads than files: `--workers 2000` on three files started 2000 idle workers and hung.
  const workers = values.cache ? 0 : Math.min(requested ?? workerCount(targets.length), targets.length);
  if (workers > 1) return checkAcrossFiles(await checkInWorkers(__filename, targets, config, today, workers, progress, keepText), config, today, keepText);
  const cache = values.cache ? await ResultCache.open(resolve(io.cwd, values['cache-location'] ?? '.intervention-lint-cache'), config, today) : undefined;
  const reports = await checkAll(targets, config, today, { keepText, ...(cache ? { cache } : {}), ...(progress ? { onProgress: progress } : {}) });
  const unsaved = await cache?.save();
  if (unsaved !== undefined) io.error(`intervention-lint: cache not saved: ${unsaved}\n`);
  return checkAcrossFiles(reports, config, today, keepText);
}

async function runCheck(paths: readonly string[], values: Values, io: CliIo): Promise<number> {
  const outputs = planOutputs(values.format, values.output);
  const failOn = parseFailOn(values['fail-on']);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const language = parseLanguage(values.language);
  const overrides: ConfigOverrides | undefined = language ? { language } : undefined;
  const { config } = await loadConfig(io.cwd, values.config, overrides);
  const targets = await resolveTargets(io.cwd, paths, config.files);
  if (targets.length === 0) {
    io.error(`intervention-lint: ${t(config.language, CLI_TEXT.noFiles, { patterns: config.files.join(', ') })}\n`);
    return 2;
  }
  const today = new Date();
  const check = (): Promise<FileReport[]> => runChecks(targets, config, today, values, io);
  let reports = await check();
  for (const report of reports) {
    if (report.error !== undefined) {
      io.error(`intervention-lint: ${t(config.language, CLI_TEXT.cannotReadFile, { file: terminalSafe(report.target.display), error: report.error })}\n`);
    }
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
  const docsUrl = docsBaseUrl(config.docsUrl ?? PACKAGE_DOCS_URL);
  await writeOutputs(outputs, reports, (output) => ({ cwd: io.cwd, colour: output.path === undefined && useColour(io), language: config.language, version: VERSION, docsUrl }), io);
  const code = exitCodeFor(reports, failOn, maxWarnings);
  const tooMany = tooManyWarnings(reports, maxWarnings, config.language);
  if (code === 1 && tooMany !== undefined) io.error(`intervention-lint: ${tooMany}\n`);
  return code;
}

/** A docs base URL that rule ids can be appended to. */
function docsBaseUrl(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Why `--max-warnings` fails the run, when it does: otherwise a clean-looking run exits 1 unexplained. */
export function tooManyWarnings(reports: readonly FileReport[], maxWarnings: number | undefined, language: Language): string | undefined {
  if (maxWarnings === undefined) return undefined;
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (warnings <= maxWarnings) return undefined;
  return t(language, CLI_TEXT.tooManyWarnings, { count: warnings, warnings: plural(language, warnings, PLURALS.warning), max: maxWarnings });
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  // Every message on standard error may quote a path, an argument or a config value.
  const io: CliIo = { ...given, error: (text) => given.error(terminalSafeLines(text)) };
  try {
    const { command, args, values } = parseInvocation(argv, (path) => existsSync(resolve(io.cwd, path)));
    if (values.version) {
      io.write(`${VERSION}\n`);
      return 0;
    }
    const language = parseLanguage(values.language) ?? 'en';
    if (values.help || command === 'help') {
      io.write(HELP[language]);
      return 0;
    }
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
        if (command === 'export') return await exportCommand(io, args, options);
        return await summaryCommand(io, args, { ...options, csvDelimiter: values['csv-delimiter'], bom: values.bom });
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
    const language = requestedLanguage(argv);
    if (error instanceof ConfigError) {
      io.error(`intervention-lint: ${t(language, CLI_TEXT.invalidConfig)}\n${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.error(`intervention-lint: ${error.text[language]}\n`);
      return 2;
    }
    if (error instanceof WriteRefusedError) {
      io.error(`intervention-lint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
      const message = error instanceof UsageError ? error.text[language] : (error as Error).message;
      const hint = t(language, CLI_TEXT.usageHint);
      io.error(`intervention-lint: ${message}\n${hint}\n`);
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

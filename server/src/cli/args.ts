/**
 * The command line → a subcommand, its positionals and its options, checked per subcommand. Node's
 * `parseArgs` does the parsing; this module only turns its refusals into messages a new user can act
 * on (a suggestion for a typo, the options the subcommand does take), in English or Dutch.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, isLanguage, type Language } from '../core';
import { UsageError } from './errors';

export const OPTIONS = {
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
  'csv-delimiter': { type: 'string' },
  bom: { type: 'boolean' },
  force: { type: 'boolean' },
  stdio: { type: 'boolean' },
  // vscode-languageclient appends this when it starts a server module; the server reads it itself.
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export type OptionName = keyof typeof OPTIONS;
export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

export const COMMANDS = ['check', 'rules', 'explain', 'report', 'export', 'summary', 'init', 'server', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/** Accepted by every subcommand. */
const EVERYWHERE: readonly OptionName[] = ['help', 'version', 'language'];

const PER_COMMAND: Readonly<Record<Command, readonly OptionName[]>> = {
  check: ['format', 'output', 'config', 'fail-on', 'max-warnings', 'fix', 'fix-dry-run', 'baseline', 'update-baseline', 'cache', 'cache-location', 'workers'],
  rules: ['format'],
  explain: [],
  report: ['format', 'output', 'config'],
  export: ['format', 'output', 'config', 'force'],
  summary: ['format', 'output', 'config', 'csv-delimiter', 'bom'],
  init: ['category'],
  server: ['stdio', 'clientProcessId'],
  help: [],
};

export interface Invocation {
  readonly command: Command;
  readonly args: readonly string[];
  readonly values: Values;
}

/**
 * The language for messages about the command line itself, read before the options are known to be
 * valid: a mistake elsewhere on the line must still be reported in the language asked for.
 */
export function requestedLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--language' ? argv[i + 1] : arg?.startsWith('--language=') ? arg.slice('--language='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return 'en';
}

function flag(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

function suggestion(input: string, candidates: readonly string[]): { en: string; nl: string } {
  const match = closest(input, candidates);
  return match === undefined ? { en: '', nl: '' } : { en: ` Did you mean "${match}"?`, nl: ` Bedoelt u "${match}"?` };
}

/** Option names as the user typed them, checked before `parseArgs` so that a typo gets a suggestion. */
function checkOptionTokens(argv: readonly string[]): void {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(OPTIONS).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Readonly<Record<string, { type: 'string' | 'boolean' }>>)[token.name];
    if (spec === undefined) {
      const hint = suggestion(token.rawName, token.rawName.startsWith('--') ? longNames : []);
      throw new UsageError({ en: `Unknown option "${token.rawName}".${hint.en}`, nl: `Onbekende optie "${token.rawName}".${hint.nl}` });
    }
    // `--config --language nl`: the next option is no value, whatever the non-strict parser took it for.
    if (spec.type === 'string' && (token.value === undefined || (token.inlineValue === false && token.value.startsWith('-')))) {
      throw new UsageError({ en: `${token.rawName} needs a value, e.g. ${token.rawName} ${exampleValue(token.name)}.`, nl: `${token.rawName} heeft een waarde nodig, bijvoorbeeld ${token.rawName} ${exampleValue(token.name)}.` });
    }
    if (spec.type === 'boolean' && token.inlineValue === true) {
      throw new UsageError({ en: `${token.rawName} takes no value.`, nl: `${token.rawName} heeft geen waarde.` });
    }
  }
}

function exampleValue(name: string): string {
  const examples: Readonly<Record<string, string>> = { format: 'json', output: 'findings.json', config: '.intervention-lint.yaml', 'fail-on': 'warning', 'max-warnings': '10', language: 'nl', 'csv-delimiter': "';'", category: 'sensitivity', workers: '0' };
  return examples[name] ?? 'FILE';
}

/**
 * Parses `argv` (without `node` and the script). The first positional is a subcommand when it names
 * one; otherwise the run is a `check` of the paths given. A first word that is no existing path but
 * close to a subcommand is a typo (`chek`), not a file to report as unreadable.
 */
export function parseInvocation(argv: readonly string[], pathExists: (path: string) => boolean): Invocation {
  checkOptionTokens(argv);
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  const [first, ...rest] = positionals;
  const named = first !== undefined && (COMMANDS as readonly string[]).includes(first);
  if (first !== undefined && !named && !pathExists(first) && !/[*?[\]{}/\\.]/.test(first)) {
    const match = closest(first, COMMANDS);
    if (match !== undefined) {
      throw new UsageError({
        en: `Unknown command "${first}". Did you mean "${match}"? (A path to check must exist.)`,
        nl: `Onbekende opdracht "${first}". Bedoelt u "${match}"? (Een pad om te controleren moet bestaan.)`,
      });
    }
  }
  const command: Command = named ? (first as Command) : 'check';
  const args = named ? rest : positionals;
  if (!values.help && !values.version) {
    checkAllowed(command, values);
    checkPositionals(command, args);
  }
  return { command, args, values };
}

/** How many words may follow a subcommand; absent: any number (paths). */
const MAX_POSITIONALS: Partial<Readonly<Record<Command, number>>> = { rules: 0, explain: 1, report: 1, export: 1, init: 1, server: 0 };

function checkPositionals(command: Command, args: readonly string[]): void {
  const max = MAX_POSITIONALS[command];
  if (max === undefined || args.length <= max) return;
  const extra = args.slice(max).map((a) => `"${a}"`).join(', ');
  throw new UsageError({
    en: `${command} takes ${max === 0 ? 'no arguments' : 'one argument'}; unexpected ${extra}.`,
    nl: `${command} neemt ${max === 0 ? 'geen argumenten' : 'één argument'}; onverwacht: ${extra}.`,
  });
}

function checkAllowed(command: Command, values: Values): void {
  const allowed = new Set<string>([...EVERYWHERE, ...PER_COMMAND[command]]);
  const refused = Object.keys(values).filter((name) => !allowed.has(name) && values[name as OptionName] !== undefined);
  if (refused.length === 0) return;
  const given = refused.map((name) => flag(name)).join(', ');
  const takes = PER_COMMAND[command].filter((name) => name !== 'clientProcessId').map((name) => flag(name)).join(', ');
  throw new UsageError({
    en: `${command} does not take ${given}${takes ? ` (it takes ${takes})` : ''}.`,
    nl: `${command} kent ${given} niet${takes ? ` (wel: ${takes})` : ''}.`,
  });
}

import { resolve } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, MAX_CONFIG_BYTES, countLines, DEFAULT_CONFIG, lineColumn, mergeConfig, parseConfig, RULE_IDS, type Config, type ConfigOverrides } from '../core';
import { InputError } from './errors';
import { readBounded } from '../node/bounded-read';

export interface LoadedConfig {
  readonly config: Config;
  /** The file it came from, if any. */
  readonly file: string | undefined;
}

async function readIfExists(path: string, display: string): Promise<string | undefined> {
  const read = await readBounded(path, MAX_CONFIG_BYTES);
  switch (read.kind) {
    case 'text':
      return read.text;
    case 'error':
      if (read.code === 'ENOENT') return undefined;
      throw new InputError(`Cannot read config ${path}: ${read.message}`);
    case 'too-large':
      // A 40 MB config took minutes and gigabytes to parse before the process ran out of memory.
      throw new InputError(`Config ${path} has ${read.bytes} bytes, more than the ${MAX_CONFIG_BYTES} a config may have; it is not read.`);
    case 'invalid-utf8': {
      const at = lineColumn(countLines(read.prefix), read.prefix.length);
      throw new ConfigError(display, [{ ...at, message: 'The config is not valid UTF-8.' }]);
    }
  }
}

/** Parses a config text, throwing a located `ConfigError` when it is malformed. */
export function configFromText(text: string, file: string, overrides?: ConfigOverrides): Config {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { overrides: fromFile, problems } = parseConfig(clean, RULE_IDS);
  if (problems.length > 0 || !fromFile) {
    const lines = countLines(clean);
    throw new ConfigError(
      file,
      problems.map((p) => ({ ...lineColumn(lines, p.range.start), message: p.message })),
    );
  }
  return mergeConfig(mergeConfig(DEFAULT_CONFIG, fromFile), overrides);
}

/** `--config FILE`, else `.intervention-lint.yaml` in the working directory, else the defaults. */
export async function loadConfig(cwd: string, explicit: string | undefined, overrides?: ConfigOverrides): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    const text = await readIfExists(file, explicit);
    if (text === undefined) throw new InputError(`Config file not found: ${explicit}`);
    return { config: configFromText(text, explicit, overrides), file };
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = resolve(cwd, name);
    const text = await readIfExists(file, name);
    if (text !== undefined) return { config: configFromText(text, name, overrides), file };
  }
  return { config: mergeConfig(DEFAULT_CONFIG, overrides), file: undefined };
}

import { resolve } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, MAX_CONFIG_BYTES, countLines, DEFAULT_CONFIG, lineColumn, mergeConfig, parseConfig, RULE_IDS, type Config, type ConfigOverrides } from '../core';
import { InputError } from './errors';
import { readBytes } from './read-file';

export interface LoadedConfig {
  readonly config: Config;
  /** The file it came from, if any. */
  readonly file: string | undefined;
}

async function readIfExists(path: string): Promise<string | undefined> {
  let bytes: Awaited<ReturnType<typeof readBytes>>;
  try {
    bytes = await readBytes(path, MAX_CONFIG_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`Cannot read config ${path}: ${(error as Error).message}`);
  }
  // A 40 MB config took minutes and gigabytes to parse before the process ran out of memory.
  if (!Buffer.isBuffer(bytes)) throw new InputError(`Config ${path} has ${bytes.tooLarge} bytes, more than the ${MAX_CONFIG_BYTES} a config may have; it is not read.`);
  return bytes.toString('utf8');
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
    const text = await readIfExists(file);
    if (text === undefined) throw new InputError(`Config file not found: ${explicit}`);
    return { config: configFromText(text, explicit, overrides), file };
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = resolve(cwd, name);
    const text = await readIfExists(file);
    if (text !== undefined) return { config: configFromText(text, name, overrides), file };
  }
  return { config: mergeConfig(DEFAULT_CONFIG, overrides), file: undefined };
}

/**
 * `--cache`: the findings of files unchanged since the last run. An entry counts only when its key
 * matches: a hash of the file's content, the tool version, the effective config, the rule set and
 * the date (date rules depend on it). The file is data from disk, so it is checked entry by entry;
 * any doubt (a bad shape, a digest that does not match, a link) is a miss, never a crash or a
 * shortcut to exit 0.
 */
import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { RULES, SEVERITY_ORDER, type Config, type Finding } from '../core';
import { readBounded } from '../node/bounded-read';
import { writeAtomic } from '../node/atomic-write';
import { VERSION } from './version';

/** A cache of thousands of files is a few megabytes; anything far larger is not a cache of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  /** Hash of the salt (version, config, rules, date) and the file's content. */
  readonly key: string;
  readonly findings: readonly Finding[];
  readonly id?: string | undefined;
  /** Hash of the key and the stored result: an entry edited by hand no longer matches. */
  readonly digest: string;
}

interface CacheFile {
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

const sha256 = (...parts: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isFinding(value: unknown, knownRules: ReadonlySet<string>): value is Finding {
  if (!isRecord(value) || !isRecord(value['range'])) return false;
  const { ruleId, severity, message, range, path, fixes } = value as Record<string, unknown> & { range: Record<string, unknown> };
  return (
    typeof ruleId === 'string' && knownRules.has(ruleId) &&
    typeof severity === 'string' && Object.hasOwn(SEVERITY_ORDER, severity) &&
    typeof message === 'string' &&
    isOffset(range['start']) && isOffset(range['end']) && range['start'] <= range['end'] &&
    Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    Array.isArray(fixes) && fixes.every(isFix) &&
    (value['detail'] === undefined || typeof value['detail'] === 'string')
  );
}

function isFix(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value['title']) || typeof value['safe'] !== 'boolean' || !Array.isArray(value['edits'])) return false;
  const { en, nl } = value['title'];
  return typeof en === 'string' && typeof nl === 'string' && value['edits'].every((e) => isRecord(e) && isOffset(e['start']) && isOffset(e['end']) && e['start'] <= e['end'] && typeof e['text'] === 'string');
}

function digestOf(key: string, findings: readonly Finding[], id: string | undefined): string {
  return sha256(key, JSON.stringify(findings), id ?? '');
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly salt: string;
  private readonly knownRules: ReadonlySet<string>;
  hits = 0;
  misses = 0;

  private constructor(private readonly path: string, config: Config, today: Date) {
    const rules = RULES.map((r) => `${r.meta.id}:${r.meta.severity}`).join(',');
    this.salt = sha256(VERSION, JSON.stringify(config), rules, today.toISOString().slice(0, 10));
    this.knownRules = new Set(RULES.map((r) => r.meta.id));
  }

  static async open(path: string, config: Config, today: Date): Promise<ResultCache> {
    const cache = new ResultCache(path, config, today);
    // A link is not read: a committed `.intervention-lint-cache` link must not feed us results.
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile()) return cache;
    const read = await readBounded(path, MAX_CACHE_BYTES);
    if (read.kind !== 'text') return cache;
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.text);
    } catch {
      return cache;
    }
    // A cache from another version, or of another shape, is ignored rather than trusted.
    if (!isRecord(parsed) || parsed['version'] !== VERSION || !isRecord(parsed['entries'])) return cache;
    for (const [file, entry] of Object.entries(parsed['entries'])) {
      if (cache.isEntry(entry)) cache.entries.set(file, entry);
    }
    return cache;
  }

  private isEntry(value: unknown): value is Entry {
    if (!isRecord(value)) return false;
    const { key, findings, id, digest } = value;
    return (
      typeof key === 'string' && typeof digest === 'string' && (id === undefined || typeof id === 'string') &&
      Array.isArray(findings) && findings.every((f) => isFinding(f, this.knownRules)) &&
      digest === digestOf(key, findings, id)
    );
  }

  private key(text: string): string {
    return sha256(this.salt, text);
  }

  get(file: string, text: string): { findings: readonly Finding[]; id: string | undefined } | undefined {
    const entry = this.entries.get(file);
    const key = this.key(text);
    const found = entry && entry.key === key && entry.findings.every((f) => f.range.end <= text.length && f.fixes.every((x) => x.edits.every((e) => e.end <= text.length))) ? { findings: entry.findings, id: entry.id } : undefined;
    if (found) this.hits++;
    else this.misses++;
    return found;
  }

  set(file: string, text: string, findings: readonly Finding[], id: string | undefined): void {
    const key = this.key(text);
    this.entries.set(file, { key, findings, id, digest: digestOf(key, findings, id) });
  }

  /** Writes the cache; a problem is returned, not thrown: a cache that cannot be saved fails no run. */
  async save(): Promise<string | undefined> {
    const content: CacheFile = { version: VERSION, entries: Object.fromEntries(this.entries) };
    try {
      await writeAtomic(this.path, JSON.stringify(content));
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

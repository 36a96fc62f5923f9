/**
 * `--cache`: findings keyed by a content hash of the file, the effective config, the tool version
 * and the date (date rules depend on it), so an unchanged file is not validated again.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Config, Finding } from '../core';
import { VERSION } from './version';

interface CacheFile {
  readonly version: string;
  readonly entries: Record<string, { readonly hash: string; readonly findings: readonly Finding[]; readonly id?: string | undefined }>;
}

export class ResultCache {
  private readonly entries: Map<string, { hash: string; findings: readonly Finding[]; id?: string | undefined }>;
  private readonly salt: string;
  hits = 0;
  misses = 0;

  private constructor(private readonly path: string, entries: CacheFile['entries'], config: Config, today: Date) {
    this.entries = new Map(Object.entries(entries));
    this.salt = `${VERSION}\0${JSON.stringify(config)}\0${today.toISOString().slice(0, 10)}\0`;
  }

  static async open(path: string, config: Config, today: Date): Promise<ResultCache> {
    let entries: CacheFile['entries'] = {};
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheFile>;
      // A cache from another version is ignored rather than trusted.
      if (parsed.version === VERSION && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
    } catch {
      // missing or unreadable: start empty
    }
    return new ResultCache(path, entries, config, today);
  }

  private hash(text: string): string {
    return createHash('sha256').update(this.salt).update(text).digest('hex');
  }

  get(file: string, text: string): { findings: readonly Finding[]; id: string | undefined } | undefined {
    const entry = this.entries.get(file);
    const found = entry && entry.hash === this.hash(text) ? { findings: entry.findings, id: entry.id } : undefined;
    if (found) this.hits++;
    else this.misses++;
    return found;
  }

  set(file: string, text: string, findings: readonly Finding[], id: string | undefined): void {
    this.entries.set(file, { hash: this.hash(text), findings, id });
  }

  async save(): Promise<void> {
    const content: CacheFile = { version: VERSION, entries: Object.fromEntries(this.entries) };
    await writeFile(this.path, JSON.stringify(content));
  }
}

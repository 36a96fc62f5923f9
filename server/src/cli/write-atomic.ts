import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk after it was read; not written`);
    this.name = 'ChangedOnDiskError';
  }
}

/**
 * Replaces a file's content atomically (temp file in the same folder + rename) and only when the
 * file still holds exactly `expected`: an author's newer edit is never overwritten.
 */
export async function writeIfUnchanged(path: string, expected: Buffer, content: Buffer): Promise<void> {
  const info = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, content, { mode: info.mode });
  try {
    const current = await readFile(path);
    if (!current.equals(expected)) throw new ChangedOnDiskError(path);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { chmod, chown, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
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
  // Through a symbolic link to the file itself: renaming over the link would replace it by a copy.
  const file = await realpath(path);
  const info = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, content, { mode: info.mode });
  try {
    // The same permissions (writeFile's mode is reduced by the umask) and, where allowed, owner.
    await chmod(temp, info.mode & 0o7777);
    await chown(temp, info.uid, info.gid).catch(() => undefined);
    const current = await readFile(file);
    if (!current.equals(expected)) throw new ChangedOnDiskError(path);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

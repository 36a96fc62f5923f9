/**
 * The one writer for everything the tools write: fixed descriptions, reports, exports, the
 * cache, baselines. Atomic (a temporary file in the same folder, fsync, rename), so a reader never
 * sees half a file; never through a symbolic link or onto a device, FIFO or folder, so a link
 * committed to a repository cannot aim a write elsewhere; the target's mode, owner and group kept.
 */
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A write the writer will not do; the message says why and what to do instead. */
export class WriteRefusedError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}; not written`);
    this.name = 'WriteRefusedError';
  }
}

export class ChangedOnDiskError extends WriteRefusedError {
  constructor(path: string) {
    super(path, 'changed on disk after it was read');
    this.name = 'ChangedOnDiskError';
  }
}

export interface WriteOptions {
  /** Whether an existing file may be replaced (default true); `export` needs `--force` for it. */
  readonly overwrite?: boolean;
  /**
   * The bytes the file must still hold right before the rename, or the write is refused: an
   * edit made meanwhile (a file still being written, an author saving) is never lost.
   */
  readonly expected?: Buffer;
  /**
   * Where `path` is a symbolic link: `refuse` (default, for outputs) or `target` (a description
   * named by the user and fixed in place: the file the link points to is replaced, the link stays).
   */
  readonly links?: 'refuse' | 'target';
}

async function existing(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function sameBytes(path: string, expected: Buffer): Promise<boolean> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size !== expected.length) return false;
    return (await handle.readFile()).equals(expected);
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, content: Buffer): Promise<void> {
  await handle.writeFile(content);
  await handle.sync();
}

/** Writes `content` to `path` atomically, or throws `WriteRefusedError` / an fs error. */
export async function writeAtomic(path: string, content: string | Buffer, options: WriteOptions = {}): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let file = path;
  let info = await existing(file);
  if (info?.isSymbolicLink()) {
    if (options.links !== 'target') throw new WriteRefusedError(path, 'is a symbolic link (write to the file itself, or remove the link)');
    file = await realpath(path);
    info = await existing(file);
  }
  if (info && !info.isFile()) throw new WriteRefusedError(path, 'is not a regular file');
  if (info && options.overwrite === false) throw new WriteRefusedError(path, 'already exists (use --force to replace it)');
  if (!info && options.expected !== undefined) throw new ChangedOnDiskError(path);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // `wx`: the temporary name is new, never an existing file or a link planted there.
  const handle = await open(temp, 'wx', info ? info.mode & 0o777 : 0o666);
  try {
    try {
      await writeAll(handle, bytes);
      if (info) {
        // The same permissions (open's mode is reduced by the umask) and, where allowed, owner.
        await handle.chmod(info.mode & 0o7777);
        await handle.chown(info.uid, info.gid).catch(() => undefined);
      }
    } finally {
      await handle.close();
    }
    if (options.expected !== undefined && !(await sameBytes(file, options.expected))) throw new ChangedOnDiskError(path);
    // Checked again right before the rename: a link or folder put there meanwhile is not replaced.
    const now = await existing(file);
    if (now?.isSymbolicLink() || (now && !now.isFile())) throw new WriteRefusedError(path, 'changed into a link or special file while writing');
    if (now && options.overwrite === false) throw new WriteRefusedError(path, 'already exists (use --force to replace it)');
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(file));
}

/** The rename itself is durable only once the folder is synced; not every file system allows it. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

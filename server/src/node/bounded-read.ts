/**
 * The one reader for what the tools read from a workspace: descriptions and configs, in the CLI
 * and in the language server. Regular files only, and never more than the limit: a FIFO must not
 * block (opened non-blocking, then refused), a link to `/dev/urandom` must not be read for
 * seconds and gigabytes, a sparse 300 MB file is refused by its size before a byte is read.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly bom: boolean }
  | { readonly kind: 'too-large'; readonly bytes: number }
  /** The text up to the first invalid byte, so the finding can be located; and all of it with U+FFFD. */
  | { readonly kind: 'invalid-utf8'; readonly prefix: string; readonly lenient: string }
  | { readonly kind: 'error'; readonly message: string; readonly code: string | undefined };

/** Thrown for a device, FIFO, socket or folder: none of them is a file the tools read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly what: string) {
    super(`${path}: ${what}, not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** A one-line reason for a failed read, as the CLI prints it and the server logs it. */
export function describeReadError(error: unknown): string {
  if (error instanceof NotRegularFileError) return `${error.what}, not a regular file`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

/**
 * A regular file's bytes, or its size when that is above `maxBytes` (then nothing is read).
 * Never blocks on a FIFO and never reads a device; throws as fs does, or `NotRegularFileError`.
 */
export async function readBytes(path: string, maxBytes: number): Promise<Buffer | { readonly tooLarge: number }> {
  // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, holding a thread forever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(path, kindOf(info));
    if (info.size > maxBytes) return { tooLarge: info.size };
    // Read at most one byte past the limit: the file may grow between the stat and the read. The
    // first buffer has room for the size the stat gave plus the byte that shows the end: one
    // allocation per file (fixed 64 KiB chunks cost two per file, 1.3 GB over 10,000 files, and
    // kept the CLI's RSS high until the garbage collector got round to them).
    const chunks: Buffer[] = [];
    let total = 0;
    let chunk = Buffer.allocUnsafe(Math.min(info.size + 1, maxBytes + 1));
    let filled = 0;
    while (total <= maxBytes) {
      if (filled === chunk.length) {
        chunks.push(chunk);
        chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
        filled = 0;
      }
      const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      total += bytesRead;
    }
    chunks.push(chunk.subarray(0, filled));
    if (total > maxBytes) return { tooLarge: total };
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Reads a text file as UTF-8 without ever throwing; a BOM is stripped and remembered. */
export async function readBounded(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const buffer = await readBytes(path, maxBytes);
    if (!Buffer.isBuffer(buffer)) return { kind: 'too-large', bytes: buffer.tooLarge };
    let text: string;
    try {
      text = strict.decode(buffer);
    } catch {
      const at = firstInvalidByte(buffer);
      const loose = new TextDecoder('utf-8', { ignoreBOM: true });
      return { kind: 'invalid-utf8', prefix: loose.decode(buffer.subarray(0, at)), lenient: loose.decode(buffer).replace(/^\uFEFF/, '') };
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    return { kind: 'text', text: bom ? text.slice(1) : text, bom };
  } catch (error) {
    return { kind: 'error', message: describeReadError(error), code: (error as NodeJS.ErrnoException).code };
  }
}

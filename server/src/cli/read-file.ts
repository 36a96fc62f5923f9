import { open, readFile, stat } from 'node:fs/promises';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly bom: boolean }
  | { readonly kind: 'too-large'; readonly bytes: number }
  /** The text up to the first invalid byte, so the finding can be located. */
  | { readonly kind: 'invalid-utf8'; readonly prefix: string }
  | { readonly kind: 'error'; readonly message: string };

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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

/** The first `maxBytes + 1` bytes at most, so that an endless source is cut off just past the limit. */
async function readAtMost(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * A file's bytes, or its size when that is above `maxBytes`: a file is then not read, and a device or
 * pipe (size 0 to `stat`, and maybe endless like `/dev/zero`) only just past the limit. Throws as fs does.
 */
export async function readBytes(path: string, maxBytes: number): Promise<Buffer | { readonly tooLarge: number }> {
  const info = await stat(path);
  if (info.size > maxBytes) return { tooLarge: info.size };
  const buffer = info.isFile() ? await readFile(path) : await readAtMost(path, maxBytes);
  return buffer.length > maxBytes ? { tooLarge: buffer.length } : buffer;
}

/** Reads a description as UTF-8 without ever throwing; a BOM is stripped and remembered. */
export async function readDescription(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const buffer = await readBytes(path, maxBytes);
    if (!Buffer.isBuffer(buffer)) return { kind: 'too-large', bytes: buffer.tooLarge };
    let text: string;
    try {
      text = strict.decode(buffer);
    } catch {
      const at = firstInvalidByte(buffer);
      return { kind: 'invalid-utf8', prefix: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer.subarray(0, at)) };
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    return { kind: 'text', text: bom ? text.slice(1) : text, bom };
  } catch (error) {
    return { kind: 'error', message: describe(error) };
  }
}

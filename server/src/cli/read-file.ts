import { readFile, stat } from 'node:fs/promises';

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

/** Reads a description as UTF-8 without ever throwing; a BOM is stripped and remembered. */
export async function readDescription(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { kind: 'too-large', bytes: info.size };
    const buffer = await readFile(path);
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

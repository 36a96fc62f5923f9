/** Screenshot checks: a PNG that decodes and is not blank (enough distinct colours). */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export function distinctColours(path: string): number {
  const png = PNG.sync.read(readFileSync(path));
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    colours.add(((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!) >>> 0);
    if (colours.size > 100000) break;
  }
  return colours.size;
}

export function assertNotBlank(path: string, minimum: number): number {
  const count = distinctColours(path);
  if (count < minimum) throw new Error(`${path} looks blank: ${count} distinct colours (expected at least ${minimum})`);
  return count;
}

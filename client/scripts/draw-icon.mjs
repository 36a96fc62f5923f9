#!/usr/bin/env node
/**
 * Draws images/icon.png (128×128): a page with lines of text on a blue rounded square, and a green
 * badge with a check mark. Shapes are sampled 4×4 per pixel for smooth edges. No downloads.
 *
 *   node client/scripts/draw-icon.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZE = 128;
const SS = 4;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'images', 'icon.png');

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
// The page: a rectangle with its top-right corner folded.
const page = (x, y) => x >= 30 && x <= 90 && y >= 18 && y <= 106 && !(x > 74 && y < 18 + (x - 74));
const fold = (x, y) => x > 74 && x <= 90 && y >= 18 && y <= 34 && y >= 18 + (x - 74) - 0.0001 && y - 18 >= x - 74;

// Layers, bottom to top: [shape, [r, g, b]].
const layers = [
  [roundedRect(4, 4, 124, 124, 22), [31, 78, 121]],
  [page, [255, 255, 255]],
  [fold, [196, 214, 232]],
  ...[40, 52, 64, 76].map((y, i) => [roundedRect(40, y, i % 2 ? 70 : 80, y + 5, 2.5), [143, 170, 199]]),
  [circle(88, 92, 24), [255, 255, 255]],
  [circle(88, 92, 20), [46, 160, 67]],
  [segment(78, 92, 85, 100, 6), [255, 255, 255]],
  [segment(85, 100, 99, 84, 6), [255, 255, 255]],
];

const png = new PNG({ width: SIZE, height: SIZE });
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        let colour;
        for (const [shape, rgb] of layers) if (shape(x, y)) colour = rgb;
        if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
      }
    }
    const i = (py * SIZE + px) * 4;
    png.data[i] = a ? Math.round(r / a) : 0;
    png.data[i + 1] = a ? Math.round(g / a) : 0;
    png.data[i + 2] = a ? Math.round(b / a) : 0;
    png.data[i + 3] = Math.round((255 * a) / (SS * SS));
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, PNG.sync.write(png));
console.log(`wrote ${out}`);

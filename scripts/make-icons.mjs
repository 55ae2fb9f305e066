// Draws the app icon (three white houses on a calm blue rounded square) and writes
// build/icons/512x512.png and 256x256.png. Dependency-free: a tiny rasteriser with 4x4
// supersampling and a hand-written PNG encoder. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'icons');
const SIZES = [512, 256];
const SAMPLES = 4;

const BLUE = [0x15, 0x4a, 0x7d]; // calm government blue
const WHITE = [0xff, 0xff, 0xff];

// Shapes in unit coordinates (0..1, y down).
const inRoundedRect = (x, y, { x0, y0, x1, y1, r }) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inRect = (x, y, { x0, y0, x1, y1 }) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inRoof = (x, y, { x0, x1, apex, base }) => {
  if (y < apex || y > base) return false;
  const half = ((x1 - x0) / 2) * ((y - apex) / (base - apex));
  const mid = (x0 + x1) / 2;
  return x >= mid - half && x <= mid + half;
};

const BACKGROUND = { x0: 0.06, y0: 0.06, x1: 0.94, y1: 0.94, r: 0.19 };
const house = (x0, x1, top, roofHeight) => ({
  body: { x0, y0: top, x1, y1: 0.74 },
  roof: { x0: x0 - 0.025, x1: x1 + 0.025, apex: top - roofHeight, base: top + 0.001 },
  door: { x0: (x0 + x1) / 2 - 0.028, y0: 0.64, x1: (x0 + x1) / 2 + 0.028, y1: 0.74 },
});
const HOUSES = [house(0.19, 0.355, 0.5, 0.13), house(0.415, 0.585, 0.42, 0.15), house(0.645, 0.81, 0.5, 0.13)];

/** Colour and coverage at one sample point: [rgb, alpha] or null for transparent. */
function sample(x, y) {
  if (!inRoundedRect(x, y, BACKGROUND)) return null;
  for (const h of HOUSES) {
    if (inRect(x, y, h.door)) return BLUE;
    if (inRect(x, y, h.body) || inRoof(x, y, h.roof)) return WHITE;
  }
  return BLUE;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = sample((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        // Straight (non-premultiplied) alpha, as PNG expects.
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `${size}x${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(root, file)}`);
}

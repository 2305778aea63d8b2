#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png): a rounded square in the brand blue with a white
// upward trend line, i.e. "continual improvement". Deterministic: no randomness, no dates, only
// `zlib` and a hand-written PNG encoder, so re-running it reproduces the committed files.
//
// Usage: node scripts/make-icons.js [outDir]   (default: assets/)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

/** Sizes Office asks for: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store listing 128. */
const SIZES = [16, 32, 64, 80, 128];

const BRAND = [15, 108, 189]; // Fluent "brand" blue (#0F6CBD): white on it passes WCAG AA contrast
const WHITE = [255, 255, 255];

/** Trend line in unit coordinates (y grows downwards), ending in an arrow head. */
const TREND = [
  [0.2, 0.7],
  [0.4, 0.5],
  [0.55, 0.62],
  [0.74, 0.41],
];

function roundedSquareDistance(x, y) {
  // Signed distance to a rounded square centred at 0.5 (negative inside).
  const half = 0.44;
  const radius = 0.2;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function arrowHead() {
  const [ax, ay] = TREND[TREND.length - 2];
  const [bx, by] = TREND[TREND.length - 1];
  const length = Math.hypot(bx - ax, by - ay);
  const ux = (bx - ax) / length;
  const uy = (by - ay) / length;
  const tip = [bx + ux * 0.13, by + uy * 0.13];
  const left = [bx - uy * 0.12 - ux * 0.02, by + ux * 0.12 - uy * 0.02];
  const right = [bx + uy * 0.12 - ux * 0.02, by - ux * 0.12 - uy * 0.02];
  return [tip, left, right];
}

function insideTriangle(px, py, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** Returns [r, g, b, a] coverage-weighted colour of one sample point. */
function sample(x, y, strokeHalfWidth, head) {
  if (roundedSquareDistance(x, y) > 0) return null;
  for (let i = 1; i < TREND.length; i += 1) {
    if (segmentDistance(x, y, TREND[i - 1], TREND[i]) <= strokeHalfWidth) return WHITE;
  }
  return insideTriangle(x, y, head) ? WHITE : BRAND;
}

/** Renders one icon as RGBA rows, anti-aliased by supersampling. */
function render(size) {
  const grid = size <= 32 ? 8 : 4;
  // Thicker stroke on the small sizes so the line stays at least ~1.5 px wide.
  const strokeHalfWidth = size <= 16 ? 0.065 : 0.055;
  const head = arrowHead();
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy += 1) {
        for (let sx = 0; sx < grid; sx += 1) {
          const colour = sample(
            (px + (sx + 0.5) / grid) / size,
            (py + (sy + 0.5) / grid) / size,
            strokeHalfWidth,
            head,
          );
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Straight (non-premultiplied) alpha, as PNG requires.
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((255 * covered) / (grid * grid));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit truecolour with alpha, no interlace, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };

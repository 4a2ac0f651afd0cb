#!/usr/bin/env node
/**
 * Draws the two icons of the Microsoft Teams app package (appPackage/): a white town hall
 * on the commune's teal, with plain pixel loops, and writes them as PNG with node:zlib.
 *
 *   color.png    192×192, the town hall on a full #00626E background (edges smoothed);
 *   outline.png  32×32, the same town hall in white on a fully transparent background,
 *                with no half-transparent pixel (Teams accepts only white or alpha 0 there).
 *
 * The PNGs are committed; run this again only to change the drawing:
 *   node scripts/teams-icons.js [output folder, appPackage/ by default]
 * Needs Node ≥ 20.15 (zlib.crc32). Every row is written with PNG filter type 0 (none).
 */
'use strict';
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TEAL = [0x00, 0x62, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

/**
 * The town hall on a 28×28 grid (y downwards): a pediment with a round window, an entablature,
 * four columns around a wider doorway, and two steps. Symmetric about x = 14.
 */
const GRID = 28;
const RECTS = [
  [2, 10, 26, 12], // entablature [x0, y0, x1, y1)
  [3, 13, 6, 23], // columns
  [9, 13, 12, 23],
  [16, 13, 19, 23],
  [22, 13, 25, 23],
  [2, 24, 26, 26], // upper step
  [0, 26, 28, 28], // lower step
];

function inTownHall(x, y) {
  if (y >= 0 && y < 9) {
    const inPediment = Math.abs(x - GRID / 2) <= (y * GRID) / 2 / 9;
    const inWindow = (x - 14) ** 2 + (y - 5.5) ** 2 < 1.5 ** 2;
    if (inPediment && !inWindow) return true;
  }
  return RECTS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/**
 * Share of a pixel covered by the town hall, from samples × samples points in the pixel.
 * The grid is drawn `scale` pixels per unit, its corner at (offset, offset).
 */
function coverage(px, py, scale, offset, samples) {
  let inside = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - offset) / scale;
      const y = (py + (sy + 0.5) / samples - offset) / scale;
      if (inTownHall(x, y)) inside++;
    }
  }
  return inside / (samples * samples);
}

/** RGBA pixels of the colour icon: the town hall, 112 px wide, centred on teal. */
function drawColor(size = 192) {
  const scale = 4;
  const offset = (size - GRID * scale) / 2;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, scale, offset, 4);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(TEAL[k] * (1 - c) + WHITE[k] * c);
      rgba[i + 3] = 0xff;
    }
  }
  return rgba;
}

/** RGBA pixels of the outline icon: one sample per pixel, so each is opaque white or transparent. */
function drawOutline(size = 32) {
  const offset = (size - GRID) / 2;
  const rgba = Buffer.alloc(size * size * 4); // all transparent (0, 0, 0, 0)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (coverage(x, y, 1, offset, 1) === 1) rgba.set([...WHITE, 0xff], (y * size + x) * 4);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), no interlace, every row with filter type 0. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, deflate, filter method 0, no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0: the row as is
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  if (typeof zlib.crc32 !== 'function') {
    console.error(`This script needs Node 20.15 or later (zlib.crc32); this is Node ${process.versions.node}.`);
    process.exit(1);
  }
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'appPackage'));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'color.png'), encodePng(192, 192, drawColor(192)));
  fs.writeFileSync(path.join(outDir, 'outline.png'), encodePng(32, 32, drawOutline(32)));
  console.log(`Wrote color.png (192×192) and outline.png (32×32) in ${outDir}`);
}

if (require.main === module) main();

module.exports = { encodePng, drawColor, drawOutline };

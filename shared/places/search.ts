import { hasHangul, romaniseHangul } from './hangul';
import { normaliseName } from './normalise';
import type { Place } from './place';
import {
  compareBytes,
  encodePlaceTable,
  isWordKey,
  placeAt,
  placeOfKey,
  readPlaceTable,
  type PlaceTable,
} from './placeTable';

/** The table of places searched. */
export interface PlaceIndex {
  table: PlaceTable;
}

export function indexOfTable(table: PlaceTable): PlaceIndex {
  return { table };
}

/** An index of a list in memory: for tests and small lists; the app's is made at build time. */
export function buildPlaceIndex(places: readonly Place[]): PlaceIndex {
  return indexOfTable(readPlaceTable(encodePlaceTable(places)));
}

/**
 * How well a name matches what was typed, best first. Hangul typed is looked for as typed
 * before it is looked for in its romanisation, so a Korean name outranks a Latin lookalike.
 */
const Match = { Exact: 0, Prefix: 1, WordExact: 2, WordPrefix: 3, Romanised: 4 } as const;
type Match = (typeof Match)[keyof typeof Match];

const keyStart = (table: PlaceTable, i: number) => (i === 0 ? 0 : table.keyEnds[i - 1]!);

/** The first key not below `text`, or after the last one that starts with it (`past`). */
function lowerBound(table: PlaceTable, text: Uint8Array, past: boolean): number {
  let low = 0;
  let high = table.keyCount;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = keyStart(table, middle);
    const end = table.keyEnds[middle]!;
    const order = compareBytes(table.keys, start, Math.min(end, start + text.length), text);
    // A key that starts with `text` compares equal on its first letters: past it, or not yet.
    if (order < 0 || (past && order === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

const encoder = new TextEncoder();

/** What was typed, as keys are kept, with the match class each form starts from. */
function searchTexts(query: string): { text: Uint8Array; from: number }[] {
  const text = normaliseName(query);
  if (!text) return [];
  const typed = { text: encoder.encode(text), from: 0 };
  if (!hasHangul(text)) return [typed];
  const romanised = normaliseName(romaniseHangul(text));
  return romanised && romanised !== text
    ? [typed, { text: encoder.encode(romanised), from: Match.Romanised }]
    : [typed];
}

/**
 * The best `limit` places whose name, or a word of it, starts with what was typed, optionally
 * in one country: the keys starting with it are one run, read once, keeping only the best few
 * (a short query's run is tens of thousands of keys). A score is the match class, then the
 * place's rank by population; a place met again by another of its names keeps its best.
 */
function bestMatches(
  { table }: PlaceIndex,
  query: string,
  limit: number,
  country?: string,
): { place: number; match: Match }[] {
  const countryCode = country === undefined ? -1 : table.countries.indexOf(country);
  if (countryCode < 0 && country !== undefined) return [];
  const places: number[] = [];
  const scores: number[] = [];
  for (const { text, from } of searchTexts(query)) {
    const first = lowerBound(table, text, false);
    const last = lowerBound(table, text, true);
    for (let i = first; i < last; i++) {
      const code = table.keyPlaces[i]!;
      const place = placeOfKey(code);
      const exact = table.keyEnds[i]! - keyStart(table, i) === text.length;
      const match =
        from + (isWordKey(code) ? (exact ? Match.WordExact : Match.WordPrefix) : exact ? 0 : 1);
      const score = match * table.count + place;
      if (places.length === limit && score >= scores[limit - 1]!) continue;
      if (countryCode >= 0 && table.countryOf[place] !== countryCode) continue;
      const seen = places.indexOf(place);
      if (seen >= 0) {
        if (scores[seen]! <= score) continue;
        places.splice(seen, 1);
        scores.splice(seen, 1);
      }
      let at = places.length;
      while (at > 0 && score < scores[at - 1]!) at--;
      places.splice(at, 0, place);
      scores.splice(at, 0, score);
      if (places.length > limit) {
        places.pop();
        scores.pop();
      }
    }
  }
  return places.map((place, i) => ({
    place,
    match: Math.floor(scores[i]! / table.count) as Match,
  }));
}

/**
 * The places a typed name may mean, best first: the whole name before a word of it, an exact
 * name before one it only starts, and among equals the larger city.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): Place[] {
  if (limit < 1) return [];
  return bestMatches(index, query, limit).map((found) => placeAt(index.table, found.place));
}

/**
 * The place a name stands for in a country (ISO code, or '' for anywhere): the largest city
 * of exactly that name, else of a name starting with it (Goyang for Goyang-si). Null when no
 * name is that near.
 */
export function findPlace(index: PlaceIndex, name: string, country: string): Place | null {
  const first = bestMatches(index, name, 1, country || undefined)[0];
  if (!first) return null;
  const match = first.match >= Match.Romanised ? first.match - Match.Romanised : first.match;
  return match <= Match.Prefix ? placeAt(index.table, first.place) : null;
}

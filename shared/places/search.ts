import { hasHangul, romaniseHangul } from './hangul';
import { normaliseName } from './normalise';
import type { Place } from './place';

/** The names and name words of places that start with the same two letters. */
interface Bucket {
  keys: string[];
  placeOf: number[];
  /** 0 where the key is a whole name, 1 where it starts at a later word of one. */
  wordOf: number[];
}

/**
 * Every name of every place, and every word of it, in buckets by their first two letters: what
 * was typed is looked for in its bucket only (in those of its letter, when it is one letter),
 * and the index is built with no sorting, quickly on first use.
 */
export interface PlaceIndex {
  places: readonly Place[];
  buckets: Map<string, Bucket>;
  /** Scratch space of one search: the best match of each place seen, by search number. */
  seenIn: Int32Array;
  bestMatch: Uint8Array;
  searches: number;
}

/** How well a name matches what was typed, best first. */
const Match = { Exact: 0, Prefix: 1, WordExact: 2, WordPrefix: 3 } as const;
type Match = (typeof Match)[keyof typeof Match];

const BUCKET_LETTERS = 2;

export function buildPlaceIndex(places: readonly Place[]): PlaceIndex {
  const buckets = new Map<string, Bucket>();
  const add = (key: string, place: number, word: number) => {
    const prefix = key.slice(0, BUCKET_LETTERS);
    let bucket = buckets.get(prefix);
    if (!bucket) buckets.set(prefix, (bucket = { keys: [], placeOf: [], wordOf: [] }));
    bucket.keys.push(key);
    bucket.placeOf.push(place);
    bucket.wordOf.push(word);
  };
  places.forEach((place, i) => {
    for (const name of place.nameKo ? [place.name, place.nameKo] : [place.name]) {
      const key = normaliseName(name);
      if (!key) continue;
      add(key, i, 0);
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1))
        add(key.slice(at + 1), i, 1);
    }
  });
  return {
    places,
    buckets,
    seenIn: new Int32Array(places.length),
    bestMatch: new Uint8Array(places.length),
    searches: 0,
  };
}

/** The buckets that may hold keys starting with `text`. */
function bucketsFor(index: PlaceIndex, text: string): Bucket[] {
  if (text.length >= BUCKET_LETTERS) {
    const bucket = index.buckets.get(text.slice(0, BUCKET_LETTERS));
    return bucket ? [bucket] : [];
  }
  return [...index.buckets].filter(([prefix]) => prefix.startsWith(text)).map(([, b]) => b);
}

/** What was typed, as the index keeps names: Hangul is also tried in its romanisation. */
function searchTexts(query: string): string[] {
  const text = normaliseName(query);
  if (!text) return [];
  if (!hasHangul(text)) return [text];
  const romanised = normaliseName(romaniseHangul(text));
  return romanised && romanised !== text ? [text, romanised] : [text];
}

interface PlaceMatch {
  place: Place;
  match: Match;
}

const better = (a: PlaceMatch, b: PlaceMatch) =>
  a.match - b.match || b.place.population - a.place.population;

/**
 * The best `limit` places whose name, or a word of it, starts with what was typed, optionally
 * in one country. A short query matches tens of thousands of names, so only the best few are
 * kept in order as the run is read, not all of them sorted.
 */
function bestMatches(
  index: PlaceIndex,
  query: string,
  limit: number,
  country?: string,
): PlaceMatch[] {
  const search = ++index.searches;
  const candidates: number[] = [];
  for (const text of searchTexts(query))
    for (const bucket of bucketsFor(index, text))
      for (let i = 0; i < bucket.keys.length; i++) {
        const key = bucket.keys[i]!;
        if (!key.startsWith(text)) continue;
        const place = bucket.placeOf[i]!;
        if (country && index.places[place]!.country !== country) continue;
        const exact = key.length === text.length;
        const match = bucket.wordOf[i]
          ? exact
            ? Match.WordExact
            : Match.WordPrefix
          : exact
            ? Match.Exact
            : Match.Prefix;
        if (index.seenIn[place] !== search) {
          index.seenIn[place] = search;
          index.bestMatch[place] = match;
          candidates.push(place);
        } else if (match < index.bestMatch[place]!) index.bestMatch[place] = match;
      }
  const best: PlaceMatch[] = [];
  for (const place of candidates) {
    const found = { place: index.places[place]!, match: index.bestMatch[place] as Match };
    if (best.length === limit && better(found, best[limit - 1]!) >= 0) continue;
    let at = Math.min(best.length, limit - 1);
    while (at > 0 && better(found, best[at - 1]!) < 0) at--;
    best.splice(at, 0, found);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * The places a typed name may mean, best first: the whole name before a word of it, an exact
 * name before one it only starts, and among equals the larger city.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): Place[] {
  if (limit < 1) return [];
  return bestMatches(index, query, limit).map((found) => found.place);
}

/**
 * The place a name stands for in a country (ISO code, or '' for anywhere): the largest city
 * of exactly that name, else of a name starting with it (Goyang for Goyang-si). Null when no
 * name is that near.
 */
export function findPlace(index: PlaceIndex, name: string, country: string): Place | null {
  const first = bestMatches(index, name, 1, country || undefined)[0];
  return first && first.match <= Match.Prefix ? first.place : null;
}

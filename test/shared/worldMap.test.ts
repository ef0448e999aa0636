import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import facts from '../../assets/seoul-2018-facts.json';
import { translator } from '../../shared/i18n/translate';
import {
  hidesAnything,
  SHOW_EVERYTHING,
  withFacetShown,
  withFacetsShown,
  withValueShown,
} from '../../shared/map/filters';
import { NODE_KINDS } from '../../shared/model/vocabulary';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { mapCentreLongitude, markerRadius, worldProjection } from '../../shared/places/mapGeometry';
import { placeLabels, textWidth } from '../../shared/places/mapLabels';
import { pictureOf, pictureSvg } from '../../shared/places/mapPicture';
import { lonLatOf, MAP_FILTER_FACETS, mapPlaces } from '../../shared/places/mapPlaces';
import {
  countryPaths,
  mapScene,
  markersWestToEast,
  projectionFor,
  type WorldTopology,
} from '../../shared/places/mapScene';
import { clampView, fittedView, zoomedView } from '../../shared/places/mapViewport';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
const en = translator('en');
const ko = translator('ko');
const topology = world as unknown as WorldTopology;

function sceneOf(graph: StrategyGraph, home = sample.home, language: 'en' | 'ko' = 'en') {
  const places = mapPlaces(graph, home, SHOW_EVERYTHING);
  const projection = projectionFor(places);
  const t = language === 'en' ? en : ko;
  return mapScene(places, countryPaths(topology, projection), language, t, projection);
}

describe('world map places', () => {
  it('places all 43 of the sample’s partner cities, with Seoul as home', () => {
    const places = mapPlaces(sample, sample.home, sample.filters);
    expect(places.placed).toHaveLength(43);
    expect(places.unplaced).toHaveLength(0);
    expect(places.home?.names.en).toBe('Seoul');
  });

  it('counts the projects located in a city, and only those the filters show', () => {
    const ub = (filter = SHOW_EVERYTHING) =>
      mapPlaces(sample, sample.home, filter).placed.find((c) => c.names.en === 'Ulaanbaatar')!;
    const located = sample.edges.filter(
      (e) => e.kind === 'locatedIn' && e.target === ub().id,
    ).length;
    expect(located).toBeGreaterThan(0);
    expect(ub().projects).toBe(located);
    const stages = sample.nodes
      .filter((n) => sample.edges.some((e) => e.source === n.id && e.target === ub().id))
      .map((n) => (n.kind === 'project' ? n.data.stage : ''));
    const hidden = withValueShown(SHOW_EVERYTHING, 'stage', stages[0]!, false);
    expect(ub(hidden).projects).toBe(stages.filter((s) => s !== stages[0]).length);
  });

  it('leaves out what the relation filter hides, but not for a hidden node kind', () => {
    const sisterOnly = ['', 'friendship', 'mou', 'none', 'unknown'].reduce(
      (filter, relation) => withValueShown(filter, 'relation', relation, false),
      SHOW_EVERYTHING,
    );
    const sisters = sample.nodes.filter(
      (n) => n.kind === 'partnerCity' && n.data.relation === 'sister',
    ).length;
    expect(mapPlaces(sample, sample.home, sisterOnly).placed).toHaveLength(sisters);
    expect(sisters).toBeLessThan(43);
    const noCities = withValueShown(SHOW_EVERYTHING, 'kind', 'partnerCity', false);
    expect(mapPlaces(sample, sample.home, noCities).placed).toHaveLength(43);
  });

  it('lists for its filter panel the facets it filters by, and shows all of those alone', () => {
    expect(MAP_FILTER_FACETS).not.toContain('kind');
    expect(MAP_FILTER_FACETS).not.toContain('edgeKind');
    expect(MAP_FILTER_FACETS).toContain('relation');
    const goalsOnly = NODE_KINDS.filter((kind) => kind !== 'goal').reduce(
      (filter, kind) => withValueShown(filter, 'kind', kind, false),
      SHOW_EVERYTHING,
    );
    // The canvas shows its goal tree: the map hides nothing it lists.
    expect(hidesAnything(goalsOnly, MAP_FILTER_FACETS)).toBe(false);
    const sisterOnly = withFacetShown(goalsOnly, 'relation', false);
    expect(hidesAnything(sisterOnly, MAP_FILTER_FACETS)).toBe(true);
    // Show everything on the map shows every relation and leaves the canvas's kinds as they were.
    expect(withFacetsShown(sisterOnly, MAP_FILTER_FACETS)).toEqual(goalsOnly);
  });

  it('lists cities without usable coordinates apart', () => {
    const city = createNode('partnerCity', 'c1', { x: 0, y: 0 });
    const far = { ...city, id: 'c2', data: { ...city.data, latitude: 95, longitude: 10 } };
    const graph = { nodes: [city, far] as StrategyNode[], edges: [] };
    const places = mapPlaces(graph, null, SHOW_EVERYTHING);
    expect(places.unplaced.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(lonLatOf(37.5, 127)).toEqual([127, 37.5]);
    expect(lonLatOf(null, 127)).toBeNull();
    expect(lonLatOf(10, -181)).toBeNull();
  });
});

describe('world map geometry', () => {
  it('centres the projection on the home meridian and fits the world in the drawing', () => {
    const projection = worldProjection(127, 960, 500);
    const [x, y] = projection([127, 0])!;
    expect(x).toBeCloseTo(480, 0);
    expect(y).toBeCloseTo(250, 0);
    for (const lon of [-179, -60, 0, 60, 179]) {
      const [px, py] = projection([lon, 60])!;
      expect(px).toBeGreaterThanOrEqual(0);
      expect(px).toBeLessThanOrEqual(960);
      expect(py).toBeGreaterThanOrEqual(0);
    }
  });

  it('is cut where no continent is: South America whole on one side of Seoul', () => {
    expect(mapCentreLongitude(127)).toBe(150);
    expect(mapCentreLongitude(0)).toBe(0);
    expect(mapCentreLongitude(-74)).toBe(0);
    const markers = sceneOf(sample).markers;
    const x = (name: string) => markers.find((m) => m.label === name)!.x;
    const seoul = sceneOf(sample).home!.x;
    for (const city of ['Sao Paulo', 'Bogota', 'Panama City', 'Mexico City'])
      expect(x(city), city).toBeGreaterThan(seoul);
    expect(x('Sao Paulo')).toBeGreaterThan(x('Bogota'));
    // Seoul stays near the middle, a little to the left of it.
    expect(seoul).toBeGreaterThan(380);
    expect(seoul).toBeLessThan(480);
  });

  it('sizes markers by area, so more projects make a larger marker', () => {
    expect(markerRadius(0)).toBe(4);
    expect(markerRadius(4)).toBeGreaterThan(markerRadius(1));
    expect(markerRadius(4) - 4).toBeCloseTo(2 * (markerRadius(1) - 4));
    expect(markerRadius(1000)).toBe(markerRadius(50));
  });

  it('draws one great-circle arc from home to each placed city, unbroken across the Pacific', () => {
    const scene = sceneOf(sample);
    expect(scene.markers).toHaveLength(43);
    expect(scene.arcs).toHaveLength(43);
    expect(scene.home?.label).toBe('Seoul');
    const honolulu = sample.nodes.find(
      (n) => n.kind === 'partnerCity' && n.data.name === 'Honolulu',
    )!;
    const arc = scene.arcs.find((a) => a.id === honolulu.id)!;
    // One move: the line is not cut at the map's edge.
    expect(arc.d.match(/M/g)).toHaveLength(1);
    expect(sceneOf(sample, null).arcs).toHaveLength(0);
  });

  it('names markers for screen readers in the UI language', () => {
    const name = (language: 'en' | 'ko') =>
      sceneOf(sample, sample.home, language).markers.find((m) =>
        m.accessibleName.startsWith(language === 'en' ? 'Ulaanbaatar' : '울란바토르'),
      )!.accessibleName;
    const count = mapPlaces(sample, sample.home, SHOW_EVERYTHING).placed.find(
      (c) => c.names.en === 'Ulaanbaatar',
    )!.projects;
    expect(name('en')).toBe(`Ulaanbaatar, Mongolia, sister city, ${count} projects`);
    expect(name('ko')).toBe(`울란바토르, 몽골, 자매도시, 사업 ${count}건`);
  });

  it('visits markers west to east as the map is drawn, whatever their size', () => {
    const names = markersWestToEast(sceneOf(sample).markers).map((m) => m.label);
    expect(names).toHaveLength(43);
    // Centred on Seoul: Europe is on the left, the Americas on the right.
    expect(names.indexOf('Paris')).toBeLessThan(names.indexOf('Moscow'));
    expect(names.indexOf('Moscow')).toBeLessThan(names.indexOf('Ulaanbaatar'));
    expect(names.indexOf('Ulaanbaatar')).toBeLessThan(names.indexOf('Tokyo'));
    expect(names.indexOf('Tokyo')).toBeLessThan(names.indexOf('Honolulu'));
    expect(names.indexOf('Honolulu')).toBeLessThan(names.indexOf('San Francisco'));
  });

  it('places labels without overlaps and leaves out those that do not fit', () => {
    const labels = placeLabels(
      [
        { id: 'a', x: 100, y: 100, r: 5, text: 'Alpha', priority: 2 },
        { id: 'b', x: 100, y: 104, r: 5, text: 'Bravo', priority: 1 },
        { id: 'c', x: 195, y: 100, r: 5, text: 'Charlie city', priority: 0 },
      ],
      12,
      { left: 0, top: 0, right: 200, bottom: 200 },
    );
    const a = labels.find((l) => l.id === 'a')!;
    expect(a.anchor).toBe('start');
    // Charlie's name would leave the area on the right and cover Alpha's everywhere else.
    expect(labels.find((l) => l.id === 'c')).toBeUndefined();
    // Bravo's right side is Alpha's: it goes to the left.
    expect(labels.find((l) => l.id === 'b')?.anchor).toBe('end');
  });

  it('keeps a space between two names on one line', () => {
    const alpha = { id: 'a', x: 100, y: 100, r: 4, text: 'Alpha', priority: 1 };
    const alphaEnds = 100 + 4 + 3 + textWidth('Alpha', 12);
    // Bravo sits near the area's right edge: its name can only go on its left, where it would
    // end at Alpha's, as one name, or above or below.
    const bravoWhenAt = (x: number) =>
      placeLabels([alpha, { id: 'b', x, y: 100, r: 4, text: 'Bravo', priority: 0 }], 12, {
        left: 0,
        top: 0,
        right: x + 20,
        bottom: 200,
      }).find((label) => label.id === 'b')?.anchor;
    const touching = alphaEnds + textWidth('Bravo', 12) + 4 + 3;
    expect(bravoWhenAt(touching)).toBe('middle');
    expect(bravoWhenAt(touching + 4)).toBe('end');
  });

  it('estimates a name as wide as its letters are drawn', () => {
    // Advance widths in Noto Sans KR at 100 px: a label box narrower than the name lets the
    // next marker sit under its first letter, and one far wider leaves names out for nothing.
    for (const [name, drawn] of [
      ['Warsaw', 366],
      ['Tbilisi', 279],
      ['Ho Chi Minh City', 763],
    ] as const) {
      expect(textWidth(name, 100)).toBeGreaterThan(drawn * 0.97);
      expect(textWidth(name, 100)).toBeLessThan(drawn * 1.05);
    }
    expect(textWidth('서울', 100)).toBe(200);
  });

  it('keeps the view on the map while zooming and panning', () => {
    const frame = { width: 1000, height: 600 };
    const fit = fittedView(frame);
    expect(fit.k).toBeCloseTo(1000 / 960);
    expect(clampView({ ...fit, x: 5000 }, frame)).toEqual(fit);
    const zoomed = zoomedView(fit, 2, { x: 500, y: 300 }, frame);
    expect(zoomed.k).toBeCloseTo(fit.k * 2);
    // The point under the pointer stays put.
    expect((500 - zoomed.x) / zoomed.k).toBeCloseTo((500 - fit.x) / fit.k);
    expect(zoomedView(fit, 1 / 4, { x: 0, y: 0 }, frame).k).toBeCloseTo(fit.k);
  });

  it('writes the picture as SVG with the names as text', () => {
    const picture = pictureOf(sceneOf(sample), en);
    const svg = pictureSvg(picture, 'Partner cities map');
    expect(svg.match(/<circle [^>]*fill-opacity/g)).toHaveLength(43);
    expect(svg).toContain('>Seoul</text>');
    expect(svg).toContain('>Ulaanbaatar</text>');
    expect(svg).toContain('Sister city');
    const koSvg = pictureSvg(pictureOf(sceneOf(sample, sample.home, 'ko'), ko), '교류도시 지도');
    expect(koSvg).toContain('>서울</text>');
  });

  it('prints each name on a pale plate, where on screen a halo keeps arcs off its letters', () => {
    const picture = pictureOf(sceneOf(sample), en);
    const plates = (svg: string) => svg.match(/<g class="label-plates".*?<\/g>/s)?.[0] ?? '';
    const printed = pictureSvg(picture, 'Partner cities map', { halo: false });
    expect(plates(printed).match(/<rect /g)).toHaveLength(picture.labels.length);
    expect(printed).not.toContain('paint-order');
    const seoul = picture.labels.find((label) => label.id === 'home')!;
    // The plate is the room the placing kept free for the name, so it covers no other name.
    expect(plates(printed)).toContain(`y="${Math.round(seoul.box.top * 100) / 100}"`);
    const onScreen = pictureSvg(picture, 'Partner cities map');
    expect(plates(onScreen)).toBe('');
    expect(onScreen).toContain('paint-order="stroke"');
  });
});

import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../shared/exchange/csvImport';
import { guessMapping, planImport } from '../../shared/exchange/csvImport';
import { tableCsv } from '../../shared/exchange/tables';
import { createNode } from '../../shared/model/nodes';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import type { Place } from '../../shared/places/place';
import { placesToLookUp, withFoundPlaces } from '../../shared/places/importPlaces';
import { placePartnerCity, setProjectCity } from '../../shared/places/placeChanges';

const at = { x: 0, y: 0 };
const partner = (id: string, name: string, country: string): StrategyNode => {
  const node = createNode('partnerCity', id, at);
  return { ...node, data: { ...node.data, name, country } } as StrategyNode;
};
const busan: Place = {
  id: 1838524,
  name: 'Busan',
  nameKo: '부산',
  country: 'KR',
  population: 3_678_555,
  latitude: 35.10168,
  longitude: 129.03004,
};

describe('placing a partner city', () => {
  it('sets its names, country, region and coordinates in one change', () => {
    const change = placePartnerCity(partner('c1', 'Bus', ''), busan);
    expect(change.putNodes).toHaveLength(1);
    expect(change.putNodes[0]!.data).toMatchObject({
      name: 'Busan',
      nameKo: '부산',
      country: 'KR',
      region: 'eastAsia',
      latitude: 35.10168,
      longitude: 129.03004,
    });
  });
});

describe('a project’s city', () => {
  const project = createNode('project', 'p1', at) as StrategyNode;
  const graph: StrategyGraph = {
    nodes: [project, partner('c1', 'Busan', 'KR'), partner('c2', 'Hanoi', 'VN')],
    edges: [{ id: 'e-old', kind: 'locatedIn', source: 'p1', target: 'c2' }],
  };

  it('moves the project’s tie to the partner city chosen', () => {
    const change = setProjectCity(graph, project, { partnerId: 'c1' }, 'e-new');
    expect(change.putNodes[0]!.data).toMatchObject({ city: 'Busan', country: 'KR' });
    expect(change.putEdges).toEqual([
      { id: 'e-new', kind: 'locatedIn', source: 'p1', target: 'c1' },
    ]);
    expect(change.removeEdgeIds).toEqual(['e-old']);
  });

  it('ties it to the partner city that is the world city chosen, or to none', () => {
    expect(setProjectCity(graph, project, { place: busan }, 'e-new').putEdges).toEqual([
      { id: 'e-new', kind: 'locatedIn', source: 'p1', target: 'c1' },
    ]);
    const elsewhere = setProjectCity(graph, project, { place: { ...busan, country: 'PH' } }, 'e');
    expect(elsewhere.putEdges).toEqual([]);
    expect(elsewhere.removeEdgeIds).toEqual(['e-old']);
  });

  it('keeps the tie it already has', () => {
    const change = setProjectCity(graph, project, { partnerId: 'c2' }, 'e-new');
    expect(change.putEdges).toEqual([]);
    expect(change.removeEdgeIds).toEqual([]);
  });
});

describe('placing imported partner cities', () => {
  const table: CsvTable = {
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Name', 'Country', 'Lat', 'Lng'],
    rows: [
      ['Busan', 'South Korea', '', ''],
      ['Hanoi', 'Vietnam', '21.0245', '105.8412'],
      ['Atlantis', '', '', ''],
    ],
  };
  const plan = planImport(table, 'partnerCity', guessMapping(table.headers, 'partnerCity'), {
    nodes: [],
    edges: [],
  });

  it('reads latitude and longitude columns, and looks up only the rows without them', () => {
    expect(plan.additions[1]!.data).toMatchObject({ latitude: 21.0245, longitude: 105.8412 });
    expect(placesToLookUp(plan, { nodes: [], edges: [] })).toEqual([
      { row: 2, name: 'Busan', country: 'KR' },
      { row: 4, name: 'Atlantis', country: '' },
    ]);
  });

  it('fills the coordinates of the cities found and leaves the others as they were', () => {
    const lookups = placesToLookUp(plan, { nodes: [], edges: [] });
    const placed = withFoundPlaces(plan, lookups, [busan, null]);
    expect(placed.additions.map(({ data }) => [data.latitude, data.longitude])).toEqual([
      [35.10168, 129.03004],
      [21.0245, 105.8412],
      [undefined, undefined],
    ]);
  });

  it('writes coordinates out as they are read back in', () => {
    const placed = placePartnerCity(partner('c1', 'Busan', 'KR'), busan).putNodes[0]!;
    const csv = tableCsv({ nodes: [placed], edges: [] }, 'partnerCity', 'en');
    const [headers, row] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = headers!.split(',');
    const cells = row!.split(',');
    expect(cells[columns.indexOf('Latitude')]).toBe('35.10168');
    expect(cells[columns.indexOf('Longitude')]).toBe('129.03004');
  });
});

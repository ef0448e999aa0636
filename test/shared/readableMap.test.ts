import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { mapFilterSchema, savedViewSchema } from '../../shared/format/mapSchema';
import { parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { openingPlace, READABLE_ZOOM } from '../../shared/layout/viewport';
import {
  FACET_VALUES,
  hidesAnything,
  nodeFilter,
  SHOW_EVERYTHING,
  withFacetShown,
  withValueShown,
  type MapFilter,
} from '../../shared/map/filters';
import { focusedNodeIds } from '../../shared/map/focus';
import {
  movedView,
  placeShowsAny,
  renamedView,
  viewName,
  withMapSettings,
  type SavedView,
} from '../../shared/map/savedViews';
import { shownParts } from '../../shared/map/shown';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import { edge, node } from './fixtures';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');

function withData(original: StrategyNode, data: Record<string, unknown>): StrategyNode {
  return { ...original, data: { ...original.data, ...data } } as StrategyNode;
}

/** vision ← direction ← task; a city serves the direction, a project the task, a network the city. */
const graph: StrategyGraph = {
  nodes: [
    withData(node('goal', 'vision'), { level: 'vision' }),
    withData(node('goal', 'direction'), { level: 'direction' }),
    withData(node('goal', 'task'), { level: 'task' }),
    withData(node('partnerCity', 'city'), { region: 'europe', relation: 'sister' }),
    withData(node('project', 'project'), { stage: 'award', domain: 'water' }),
    node('network', 'network'),
    node('actor', 'actor'),
  ],
  edges: [
    edge('e1', 'subgoalOf', 'direction', 'vision'),
    edge('e2', 'subgoalOf', 'task', 'direction'),
    edge('e3', 'servesGoal', 'city', 'direction'),
    edge('e4', 'servesGoal', 'project', 'task'),
    edge('e5', 'memberOf', 'city', 'network'),
    edge('e6', 'implementedBy', 'project', 'actor'),
  ],
};

const ids = (set: Set<string> | undefined) => [...(set ?? [])].sort();
const only = (filter: MapFilter, facet: keyof MapFilter['hide'], ...shown: string[]) =>
  FACET_VALUES[facet].reduce(
    (result, value) => withValueShown(result, facet, value, shown.includes(value)),
    filter,
  );

describe('focus', () => {
  it('shows a node and its neighbours up to the chosen depth, either way along edges', () => {
    expect(ids(focusedNodeIds(graph, 'city', 1))).toEqual(['city', 'direction', 'network']);
    expect(ids(focusedNodeIds(graph, 'city', 2))).toEqual([
      'city',
      'direction',
      'network',
      'task',
      'vision',
    ]);
    expect(focusedNodeIds(graph, 'city', 3).size).toBe(6);
    expect(focusedNodeIds(graph, 'missing', 1).size).toBe(0);
  });

  it('counts a goal with its subgoal tree, so what serves the subgoals is a neighbour', () => {
    expect(ids(focusedNodeIds(graph, 'direction', 1))).toEqual([
      'city',
      'direction',
      'project',
      'task',
      'vision',
    ]);
    // The task's parent is a neighbour, but not what serves that parent's other subgoals.
    expect(ids(focusedNodeIds(graph, 'task', 1))).toEqual(['direction', 'project', 'task']);
  });

  it('walks only through what the limits let through', () => {
    const noGoals = (n: StrategyNode) => n.kind !== 'goal';
    expect(ids(focusedNodeIds(graph, 'city', 2, { node: noGoals }))).toEqual(['city', 'network']);
    expect(ids(focusedNodeIds(graph, 'city', 1, { edge: (e) => e.kind !== 'memberOf' }))).toEqual([
      'city',
      'direction',
    ]);
  });

  it('on the sample, shows Ulaanbaatar with one neighbour per relationship', () => {
    const city = sample.nodes.find(
      (n) => n.kind === 'partnerCity' && n.data.name === 'Ulaanbaatar',
    )!;
    const relationships = sample.edges.filter((e) => e.source === city.id || e.target === city.id);
    expect(relationships.length).toBeGreaterThan(1);
    expect(focusedNodeIds(sample, city.id, 1).size).toBe(relationships.length + 1);
  });
});

describe('filters', () => {
  it('shows everything by default, and everything again once every facet is shown', () => {
    expect(hidesAnything(SHOW_EVERYTHING)).toBe(false);
    const hidden = withFacetShown(SHOW_EVERYTHING, 'stage', false);
    expect(hidden.hide.stage).toEqual([...FACET_VALUES.stage]);
    expect(hidesAnything(withFacetShown(hidden, 'stage', true))).toBe(false);
    expect(
      withValueShown(withValueShown(SHOW_EVERYTHING, 'region', '', false), 'region', '', true),
    ).toEqual(SHOW_EVERYTHING);
  });

  it('judges each node only by the facets its kind has', () => {
    const awardOnly = only(SHOW_EVERYTHING, 'stage', 'award');
    const passes = nodeFilter(graph, only(awardOnly, 'kind', 'project', 'goal'));
    expect(graph.nodes.filter(passes).map((n) => n.id)).toEqual([
      'vision',
      'direction',
      'task',
      'project',
    ]);
    const noSisters = nodeFilter(
      graph,
      withValueShown(SHOW_EVERYTHING, 'relation', 'sister', false),
    );
    expect(graph.nodes.filter(noSisters).map((n) => n.id)).not.toContain('city');
    expect(graph.nodes.filter(noSisters)).toHaveLength(graph.nodes.length - 1);
  });

  it('treats "Not set" as a value of its own', () => {
    const unset = withData(node('partnerCity', 'unset'), { region: '', status: '' });
    const withUnset = { ...graph, nodes: [...graph.nodes, unset] };
    const hideUnsetRegion = nodeFilter(
      withUnset,
      withValueShown(SHOW_EVERYTHING, 'region', '', false),
    );
    expect(hideUnsetRegion(unset)).toBe(false);
    expect(hideUnsetRegion(graph.nodes[3]!)).toBe(true);
    const hideUnsetStatus = nodeFilter(
      withUnset,
      withValueShown(SHOW_EVERYTHING, 'status', '', false),
    );
    expect(hideUnsetStatus(unset)).toBe(false);
  });

  it('places a project in its partner city’s region, and passes it on any shown funding source', () => {
    const located = {
      ...graph,
      edges: [...graph.edges, edge('e7', 'locatedIn', 'project', 'city')],
    };
    const project = located.nodes.find((n) => n.id === 'project')!;
    expect(
      nodeFilter(located, withValueShown(SHOW_EVERYTHING, 'region', 'europe', false))(project),
    ).toBe(false);
    const funded = withData(project, {
      funding: [
        { id: 'f1', source: 'koica', funder: '', amountKrw: null, sharePercent: 50 },
        { id: 'f2', source: 'mdb', funder: '', amountKrw: null, sharePercent: 50 },
      ],
    });
    const noKoica = withValueShown(SHOW_EVERYTHING, 'fundingSource', 'koica', false);
    expect(nodeFilter(graph, noKoica)(funded)).toBe(true);
    expect(nodeFilter(graph, withValueShown(noKoica, 'fundingSource', 'mdb', false))(funded)).toBe(
      false,
    );
    // Without funding lines or a main source, a project's source is "Not set".
    const noUnset = withValueShown(SHOW_EVERYTHING, 'fundingSource', '', false);
    expect(nodeFilter(graph, noUnset)(project)).toBe(false);
  });

  it('finds the sample’s thirteen awarded projects', () => {
    const filter = only(only(SHOW_EVERYTHING, 'kind', 'project'), 'stage', 'award');
    const shown = shownParts(sample, filter, null)!;
    const awarded = facts.exportProjects.filter((p) => p.stage === 'award').length;
    expect(awarded).toBe(13);
    expect(shown.nodeIds.size).toBe(awarded);
  });
});

describe('what the map shows', () => {
  it('shows everything when nothing is hidden or focused', () => {
    expect(shownParts(graph, SHOW_EVERYTHING, null)).toBeNull();
    // A focus on a node that is gone is no focus.
    expect(shownParts(graph, SHOW_EVERYTHING, { nodeId: 'gone', depth: 1 })).toBeNull();
  });

  it('combines focus and filters, keeps the selection, and shows edges of shown kinds between shown nodes', () => {
    const noProjects = withValueShown(SHOW_EVERYTHING, 'kind', 'project', false);
    const shown = shownParts(graph, noProjects, { nodeId: 'direction', depth: 1 })!;
    expect(ids(shown.nodeIds)).toEqual(['city', 'direction', 'task', 'vision']);
    expect(ids(shown.edgeIds)).toEqual(['e1', 'e2', 'e3']);
    const keeping = shownParts(graph, noProjects, { nodeId: 'direction', depth: 1 }, ['actor'])!;
    expect(keeping.nodeIds.has('actor')).toBe(true);
    const noSubgoalEdges = withValueShown(SHOW_EVERYTHING, 'edgeKind', 'subgoalOf', false);
    expect(ids(shownParts(graph, noSubgoalEdges, null)!.edgeIds)).toEqual(['e3', 'e4', 'e5', 'e6']);
  });
});

describe('saved views', () => {
  const view = (id: string, name: string, nameKo = ''): SavedView => ({
    id,
    name,
    nameKo,
    viewport: null,
    focus: null,
    filters: SHOW_EVERYTHING,
  });

  it('shows the name in the UI language, or else the other one', () => {
    expect(viewName(view('a', 'Goal tree', '목표 체계'), 'ko')).toBe('목표 체계');
    expect(viewName(view('a', 'Goal tree'), 'ko')).toBe('Goal tree');
    expect(viewName(view('a', '', '목표 체계'), 'en')).toBe('목표 체계');
    expect(renamedView(view('a', 'Goal tree'), '목표', 'ko')).toMatchObject({
      name: 'Goal tree',
      nameKo: '목표',
    });
  });

  it('moves a view up or down, and stays put at either end', () => {
    const views = [view('a', 'A'), view('b', 'B'), view('c', 'C')];
    expect(movedView(views, 'b', -1).map((v) => v.id)).toEqual(['b', 'a', 'c']);
    expect(movedView(views, 'b', 1).map((v) => v.id)).toEqual(['a', 'c', 'b']);
    expect(movedView(views, 'a', -1).map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(movedView(views, 'c', 1).map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads records from before map settings as showing everything with no views', () => {
    expect(withMapSettings({ id: 's', title: 'Plan' })).toEqual({
      id: 's',
      title: 'Plan',
      views: [],
      filters: SHOW_EVERYTHING,
    });
  });

  it('checks views and filters in files, filling in what older writers left out', () => {
    expect(mapFilterSchema.parse({})).toEqual(SHOW_EVERYTHING);
    expect(mapFilterSchema.parse({ hide: { stage: ['award'] } }).hide).toMatchObject({
      stage: ['award'],
      kind: [],
    });
    const parsed = savedViewSchema.parse({
      id: 'v',
      name: 'Ulaanbaatar',
      viewport: { x: 1, y: 2, zoom: 1 },
      filters: {},
    });
    expect(parsed).toEqual({ ...view('v', 'Ulaanbaatar'), viewport: { x: 1, y: 2, zoom: 1 } });
    expect(savedViewSchema.safeParse({ ...parsed, name: ' ', nameKo: '' }).success).toBe(false);
    expect(savedViewSchema.safeParse({ ...parsed, focus: { nodeId: 'c', depth: 4 } }).success).toBe(
      false,
    );
  });

  it('travel in strategy files, and files without them read as showing everything', () => {
    const saved = {
      ...view('v', 'Awarded', '수주'),
      focus: { nodeId: 'city-SC-14', depth: 2 as const },
    };
    const filters = withValueShown(SHOW_EVERYTHING, 'stage', 'award', false);
    const text = serializeStrategy(
      { ...sample, id: 'x', filters, views: [saved] },
      sample.updatedAt,
    );
    const read = parseStrategyFile(text);
    expect(read.ok && read.strategy.views).toEqual([saved]);
    expect(read.ok && read.strategy.filters).toEqual(filters);
    const document = JSON.parse(text);
    delete document.strategy.views;
    delete document.strategy.filters;
    const older = parseStrategyFile(JSON.stringify(document));
    expect(older.ok && older.strategy.views).toEqual([]);
    expect(older.ok && older.strategy.filters).toEqual(SHOW_EVERYTHING);
  });

  it('tells a view whose cards have all moved out of its place', () => {
    const place = { x: 500, y: 300, zoom: 1 };
    // A 1000 × 600 pane there looks at 0…1000 across and 0…600 down.
    expect(placeShowsAny(place, 1000, 600, [{ x: 900, y: 550 }])).toBe(true);
    expect(placeShowsAny(place, 1000, 600, [{ x: -150, y: -50 }])).toBe(true);
    expect(
      placeShowsAny(place, 1000, 600, [
        { x: 1000, y: 100 },
        { x: 100, y: 600 },
      ]),
    ).toBe(false);
    expect(placeShowsAny({ ...place, zoom: 0.5 }, 1000, 600, [{ x: 1400, y: 100 }])).toBe(true);
    expect(placeShowsAny(place, 1000, 600, [])).toBe(false);
  });

  it('ships the sample with its goal tree first, each view named in both languages', () => {
    expect(sample.views.map((v) => v.name)).toEqual([
      'Goal tree',
      'Partner cities by region',
      'Export pipeline by stage',
      'Ulaanbaatar',
    ]);
    for (const saved of sample.views) expect(saved.nameKo).not.toBe('');
    const ulaanbaatar = sample.views.at(-1)!;
    expect(sample.nodes.find((n) => n.id === ulaanbaatar.focus?.nodeId)).toMatchObject({
      data: { name: 'Ulaanbaatar' },
    });
    for (const saved of sample.views) expect(savedViewSchema.parse(saved)).toEqual(saved);
  });
});

describe('the first view of a strategy', () => {
  it('fits a strategy whose cards can be read whole', () => {
    const small = [node('goal', 'g', 'Vision'), node('project', 'p', 'Metro', 232, 0)];
    expect(openingPlace(small, 900, 700)).toBeNull();
  });

  it('opens a larger one on its vision and directions at a readable size, near the top', () => {
    // Canvases at 1366 × 768 and 1920 × 1080, and at 1280 × 800 with the inspector open.
    for (const [width, height, least] of [
      [916, 718, READABLE_ZOOM],
      [1470, 1030, READABLE_ZOOM],
      [830, 754, 0.85],
    ] as const) {
      const place = openingPlace(sample.nodes, width, height)!;
      expect(place.zoom).toBeGreaterThanOrEqual(least);
      expect(place.zoom).toBeLessThanOrEqual(READABLE_ZOOM);
      const top = sample.nodes.filter(
        (n) => n.kind === 'goal' && (n.data.level === 'vision' || n.data.level === 'direction'),
      );
      for (const goal of top) {
        const left = place.x + goal.position.x * place.zoom;
        const topEdge = place.y + goal.position.y * place.zoom;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + 200 * place.zoom).toBeLessThanOrEqual(width);
        expect(topEdge).toBeGreaterThan(40);
        expect(topEdge + 72 * place.zoom).toBeLessThan(height);
      }
    }
  });
});

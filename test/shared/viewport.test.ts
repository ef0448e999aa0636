import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import {
  boundsOf,
  fitArea,
  graphToPicture,
  overviewArea,
  pictureToGraph,
} from '../../shared/layout/overview';
import {
  cullingRect,
  CULLING_KEPT_SPAN,
  nextCullingRect,
  FIT_INSETS,
  graphNearView,
  grownRect,
  LARGE_STRATEGY_NODES,
  MIN_ZOOM,
  openingFocus,
  OVERVIEW_SIZE,
  panToShow,
  placeToFit,
  pointInRect,
  prepareEdgesNearView,
  rectsOverlap,
  visibleRect,
  type ViewPlace,
} from '../../shared/layout/viewport';
import type { StrategyNode } from '../../shared/model/graph';
import { node } from './fixtures';

describe('edges near the view', () => {
  it('turns a viewport into the part of the graph it shows, with a margin', () => {
    expect(visibleRect([0, 0, 1], 1000, 800, 0)).toEqual({
      left: 0,
      top: 0,
      right: 1000,
      bottom: 800,
    });
    expect(visibleRect([-500, -400, 2], 1000, 800, 0)).toEqual({
      left: 250,
      top: 200,
      right: 750,
      bottom: 600,
    });
    expect(visibleRect([0, 0, 1], 1000, 800, 0.5)).toEqual({
      left: -500,
      top: -400,
      right: 1500,
      bottom: 1200,
    });
  });

  it('keeps what is near the view, the selection, and the far ends of edges that leave it', () => {
    const at = (id: string, x: number, y: number, selected = false) => ({
      id,
      position: { x, y },
      selected,
    });
    const nodes = [
      at('near', 100, 100),
      at('farLeft', -5000, 0),
      at('farRight', 5000, 0),
      at('farAway', 9000, 9000),
      at('farSelected', -9000, -9000, true),
      at('farLoner', 0, 9000),
    ];
    const edges = [
      { id: 'a', source: 'near', target: 'farRight' },
      { id: 'b', source: 'farLeft', target: 'farRight' },
      { id: 'c', source: 'farLeft', target: 'near' },
      { id: 'd', source: 'farAway', target: 'farSelected' },
      { id: 'e', source: 'farAway', target: 'farLoner' },
    ];
    const near = graphNearView(nodes, edges, visibleRect([0, 0, 1], 1000, 800, 0));
    expect(near.edges.map((e) => e.id)).toEqual(['a', 'c', 'd']);
    expect(near.nodes.map((n) => n.id)).toEqual([
      'near',
      'farLeft',
      'farRight',
      'farAway',
      'farSelected',
    ]);
  });

  it('holds only the nearest far ends of a goal many nodes serve, and counts the edges left out', () => {
    const goal = { id: 'goal', position: { x: 100, y: 100 } };
    // Two thousand nodes serving the goal, in a row leading away from the view.
    const serving = Array.from({ length: 2000 }, (_, i) => ({
      id: `s${i}`,
      position: { x: 2000 + i * 300, y: 100 },
    }));
    const edges = serving.map((node) => ({ id: `e-${node.id}`, source: node.id, target: 'goal' }));
    const rect = visibleRect([0, 0, 1], 1000, 800, 0);
    const nodes = [...serving].reverse().concat(goal);
    // Once as a strategy opens, and again as its view moves: the same part either way.
    expect(graphNearView(nodes, edges, rect, 10)).toEqual(graphNearView(nodes, edges, rect, 10));
    const near = graphNearView(nodes, edges, rect, 10);
    const heldFar = near.nodes.filter((node) => node.id !== 'goal').map((node) => node.id);
    expect(heldFar.sort()).toEqual(
      serving
        .slice(0, 10)
        .map((node) => node.id)
        .sort(),
    );
    expect(near.nodes).toHaveLength(11);
    expect(near.edges.map((edge) => edge.source).sort()).toEqual(heldFar);
    expect(near.leftOut).toEqual(new Map([['goal', 1990]]));
  });

  it("holds a selected card's far ends before nearer ones, so a card found shows where its edges lead", () => {
    const goal = { id: 'goal', position: { x: 100, y: 100 } };
    const serving = Array.from({ length: 200 }, (_, i) => ({
      id: `s${i}`,
      position: { x: 2000 + i * 300, y: 100 },
    }));
    // A card in view, selected, whose one edge leads further away than any of the goal's.
    const found = { id: 'found', position: { x: 400, y: 100 }, selected: true };
    const itsGoal = { id: 'its-goal', position: { x: 900_000, y: 100 } };
    const edges = [
      ...serving.map((node) => ({ id: `e-${node.id}`, source: node.id, target: 'goal' })),
      { id: 'e-found', source: 'found', target: 'its-goal' },
    ];
    const rect = visibleRect([0, 0, 1], 1000, 800, 0);
    const near = graphNearView([...serving, goal, found, itsGoal], edges, rect, 10);
    expect(near.edges.map((edge) => edge.id)).toContain('e-found');
    expect(near.nodes.map((node) => node.id)).toContain('its-goal');
    // Its far end took one of the ten places: nine of the goal's are held.
    expect(near.leftOut).toEqual(new Map([['goal', 191]]));
    // Not selected, the same card's edge is the one left out, being the furthest.
    const unselected = graphNearView(
      [...serving, goal, { ...found, selected: false }, itsGoal],
      edges,
      rect,
      10,
    );
    expect(unselected.edges.map((edge) => edge.id)).not.toContain('e-found');
  });

  it("finds the same edges through the index of a strategy's edges as without it", () => {
    // A grid of cards, edges between neighbours, a few to themselves and a few far across.
    const nodes = Array.from({ length: 400 }, (_, i) => ({
      id: `n${i}`,
      position: { x: (i % 20) * 400, y: Math.floor(i / 20) * 300 },
    }));
    const edges = nodes.flatMap((n, i) => [
      { id: `r${i}`, source: n.id, target: `n${(i + 1) % 400}` },
      ...(i % 50 === 0 ? [{ id: `self${i}`, source: n.id, target: n.id }] : []),
      ...(i % 7 === 0 ? [{ id: `far${i}`, source: `n${(i * 13) % 400}`, target: n.id }] : []),
    ]);
    const views = [0, 1500, 3000, 4500].map((x) => visibleRect([-x, -x, 1], 1000, 800, 0));
    // Each view found by looking through every edge, and then through the edges' index.
    const throughAll = views.map((rect) => graphNearView(nodes, edges, rect));
    // Indexed a slice at a time: until the index is whole, the views are found without it.
    let slices = 1;
    while (!prepareEdgesNearView(edges, 100)) {
      expect(graphNearView(nodes, edges, views[1]!)).toEqual(throughAll[1]);
      slices++;
    }
    expect(slices).toBe(Math.ceil(edges.length / 100));
    const throughIndex = views.map((rect) => graphNearView(nodes, edges, rect));
    expect(throughIndex).toEqual(throughAll);
    const whole = [...edges];
    expect(prepareEdgesNearView(whole)).toBe(true);
    expect(views.map((rect) => graphNearView(nodes, whole, rect))).toEqual(throughAll);
    expect(throughAll.every((near) => near.edges.length > 0)).toBe(true);
  });

  it('holds every far end, and leaves nothing out, while they are few', () => {
    const nodes = [
      { id: 'goal', position: { x: 100, y: 100 } },
      { id: 'far', position: { x: 5000, y: 100 } },
    ];
    const near = graphNearView(
      nodes,
      [{ source: 'far', target: 'goal' }],
      visibleRect([0, 0, 1], 1000, 800, 0),
    );
    expect(near.nodes).toEqual(nodes);
    expect(near.edges).toHaveLength(1);
    expect(near.leftOut.size).toBe(0);
  });
});

describe('room round a drawing', () => {
  it('takes in what lies just past the view, and not what lies further', () => {
    const view = { left: 0, top: 0, right: 100, bottom: 50 };
    const justPast = { left: 110, top: 10, right: 130, bottom: 20 };
    expect(rectsOverlap(justPast, view)).toBe(false);
    expect(rectsOverlap(justPast, grownRect(view, 20))).toBe(true);
    expect(rectsOverlap(justPast, grownRect(view, 10))).toBe(false);
    expect(grownRect(view, 20)).toEqual({ left: -20, top: -20, right: 120, bottom: 70 });
  });

  it('takes in a point (a bundle mark) just past the view once the view is grown', () => {
    const view = { left: 0, top: 0, right: 100, bottom: 50 };
    expect(pointInRect(50, 25, view)).toBe(true);
    expect(pointInRect(115, 25, view)).toBe(false);
    expect(pointInRect(115, 25, grownRect(view, 20))).toBe(true);
    expect(pointInRect(100, 25, view)).toBe(false);
  });
});

describe('the area the canvas is given the graph for', () => {
  it('keeps its area while a zoom goes in, up to a bound, and moves on once the view leaves it', () => {
    const start = nextCullingRect(null, [0, 0, 1], 1000, 800);
    expect(start).toEqual(cullingRect([0, 0, 1], 1000, 800));
    // Zoomed in twice about the middle: the view is inside the area it started from.
    const zoomedIn = nextCullingRect(start, [-500, -400, 2], 1000, 800);
    expect(zoomedIn).toBe(start);
    // So far in that the area is over CULLING_KEPT_SPAN times the view's size: a new one.
    const far = CULLING_KEPT_SPAN * 2;
    const farIn = nextCullingRect(start, [-500 * (far - 1), -400 * (far - 1), far], 1000, 800);
    expect(farIn).toEqual(cullingRect([-500 * (far - 1), -400 * (far - 1), far], 1000, 800));
    // Panned off the area: a new one, which holds the view.
    const panned = nextCullingRect(start, [-3000, 0, 1], 1000, 800);
    expect(panned).toEqual(cullingRect([-3000, 0, 1], 1000, 800));
    expect(panned.left).toBeLessThanOrEqual(3000);
    expect(panned.right).toBeGreaterThanOrEqual(4000);
  });

  const contains = (outer: ReturnType<typeof cullingRect>, inner: typeof outer) =>
    outer.left <= inner.left &&
    outer.top <= inner.top &&
    outer.right >= inner.right &&
    outer.bottom >= inner.bottom;

  it('always holds the whole view', () => {
    for (const transform of [
      [0, 0, 1],
      [-4321, 987, 0.3],
      [250, -60, 2.2],
    ] as const) {
      expect(
        contains(cullingRect(transform, 1200, 700), visibleRect(transform, 1200, 700, 0)),
      ).toBe(true);
    }
  });

  it('stays put through a small pan or zoom and moves on after a long pan', () => {
    const start = cullingRect([-1000, -1000, 1], 1200, 700);
    expect(cullingRect([-1010, -1005, 1], 1200, 700)).toEqual(start);
    expect(cullingRect([-1000, -1000, 1.02], 1200, 700)).toEqual(start);
    expect(cullingRect([-4000, -1000, 1], 1200, 700)).not.toEqual(start);
  });
});

describe('what a strategy opens on', () => {
  it('shows a small strategy whole and a large one from the top of its goal tree', () => {
    const small = [node('goal', 'vision'), node('project', 'p1')];
    expect(openingFocus(small)).toBeNull();
    const vision = { ...node('goal', 'vision') };
    const direction = node('goal', 'd1');
    const task = node('goal', 't1');
    const large = [
      { ...vision, data: { ...vision.data, level: 'vision' } },
      { ...direction, data: { ...direction.data, level: 'direction' } },
      { ...task, data: { ...task.data, level: 'task' } },
      ...Array.from({ length: LARGE_STRATEGY_NODES }, (_, i) => node('project', `p${i}`)),
    ] as StrategyNode[];
    expect(openingFocus(large)).toEqual(['vision', 'd1']);
  });
});

describe('the overview map', () => {
  it('fits every node and the view into the picture, and maps a press back to the graph', () => {
    const nodes = boundsOf([
      { x: 0, y: 0 },
      { x: 1000, y: 500 },
    ]);
    expect(overviewArea(null, { left: 1, top: 2, right: 3, bottom: 4 })).toEqual({
      left: 1,
      top: 2,
      right: 3,
      bottom: 4,
    });
    const area = overviewArea(nodes, { left: -200, top: 0, right: 300, bottom: 200 });
    expect(area).toEqual({
      left: -200,
      top: 0,
      right: 1000 + NODE_WIDTH,
      bottom: 500 + NODE_HEIGHT,
    });
    const frame = fitArea(area, 200, 140);
    const corner = graphToPicture(frame, { x: area.left, y: area.top });
    const far = graphToPicture(frame, { x: area.right, y: area.bottom });
    expect(corner.x).toBeCloseTo(0);
    expect(far.x).toBeCloseTo(200);
    expect(far.y).toBeLessThanOrEqual(140);
    const back = pictureToGraph(frame, far.x, far.y);
    expect(back.x).toBeCloseTo(area.right);
    expect(back.y).toBeCloseTo(area.bottom);
  });
});

describe('placeToFit', () => {
  const pane = { width: 1000, height: 700 };
  const inside = (place: ViewPlace, x: number, y: number) => [
    place.x + x * place.zoom,
    place.y + y * place.zoom,
  ];

  it('shows the bounds whole, clear of the controls along the top and bottom', () => {
    const bounds = { left: 0, top: 0, right: 4000, bottom: 3000 };
    const place = placeToFit(bounds, pane.width, pane.height, MIN_ZOOM);
    const [left, top] = inside(place, bounds.left, bounds.top);
    const [right, bottom] = inside(place, bounds.right, bounds.bottom);
    expect(left).toBeGreaterThanOrEqual(FIT_INSETS.left);
    expect(right).toBeLessThanOrEqual(pane.width - FIT_INSETS.right);
    expect(top).toBeGreaterThanOrEqual(FIT_INSETS.top);
    expect(bottom).toBeLessThanOrEqual(pane.height - FIT_INSETS.bottom);
  });

  it('keeps the bounds clear of a panel over the right side of the pane', () => {
    const bounds = { left: 0, top: 0, right: 600, bottom: 200 };
    const place = placeToFit(bounds, pane.width, pane.height, MIN_ZOOM, [], 420);
    const [left] = inside(place, bounds.left, bounds.top);
    const [right] = inside(place, bounds.right, bounds.bottom);
    expect(left).toBeGreaterThanOrEqual(FIT_INSETS.left);
    expect(right).toBeLessThanOrEqual(pane.width - 420);
    // Without the panel the same bounds would reach under it.
    const [rightWithout] = inside(placeToFit(bounds, pane.width, pane.height, MIN_ZOOM), 600, 0);
    expect(rightWithout).toBeGreaterThan(pane.width - 420);
  });

  /** Each card's rectangle on screen under a view. */
  const cardsOnScreen = (place: ViewPlace, cards: { x: number; y: number }[]) =>
    cards.map(({ x, y }) => {
      const [left, top] = inside(place, x, y);
      const [right, bottom] = inside(place, x + NODE_WIDTH, y + NODE_HEIGHT);
      return { left: left!, top: top!, right: right!, bottom: bottom! };
    });
  const overviewCorner = {
    left: pane.width - OVERVIEW_SIZE.width - 15,
    top: pane.height - OVERVIEW_SIZE.height - 15,
  };
  const underOverview = (card: { right: number; bottom: number }) =>
    card.right > overviewCorner.left && card.bottom > overviewCorner.top;

  it('keeps every card out from under the overview map, as large as the room beside or above it allows', () => {
    const cards = [
      { x: 0, y: 0 },
      { x: 1800, y: 0 },
      { x: 1800, y: 900 },
    ];
    const bounds = boundsOf(cards)!;
    const place = placeToFit(bounds, pane.width, pane.height, MIN_ZOOM, cards);
    const shown = cardsOnScreen(place, cards);
    expect(shown.filter(underOverview)).toEqual([]);
    for (const card of shown) {
      expect(card.left).toBeGreaterThanOrEqual(FIT_INSETS.left);
      expect(card.top).toBeGreaterThanOrEqual(FIT_INSETS.top);
      expect(card.right).toBeLessThanOrEqual(pane.width - FIT_INSETS.right);
      expect(card.bottom).toBeLessThanOrEqual(pane.height - FIT_INSETS.bottom);
    }
    // Above the map there is more room for this wide set than beside it.
    const aboveRoom = (overviewCorner.top - 8 - FIT_INSETS.top) / 1.08;
    expect(place.zoom).toBeCloseTo(aboveRoom / (bounds.bottom - bounds.top), 5);
  });

  it('keeps the whole free area when no card would lie under the overview map', () => {
    const cards = [
      { x: 0, y: 0 },
      { x: 1800, y: 0 },
      { x: 0, y: 900 },
    ];
    const bounds = boundsOf(cards)!;
    const clear = placeToFit(bounds, pane.width, pane.height, MIN_ZOOM, cards);
    expect(cardsOnScreen(clear, cards).filter(underOverview)).toEqual([]);
    // As large as the whole free area allows: its width is what limits this wide set.
    const freeWidth = (pane.width - FIT_INSETS.left - FIT_INSETS.right) / 1.08;
    expect(clear.zoom).toBeCloseTo(freeWidth / (bounds.right - bounds.left), 5);
    // The same bounds with no cards to go by are kept clear as a whole box, so smaller.
    expect(placeToFit(bounds, pane.width, pane.height, MIN_ZOOM).zoom).toBeLessThan(clear.zoom);
  });

  it('never magnifies past 100 % and never goes farther than the least zoom', () => {
    const one = { left: 10, top: 10, right: 210, bottom: 82 };
    expect(placeToFit(one, pane.width, pane.height, MIN_ZOOM).zoom).toBe(1);
    const huge = { left: 0, top: 0, right: 1e7, bottom: 1e7 };
    expect(placeToFit(huge, pane.width, pane.height, MIN_ZOOM).zoom).toBe(MIN_ZOOM);
  });
});

describe('keeping a card on screen', () => {
  const insets = { top: 100, right: 20, bottom: 50, left: 20 };
  const card = (left: number, top: number) => ({
    left,
    top,
    right: left + NODE_WIDTH,
    bottom: top + NODE_HEIGHT,
  });

  it('leaves the view where it is while the card is in it', () => {
    expect(panToShow([0, 0, 1], 1000, 800, card(300, 300), insets)).toBeNull();
  });

  it('moves the view as little as brings a card past the right edge back inside', () => {
    // At half zoom the card's right edge is at 1200 × 0.5 − 100 = 500 + NODE_WIDTH / 2 px.
    const to = panToShow([-100, 0, 0.5], 600, 800, card(1200, 300), insets);
    const right = (1200 + NODE_WIDTH) * 0.5 + to!.x;
    expect(right).toBe(600 - insets.right);
    expect(to!.y).toBe(0);
  });

  it('brings a card above the view down below the room kept along the top', () => {
    const to = panToShow([0, 0, 1], 1000, 800, card(300, -500), insets);
    expect(to).toEqual({ x: 0, y: insets.top + 500 });
  });

  it('shows a card larger than the view from its top-left corner', () => {
    const none = { top: 0, right: 0, bottom: 0, left: 0 };
    const to = panToShow([0, 0, 2], NODE_WIDTH, NODE_HEIGHT, card(50, 50), none);
    expect(to).toEqual({ x: -100, y: -100 });
  });
});

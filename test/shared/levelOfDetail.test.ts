import { describe, expect, it } from 'vitest';
import { bundleServesGoal } from '../../shared/layout/edgeBundles';
import { sceneEdges } from '../../shared/layout/canvasScene';
import { nodeAt, nodesInRect, paneBoxToGraph, paneToGraph } from '../../shared/layout/hitTest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import {
  CANVAS_MIN_NODES,
  CANVAS_ZOOM,
  CARDS_ZOOM,
  drawsOnCanvas,
  keptCards,
  keptCentre,
  placedPicture,
  pictureArea,
  pictureCover,
  titleRoom,
  zoomBand,
} from '../../shared/layout/levelOfDetail';
import type { Position } from '../../shared/model/graph';
import type { EdgeKind } from '../../shared/model/vocabulary';

const LARGE = CANVAS_MIN_NODES + 1;
const at = (id: string, x: number, y: number, selected = false) => ({
  id,
  position: { x, y },
  selected,
});

describe('level of detail', () => {
  it('draws a large strategy on the canvas below the reading zoom, as cards above it', () => {
    expect(drawsOnCanvas(zoomBand(0.1), LARGE, false)).toBe(true);
    expect(drawsOnCanvas(zoomBand(CANVAS_ZOOM - 0.01), LARGE, false)).toBe(true);
    expect(drawsOnCanvas(zoomBand(1), LARGE, true)).toBe(false);
    expect(drawsOnCanvas(zoomBand(CARDS_ZOOM), LARGE, true)).toBe(false);
  });

  it('keeps the drawing it has between the two zooms, so a hovering zoom does not flicker', () => {
    const between = zoomBand((CANVAS_ZOOM + CARDS_ZOOM) / 2);
    expect(between).toBe(0);
    expect(drawsOnCanvas(between, LARGE, true)).toBe(true);
    expect(drawsOnCanvas(between, LARGE, false)).toBe(false);
  });

  it('brings the cards back once a zoom rests, not while it goes on; zooming out hands over at once', () => {
    expect(drawsOnCanvas(zoomBand(1), LARGE, true, true)).toBe(true);
    expect(drawsOnCanvas(zoomBand(1), LARGE, true, false)).toBe(false);
    expect(drawsOnCanvas(zoomBand(0.1), LARGE, false, true)).toBe(true);
    expect(drawsOnCanvas(zoomBand(1), LARGE, false, true)).toBe(false);
    expect(drawsOnCanvas(zoomBand(0.1), CANVAS_MIN_NODES, true, true)).toBe(false);
  });

  it('leaves a small strategy as cards at every zoom', () => {
    expect(drawsOnCanvas(zoomBand(0.05), CANVAS_MIN_NODES, false)).toBe(false);
  });

  it('keeps the cards nearest the middle of the view and selected ones, in the strategy order', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => at(`n${i}`, i * 1000, 0, i === 9));
    const kept = keptCards(nodes, { x: 2100, y: 36 }, null, 3, 1);
    expect(kept.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n9']);
    expect(keptCards(nodes, { x: 0, y: 0 }, null, 20)).toHaveLength(10);
  });

  it('keeps only the selected nodes nearest the middle past its limit for them', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => at(`n${i}`, i * 1000, 0, true));
    expect(keptCards(nodes, { x: 0, y: 0 }, null, 1, 2).map((n) => n.id)).toEqual([
      'n0',
      'n1',
      'n2',
    ]);
  });

  it('keeps the card that has the keyboard however far from the middle the view has moved', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => at(`n${i}`, i * 1000, 0));
    expect(keptCards(nodes, { x: 9000, y: 0 }, 'n0', 2, 0).map((n) => n.id)).toEqual([
      'n0',
      'n8',
      'n9',
    ]);
    expect(keptCards(nodes, { x: 9000, y: 0 }, 'n9', 2, 0).map((n) => n.id)).toEqual(['n8', 'n9']);
  });

  it('draws titles only where a few letters fit across a card', () => {
    expect(titleRoom(0.05)).toBe(0);
    expect(titleRoom(0.45)).toBeGreaterThanOrEqual(12);
    expect(titleRoom(0.45)).toBeLessThan(titleRoom(1));
  });
});

describe('the picture of the drawn map', () => {
  const view = { left: 0, top: 0, right: 100, bottom: 100 };
  const nodes = { left: -1000, top: 20, right: 1000, bottom: 60 };

  it('keeps the middle of the view still while the view moves a little', () => {
    const centre = keptCentre([200, 100, 1], 1000, 800);
    expect(keptCentre([170, 120, 1], 1000, 800)).toEqual(centre);
    expect(keptCentre([-400, 100, 1], 1000, 800)).not.toEqual(centre);
  });

  it('draws ahead round the view, but not past the nodes', () => {
    expect(pictureArea(view, nodes)).toEqual({ left: -50, top: 20, right: 150, bottom: 60 });
    expect(pictureArea(view, { left: 500, top: 500, right: 600, bottom: 600 })).toBeNull();
    expect(pictureArea(view, null)).toBeNull();
  });

  it('tells how much of what the view shows a picture holds', () => {
    const area = pictureArea(view, nodes)!;
    expect(pictureCover(area, view, nodes)).toBe(1);
    expect(pictureCover(area, { left: 100, top: 0, right: 200, bottom: 100 }, nodes)).toBe(0.5);
    expect(pictureCover(area, { left: 5000, top: 0, right: 5100, bottom: 100 }, nodes)).toBe(1);
  });
});

describe('hit-testing the drawn map', () => {
  const nodes = [at('a', 0, 0), at('b', 100, 20), at('c', 1000, 1000)];

  it('finds the node on top under a point, or the nearest within the slop', () => {
    expect(nodeAt(nodes, { x: 150, y: 40 })?.id).toBe('b');
    expect(nodeAt(nodes, { x: 10, y: 10 })?.id).toBe('a');
    expect(nodeAt(nodes, { x: 500, y: 500 })).toBeNull();
    expect(nodeAt(nodes, { x: 995, y: 1010 })).toBeNull();
    expect(nodeAt(nodes, { x: 995, y: 1010 }, 8)?.id).toBe('c');
  });

  it('takes the nodes wholly inside a box, or touched by it when asked', () => {
    const box = { left: -10, top: -10, right: NODE_WIDTH + 50, bottom: NODE_HEIGHT + 10 };
    expect(nodesInRect(nodes, box).map((n) => n.id)).toEqual(['a']);
    expect(nodesInRect(nodes, box, true).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('turns pane pixels into graph points through the viewport', () => {
    expect(paneToGraph([100, 50, 0.5], 200, 150)).toEqual({ x: 200, y: 200 });
    expect(paneBoxToGraph([0, 0, 0.1], { x: 10, y: 20, width: 30, height: 40 })).toEqual({
      left: 100,
      top: 200,
      right: 400,
      bottom: 600,
    });
  });
});

describe('the drawn edges', () => {
  const positions = new Map<string, Position>([
    ['goal', { x: 0, y: 0 }],
    ...Array.from({ length: 5 }, (_, i) => [`p${i}`, { x: i * 250, y: 600 }] as [string, Position]),
    ['city', { x: 2000, y: 0 }],
  ]);
  const edges = [
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `s${i}`,
      source: `p${i}`,
      target: 'goal',
      kind: 'servesGoal' as EdgeKind,
    })),
    { id: 'l', source: 'p0', target: 'city', kind: 'locatedIn' as EdgeKind },
    { id: 'gone', source: 'p0', target: 'nowhere', kind: 'locatedIn' as EdgeKind },
  ];
  const kindOf = (edge: { kind: EdgeKind }) => edge.kind;

  it('joins the serves-goal edges into a goal into one trunk with its count', () => {
    const bundles = bundleServesGoal(positions, edges);
    const { edges: drawn, marks } = sceneEdges(positions, edges, kindOf, bundles);
    expect(drawn).toHaveLength(6);
    expect(drawn.filter((e) => e.junction)).toHaveLength(5);
    expect(marks).toEqual([{ at: drawn[0]!.junction, count: 5 }]);
    // Each line runs from its source card's border into the goal's.
    const plain = drawn.find((e) => e.id === 'l')!;
    expect(plain.junction).toBeUndefined();
    const inside = ([x, y]: readonly [number, number], { x: left, y: top }: Position) =>
      x >= left && x <= left + NODE_WIDTH && y >= top && y <= top + NODE_HEIGHT;
    expect(inside(plain.from, positions.get('p0')!)).toBe(true);
    expect(inside(plain.to, positions.get('city')!)).toBe(true);
  });

  it('leaves out the edges of nodes being dragged, which are drawn on their own', () => {
    const { edges: drawn } = sceneEdges(positions, edges, kindOf, null, new Set(['p0']));
    expect(drawn.map((e) => e.id)).toEqual(['s1', 's2', 's3', 's4']);
  });
});

describe("a zoom's edge picture", () => {
  const picture = { transform: [100, 50, 1] as const, margin: 150, width: 1000, height: 600 };

  it('lands where it was drawn at its own view, and follows a zoom about a point', () => {
    expect(placedPicture(picture, [100, 50, 1])).toEqual({ left: -150, top: -150, scale: 1 });
    // Zoomed in 1.5× about the pane's point (500, 300), graph point (400, 250), which the
    // picture drew at its pixel (150 + 100 + 400, 150 + 50 + 250): that pixel stays there.
    const zoomedIn = placedPicture(picture, [500 - 400 * 1.5, 300 - 250 * 1.5, 1.5])!;
    expect(zoomedIn.scale).toBe(1.5);
    expect(zoomedIn.left + 650 * 1.5).toBeCloseTo(500);
    expect(zoomedIn.top + 450 * 1.5).toBeCloseTo(300);
  });

  it('is drawn again once it no longer covers the pane or would be magnified past twice', () => {
    // Zoomed out about the middle to 0.8: the margin still covers; to 0.7 it does not.
    const about = (zoom: number) => [500 - 400 * zoom, 300 - 250 * zoom, zoom] as const;
    expect(placedPicture(picture, about(0.8))).not.toBeNull();
    expect(placedPicture(picture, about(0.7))).toBeNull();
    // Panned past its margin.
    expect(placedPicture(picture, [100 + 151, 50, 1])).toBeNull();
    expect(placedPicture(picture, about(2))).not.toBeNull();
    expect(placedPicture(picture, about(2.1))).toBeNull();
  });
});

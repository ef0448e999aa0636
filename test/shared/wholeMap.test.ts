import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { translator } from '../../shared/i18n/translate';
import type { StrategyGraph } from '../../shared/model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { closedUp, wholeMapToPrint } from '../../shared/report/wholeMap';
import { drawingModel } from '../../shared/report/drawingModel';
import { partsDrawing, partSvg } from '../../shared/report/mapParts';
import { MM_PER_UNIT } from '../../shared/report/printMaps';
import { edge, node } from './fixtures';

const en = translator('en');

/** Seven cards as an officer left them: two clusters far apart, one card dragged far below. */
const scattered: StrategyGraph = {
  nodes: [
    node('goal', 'vision', 'Climate partner city', 0, 0),
    node('goal', 'direction', 'Hydrogen transport', 0, 100),
    node('partnerCity', 'yokohama', 'Yokohama', 232, 100),
    node('project', 'bus', 'Hydrogen bus pilot', 232, 200),
    node('network', 'iclei', 'ICLEI', 2600, 0),
    node('actor', 'moe', 'Ministry of Environment', 2600, 100),
    node('project', 'follow', 'Follow-up study', 240, 1900),
  ],
  edges: [
    edge('e1', 'subgoalOf', 'direction', 'vision'),
    edge('e2', 'memberOf', 'yokohama', 'iclei'),
  ],
};

const overlapping = (graph: StrategyGraph) =>
  graph.nodes.some((a, i) =>
    graph.nodes.some(
      (b, j) =>
        i < j &&
        Math.abs(a.position.x - b.position.x) < NODE_WIDTH &&
        Math.abs(a.position.y - b.position.y) < NODE_HEIGHT,
    ),
  );

describe('the whole map in the printed plan', () => {
  it('prints a map that fits its page at the cards’ own places', () => {
    const near = { ...scattered, nodes: scattered.nodes.slice(0, 4) };
    expect(wholeMapToPrint(near, 'en', en)).toEqual({ graph: near, closedUp: false, parts: null });
  });

  it('closes up a few cards set far apart, so they print whole and named', () => {
    const printed = wholeMapToPrint(scattered, 'en', en)!;
    expect(printed.closedUp).toBe(true);
    const at = new Map(printed.graph.nodes.map((n) => [n.id, n.position]));
    // The clusters keep their shape and their order, a layout's gap apart.
    expect(at.get('direction')).toEqual({ x: 0, y: 100 });
    expect(at.get('yokohama')).toEqual({ x: 232, y: 100 });
    expect(at.get('iclei')).toEqual({ x: 240 + NODE_WIDTH + 32, y: 0 });
    expect(at.get('follow')).toEqual({ x: 240, y: 200 + NODE_HEIGHT + 28 });
    expect(overlapping(printed.graph)).toBe(false);
    expect(printed.graph.edges).toBe(scattered.edges);
  });

  it('leaves cards that overlap as they were to each other, and adds no overlap', () => {
    const stacked = {
      ...scattered,
      nodes: [...scattered.nodes, node('actor', 'kotra', 'KOTRA', 2650, 130)],
    };
    const at = new Map(closedUp(stacked).nodes.map((n) => [n.id, n.position]));
    expect(at.get('kotra')!.x - at.get('moe')!.x).toBe(50);
    expect(at.get('kotra')!.y - at.get('moe')!.y).toBe(30);
  });

  it('prints a small map a column too wide in parts, every card whole on a part', () => {
    // Seven cards in four staggered columns, as a workshop leaves them: too wide for one page.
    const wide: StrategyGraph = {
      nodes: [
        node('goal', 'vision', 'Climate partner city', 0, 0),
        node('goal', 'direction', 'Hydrogen transport', 116, 100),
        node('partnerCity', 'yokohama', 'Yokohama', 232, 0),
        node('project', 'bus', 'Hydrogen bus pilot', 348, 100),
        node('network', 'iclei', 'ICLEI', 464, 0),
        node('actor', 'moe', 'Ministry of Environment', 580, 100),
        node('project', 'follow', 'Follow-up study', 696, 0),
      ],
      edges: [edge('e1', 'subgoalOf', 'direction', 'vision')],
    };
    const printed = wholeMapToPrint(wide, 'en', en)!;
    expect(printed.closedUp).toBe(false);
    expect(printed.graph).toBe(wide);
    const parts = printed.parts!;
    expect(parts.map(({ row, column }) => [row, column])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    const wholeOn = (n: StrategyGraph['nodes'][number]) =>
      parts.filter(
        (part) =>
          n.position.x >= part.left &&
          n.position.x + NODE_WIDTH <= part.left + part.width &&
          n.position.y >= part.top &&
          n.position.y + NODE_HEIGHT <= part.top + part.height,
      );
    for (const card of wide.nodes) expect(wholeOn(card).length, card.id).toBeGreaterThan(0);
    // Printed at the readable scale, each part fits its page beside the legend.
    const { model, scale } = partsDrawing(wide, parts, 'en', en);
    expect(scale).toBeGreaterThanOrEqual(MM_PER_UNIT);
    expect(model).toEqual(drawingModel(wide, 'en', en, { legend: false }));
    const second = partSvg(model, parts[1]!);
    expect(second).toContain('Follow-up study');
    expect(second).not.toContain('Climate partner city');
    // A card the part's edge cuts is drawn pale there, so its lines start from a card.
    const first = partSvg(model, parts[0]!);
    const paleCards = [...first.matchAll(/<g opacity="0.35">.*?<\/g>/g)].map(([card]) => card);
    expect(paleCards.some((card) => card.includes('Ministry of Environment'))).toBe(true);
    expect(paleCards.some((card) => card.includes('Climate partner city'))).toBe(false);
  });

  it('prints the sample’s 150-odd cards as an outline, as before', () => {
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    expect(wholeMapToPrint(sample, 'en', en)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { placeInView } from '../../shared/layout/placeInView';
import type { Position, StrategyNode } from '../../shared/model/graph';
import { rowHeadings } from '../../shared/map/rowHeadings';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import { node } from './fixtures';

const ROW = NODE_HEIGHT + 20;
const COLUMN = NODE_WIDTH + 20;

function city(
  id: string,
  region: string,
  row: number,
  column: number,
  at: Position = { x: 100 + column * COLUMN, y: 40 + row * ROW },
): StrategyNode {
  const made = node('partnerCity', id, id, at.x, at.y);
  return { ...made, data: { ...made.data, region } } as StrategyNode;
}

describe('headings for rows grouped by region or stage', () => {
  it('names each block of rows once, left of its first row', () => {
    const nodes = [
      city('tokyo', 'eastAsia', 0, 0),
      city('beijing', 'eastAsia', 0, 1),
      city('taipei', 'eastAsia', 1, 0),
      city('hanoi', 'southeastAsia', 2, 0),
      city('paris', 'europe', 3, 1),
    ];
    expect(rowHeadings(nodes)).toEqual([
      { label: 'option.eastAsia', right: 76, top: 40 },
      { label: 'option.southeastAsia', right: 76, top: 40 + 2 * ROW },
      { label: 'option.europe', right: 76, top: 40 + 3 * ROW },
    ]);
  });

  it('heads nothing that is not grouped so', () => {
    const grouped = [city('tokyo', 'eastAsia', 0, 0), city('hanoi', 'southeastAsia', 1, 0)];
    // A row of two regions.
    expect(rowHeadings([...grouped, city('paris', 'europe', 1, 1)])).toEqual([]);
    // A region that comes back: rows in no order of region.
    expect(rowHeadings([...grouped, city('seoul', 'eastAsia', 2, 0)])).toEqual([]);
    // One region alone has nothing to tell apart.
    expect(rowHeadings([city('tokyo', 'eastAsia', 0, 0), city('seoul', 'eastAsia', 1, 0)])).toEqual(
      [],
    );
    // Several kinds on the map, and a kind with no grouping.
    expect(rowHeadings([...grouped, node('goal', 'vision', 'Vision', 0, 400)])).toEqual([]);
    expect(rowHeadings([node('goal', 'a', 'A', 0, 0), node('goal', 'b', 'B', 0, ROW)])).toEqual([]);
    expect(rowHeadings([])).toEqual([]);
  });
});

describe('headings with a card out of its rows', () => {
  const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
  const cities = sample.nodes.filter((n) => n.kind === 'partnerCity');
  const labels = (nodes: readonly StrategyNode[]) => rowHeadings(nodes).map((h) => h.label);

  it('still names every region when a city is added under any of them', () => {
    // "Add partner city" with a city selected puts the new card just below it, in the block of
    // that city's region (under Ulaanbaatar, in East Asia), whatever region it is then given.
    const before = labels(cities);
    expect(before).toContain('option.eastAsia');
    for (const anchor of cities) {
      const { x, y } = anchor.position;
      const view = { left: x - 700, top: y - 400, right: x + 900, bottom: y + 500 };
      const taken = sample.nodes.map((n) => n.position);
      const { position } = placeInView(taken, view, anchor.position);
      for (const region of ['southeastAsia', '']) {
        const after = labels([...cities, city('hanoi-2', region, 0, 0, position)]);
        // One with no region yet, alone below the last row, is named for what it is.
        const below = position.y > Math.max(...cities.map((n) => n.position.y)) + ROW / 2;
        expect(after).toEqual(below && region === '' ? [...before, 'option.'] : before);
      }
    }
  });

  it('leaves out a card alone between rows, or below them all', () => {
    const grouped = [
      city('tokyo', 'eastAsia', 0, 0),
      city('beijing', 'eastAsia', 0, 1),
      city('taipei', 'eastAsia', 1, 0),
      city('tianjin', 'eastAsia', 1, 1),
      city('hanoi', 'southeastAsia', 2, 0),
      city('jakarta', 'southeastAsia', 2, 1),
      city('paris', 'europe', 3, 0),
      city('rome', 'europe', 3, 1),
      city('london', 'europe', 3, 2),
      city('warsaw', 'europe', 3, 3),
    ];
    const named = ['option.eastAsia', 'option.southeastAsia', 'option.europe'];
    expect(labels(grouped)).toEqual(named);
    // Half a row down from the first row of East Asia: a row of its own.
    const between = city('bangkok', 'southeastAsia', 0, 3, { x: 800, y: 40 + ROW / 2 });
    expect(labels([...grouped, between])).toEqual(named);
    const below = city('seoul', 'eastAsia', 5, 0);
    expect(labels([...grouped, below])).toEqual(named);
    // Two out of place among eleven: the rows are no longer read as grouped.
    expect(labels([...grouped, between, below])).toEqual([]);
  });
});

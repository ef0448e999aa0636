import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import type { StrategyNode } from '../../shared/model/graph';
import { rowHeadings } from '../../shared/map/rowHeadings';
import { node } from './fixtures';

const ROW = NODE_HEIGHT + 20;
const COLUMN = NODE_WIDTH + 20;

function city(id: string, region: string, row: number, column: number): StrategyNode {
  const made = node('partnerCity', id, id, 100 + column * COLUMN, 40 + row * ROW);
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

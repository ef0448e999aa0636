import { describe, expect, it } from 'vitest';
import { BAND_GAP, NODE_HEIGHT, overlaps } from '../../shared/layout/layoutByKind';
import { placeLaidOutPart } from '../../shared/layout/layoutPart';

const arranged = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 300, y: 0 }],
  ['c', { x: 0, y: 100 }],
]);

describe('placing a layout of the shown part of a graph', () => {
  it('keeps the top left the part had, where it lands on nothing left out', () => {
    const placed = placeLaidOutPart(arranged, [
      { id: 'a', position: { x: 500, y: 200 } },
      { id: 'b', position: { x: 2000, y: 900 } },
      { id: 'c', position: { x: 700, y: 400 } },
      { id: 'left out', position: { x: 500, y: 1200 } },
    ]);
    expect(placed.get('a')).toEqual({ x: 500, y: 200 });
    expect(placed.get('b')).toEqual({ x: 800, y: 200 });
    expect(placed.get('c')).toEqual({ x: 500, y: 300 });
  });

  it('goes above every node left out rather than onto one of them', () => {
    const leftOut = [
      { x: 820, y: 230 },
      { x: 0, y: 600 },
    ];
    const placed = placeLaidOutPart(arranged, [
      ...['a', 'b', 'c'].map((id) => ({ id, position: { x: 500, y: 200 } })),
      ...leftOut.map((position, i) => ({ id: `left out ${i}`, position })),
    ]);
    for (const p of placed.values()) for (const q of leftOut) expect(overlaps(p, q)).toBe(false);
    expect(placed.get('a')!.x).toBe(500);
    expect(placed.get('c')!.y + NODE_HEIGHT + BAND_GAP).toBe(230);
  });
});

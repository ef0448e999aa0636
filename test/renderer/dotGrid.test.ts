import { describe, expect, test } from 'vitest';
import { dotGridPlacement } from '../../renderer/components/canvas/DotGrid';

const pane = { width: 1000, height: 600 };

/** Where a dot is on screen, as a fraction of the spacing past the strategy's grid line. */
function phase(transform: [number, number, number]) {
  const grid = dotGridPlacement(transform, pane);
  const spacing = grid.period * grid.scale;
  const centre = grid.x + spacing / 2;
  return ((((centre - transform[0]) % spacing) + spacing) % spacing) / spacing;
}

describe('the dot grid', () => {
  test('dots keep their place on the strategy while it pans', () => {
    const start = phase([10, 20, 0.8]);
    for (const x of [-3000.5, -7, 0, 11.25, 480, 9999])
      expect(phase([x, 20, 0.8])).toBeCloseTo(start, 6);
  });

  test('its spacing on screen follows the zoom, as the cards do', () => {
    for (const zoom of [0.36, 0.45, 0.7, 1, 1.5, 2]) {
      const grid = dotGridPlacement([0, 0, zoom], pane);
      expect(grid.period * grid.scale).toBeCloseTo(24 * zoom, 6);
    }
  });

  test('zoomed far out, every second, fourth… dot is drawn, so dots never merge into a grey sheet', () => {
    for (const zoom of [0.01, 0.013, 0.05, 0.082, 0.1, 0.2]) {
      const grid = dotGridPlacement([0, 0, zoom], pane);
      const spacing = grid.period * grid.scale;
      expect(spacing).toBeGreaterThanOrEqual(12 / Math.SQRT2);
      // Still on the strategy's grid: a whole power of two of its steps apart.
      expect(Math.log2(spacing / (24 * zoom)) % 1).toBeCloseTo(0, 6);
    }
  });

  test('a zoom within a factor of √2 only scales the layer; beyond it, the layer is drawn anew', () => {
    const at = (zoom: number) => dotGridPlacement([0, 0, zoom], pane);
    expect(at(0.8).period).toBe(at(1.3).period);
    expect(at(0.8).width).toBe(at(1.3).width);
    expect(at(1.3).scale).not.toBe(at(0.8).scale);
    expect(at(0.5).period).not.toBe(at(1).period);
  });

  test('the layer covers the pane at every pan and zoom', () => {
    for (const zoom of [0.1, 0.36, 0.71, 1, 1.41, 2])
      for (const x of [-5000, -13, 0, 7, 3333]) {
        const grid = dotGridPlacement([x, -x / 2, zoom], pane);
        expect(grid.x).toBeLessThanOrEqual(0);
        expect(grid.y).toBeLessThanOrEqual(0);
        expect(grid.x + grid.width * grid.scale).toBeGreaterThanOrEqual(pane.width);
        expect(grid.y + grid.height * grid.scale).toBeGreaterThanOrEqual(pane.height);
      }
  });
});

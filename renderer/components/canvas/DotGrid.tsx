import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** Between dots, in the strategy's own units (the grid scales with the zoom). */
const GAP = 24;
/**
 * The least room between dots as drawn, in pixels. Zoomed far out, dots a pixel or two apart
 * merge into a grey sheet that reads as a dimmed, disabled canvas: every second, fourth… dot
 * is drawn instead.
 */
const MIN_PERIOD_PX = 12;

/**
 * Where the dots' layer goes for a view: drawn once for the nearest power-of-two zoom and
 * scaled by at most √2 either way, moved by the pan to within one period of the pane's corner.
 * Dots stay on the strategy's grid, never nearer than MIN_PERIOD_PX as drawn.
 */
export function dotGridPlacement(
  [x, y, zoom]: readonly [number, number, number],
  pane: { width: number; height: number },
) {
  const drawnZoom = 2 ** Math.round(Math.log2(zoom));
  const scale = zoom / drawnZoom;
  const sparser = 2 ** Math.max(0, Math.ceil(Math.log2(MIN_PERIOD_PX / (GAP * drawnZoom))));
  const period = GAP * drawnZoom * sparser;
  const onScreen = period * scale;
  const within = (offset: number) => (((offset % onScreen) + onScreen) % onScreen) - onScreen;
  return {
    period,
    radius: Math.max(drawnZoom / 2, 0.5),
    // Large enough for the pane at the smallest scale, and one period more on each side.
    width: Math.ceil(pane.width * Math.SQRT2 + 2 * period),
    height: Math.ceil(pane.height * Math.SQRT2 + 2 * period),
    x: within(x),
    y: within(y),
    scale,
  };
}

/**
 * The canvas's dot grid, as React Flow's <Background> draws it, on a layer of its own that a
 * pan moves and a zoom scales without drawing it again. <Background> repaints the whole pane
 * on every frame of a pan; with software rendering, rastering it was the largest single cost
 * of panning and dragging at reading zoom.
 */
export function DotGrid() {
  const store = useStoreApi();
  const layer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let drawn = '';
    const place = () => {
      const element = layer.current;
      const { transform, width, height } = store.getState();
      if (!element) return;
      const grid = dotGridPlacement(transform, { width, height });
      // A new period or size is drawn again; a pan or a zoom within √2 only moves the layer.
      const look = `${grid.period} ${grid.radius} ${grid.width} ${grid.height}`;
      if (look !== drawn) {
        drawn = look;
        element.style.width = `${grid.width}px`;
        element.style.height = `${grid.height}px`;
        element.style.backgroundSize = `${grid.period}px ${grid.period}px`;
        const centre = `${grid.period / 2}px ${grid.period / 2}px`;
        element.style.backgroundImage = `radial-gradient(circle at ${centre}, var(--dot-grid-colour) ${grid.radius}px, transparent ${grid.radius + 0.5}px)`;
      }
      element.style.transform = `translate(${grid.x}px, ${grid.y}px) scale(${grid.scale})`;
    };
    place();
    return store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        place();
    });
  }, [store]);

  return (
    <div className="dot-grid" aria-hidden="true">
      <div ref={layer} className="dot-grid-layer" />
    </div>
  );
}

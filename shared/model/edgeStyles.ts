import type { EdgeKind } from './vocabulary';

/** What ends a relationship line where it meets its target. */
export type Arrowhead =
  'triangle' | 'chevron' | 'dot' | 'diamond' | 'ring' | 'bar' | 'square' | 'openTriangle';

export interface EdgeStyle {
  colour: string;
  width: number;
  /** Dash and gap lengths in graph units; empty for a solid line. */
  dash: readonly number[];
  arrowhead: Arrowhead;
}

/**
 * How each relationship is drawn, on the canvas, in its legend, on the printed map and in the
 * exported image. Colour, dash and arrowhead each differ, so a kind stays recognisable in
 * black and white print and to readers who cannot tell the colours apart.
 */
export const EDGE_STYLES: Readonly<Record<EdgeKind, EdgeStyle>> = {
  servesGoal: { colour: '#d97706', width: 1.6, dash: [], arrowhead: 'triangle' },
  subgoalOf: { colour: '#7c2d12', width: 2.6, dash: [], arrowhead: 'chevron' },
  partnersWith: { colour: '#0e7490', width: 1.6, dash: [2, 4], arrowhead: 'dot' },
  memberOf: { colour: '#7c3aed', width: 1.6, dash: [10, 3, 2, 3], arrowhead: 'diamond' },
  fundedBy: { colour: '#15803d', width: 1.6, dash: [6, 4], arrowhead: 'ring' },
  implementedBy: { colour: '#475569', width: 1.6, dash: [12, 4], arrowhead: 'bar' },
  locatedIn: { colour: '#2563eb', width: 1.6, dash: [], arrowhead: 'square' },
  relatesTo: { colour: '#db2777', width: 1.4, dash: [1, 3], arrowhead: 'openTriangle' },
};

/** The dash pattern as SVG and CSS write it. */
export const dashArray = (style: EdgeStyle): string =>
  style.dash.length > 0 ? style.dash.join(' ') : 'none';

export interface ArrowheadShape {
  /** SVG path data with the tip at (0, 0), pointing along +x. */
  path: string;
  /** Filled in the line's colour, outlined on white, or a stroke only. */
  paint: 'fill' | 'outline' | 'stroke';
}

/** Shapes about 10 units long: large enough to tell apart at reading zoom, small beside a card. */
export const ARROWHEAD_SHAPES: Readonly<Record<Arrowhead, ArrowheadShape>> = {
  triangle: { path: 'M0,0 L-11,-5 L-11,5 Z', paint: 'fill' },
  chevron: { path: 'M-10,-6 L0,0 L-10,6', paint: 'stroke' },
  dot: { path: 'M0,0 A4.5,4.5 0 1,1 -9,0 A4.5,4.5 0 1,1 0,0 Z', paint: 'fill' },
  diamond: { path: 'M0,0 L-6.5,-5 L-13,0 L-6.5,5 Z', paint: 'fill' },
  ring: { path: 'M0,0 A4.5,4.5 0 1,1 -9,0 A4.5,4.5 0 1,1 0,0 Z', paint: 'outline' },
  bar: { path: 'M-1.5,-7 L-1.5,7', paint: 'stroke' },
  square: { path: 'M0,-4.5 L-9,-4.5 L-9,4.5 L0,4.5 Z', paint: 'fill' },
  openTriangle: { path: 'M0,0 L-11,-5 L-11,5 Z', paint: 'outline' },
};

/** Fill and outline of an arrowhead in a line's colour. */
export function arrowheadPaint(
  shape: ArrowheadShape,
  colour: string,
): { fill: string; stroke: string; strokeWidth: number } {
  if (shape.paint === 'fill') return { fill: colour, stroke: 'none', strokeWidth: 0 };
  if (shape.paint === 'outline') return { fill: '#ffffff', stroke: colour, strokeWidth: 1.8 };
  return { fill: 'none', stroke: colour, strokeWidth: 2 };
}

/** The box every arrowhead shape fits in, as an SVG viewBox around the tip. */
export const ARROWHEAD_BOX = { x: -15, y: -8, width: 17, height: 16 } as const;

/** An SVG <marker> for a relationship's arrowhead, sized in graph units. */
export function arrowheadMarkerSvg(id: string, kind: EdgeKind): string {
  const style = EDGE_STYLES[kind];
  const shape = ARROWHEAD_SHAPES[style.arrowhead];
  const { x, y, width, height } = ARROWHEAD_BOX;
  const paint = arrowheadPaint(shape, style.colour);
  const attributes = `fill="${paint.fill}" stroke="${paint.stroke}" stroke-width="${paint.strokeWidth}" stroke-linejoin="round"`;
  return (
    `<marker id="${id}" viewBox="${x} ${y} ${width} ${height}" refX="0" refY="0" ` +
    `markerWidth="${width}" markerHeight="${height}" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path d="${shape.path}" ${attributes}/></marker>`
  );
}

import {
  ARROWHEAD_SHAPES,
  arrowheadPaint,
  EDGE_STYLES,
  type EdgeStyle,
} from '../../shared/model/edgeStyles';
import type { Point } from '../../shared/layout/edgeGeometry';
import {
  LEGEND_LABEL_X,
  LEGEND_PAD as pad,
  LEGEND_SAMPLE,
  type DrawnEdge,
  type DrawnLegend,
} from '../../shared/report/mapDrawing';
import type { NodeKind } from '../../shared/model/vocabulary';

/** An arrowhead of the style's shape with its tip at `tip`, pointing away from `from`. */
function drawArrowhead(ctx: CanvasRenderingContext2D, style: EdgeStyle, from: Point, tip: Point) {
  const shape = ARROWHEAD_SHAPES[style.arrowhead];
  const paint = arrowheadPaint(shape, style.colour);
  ctx.save();
  ctx.translate(tip[0], tip[1]);
  ctx.rotate(Math.atan2(tip[1] - from[1], tip[0] - from[0]));
  ctx.setLineDash([]);
  const path = new Path2D(shape.path);
  if (paint.fill !== 'none') {
    ctx.fillStyle = paint.fill;
    ctx.fill(path);
  }
  if (paint.stroke !== 'none') {
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.strokeWidth;
    ctx.lineJoin = 'round';
    ctx.stroke(path);
  }
  ctx.restore();
}

/** The map's edges in their relationship's style, as the SVG picture draws them. */
export function drawEdges(ctx: CanvasRenderingContext2D, edges: readonly DrawnEdge[]) {
  for (const edge of edges) {
    const style = EDGE_STYLES[edge.kind];
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = style.width;
    ctx.setLineDash([...style.dash]);
    ctx.stroke(new Path2D(edge.path));
    drawArrowhead(ctx, style, edge.before, edge.tip);
  }
  ctx.setLineDash([]);
}

/** Every text of the legend, so its font can be loaded before drawing. */
export const legendTexts = (legend: DrawnLegend | null): string[] =>
  legend
    ? [
        legend.title,
        ...legend.headings.map((h) => h.text),
        ...legend.nodes.map((n) => n.label),
        ...legend.edges.map((e) => e.label),
      ]
    : [];

/** The legend beside the map, as legendSvg draws it. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: DrawnLegend,
  colours: Record<NodeKind, { stroke: string; fill: string }>,
  font: string,
) {
  ctx.save();
  ctx.translate(legend.x, legend.y);
  ctx.scale(legend.scale, legend.scale);
  ctx.beginPath();
  ctx.roundRect(0, 0, legend.width, legend.height, 8);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#d1d5db';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.fillStyle = '#1f2937';
  ctx.font = `700 17px ${font}`;
  ctx.fillText(legend.title, pad, pad + 16);
  ctx.font = `700 12px ${font}`;
  ctx.fillStyle = '#6b7280';
  for (const heading of legend.headings) ctx.fillText(heading.text, pad, heading.y);
  ctx.font = `400 14px ${font}`;
  for (const node of legend.nodes) {
    const c = colours[node.kind];
    const top = node.y - 13;
    ctx.beginPath();
    ctx.roundRect(
      pad,
      top,
      LEGEND_SAMPLE.width,
      LEGEND_SAMPLE.height,
      node.kind === 'goal' ? 8 : 3,
    );
    ctx.fillStyle = c.fill;
    ctx.fill();
    ctx.setLineDash(node.kind === 'network' ? [4, 2] : []);
    ctx.strokeStyle = c.stroke;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = c.stroke;
    ctx.fillRect(pad, top, LEGEND_SAMPLE.width, 4);
    ctx.fillStyle = '#1f2937';
    ctx.fillText(node.label, LEGEND_LABEL_X, node.y);
  }
  for (const edge of legend.edges) {
    const style = EDGE_STYLES[edge.kind];
    const y = edge.y - 5;
    const tip: Point = [pad + LEGEND_SAMPLE.width, y];
    ctx.beginPath();
    ctx.moveTo(pad, y);
    ctx.lineTo(...tip);
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = style.width;
    ctx.setLineDash([...style.dash]);
    ctx.stroke();
    drawArrowhead(ctx, style, [pad, y], tip);
    ctx.fillStyle = '#1f2937';
    ctx.fillText(edge.label, LEGEND_LABEL_X, edge.y);
  }
  ctx.restore();
}

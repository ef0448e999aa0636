import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import {
  KIND_COLOURS,
  UNNAMED_COLOUR,
  UNTRANSLATED_COLOUR,
  type DrawingModel,
} from '../../shared/report/drawingModel';
import { FONT_STACK } from '../../shared/report/fonts';
import { drawEdges, drawLegend, legendTexts } from './drawMap';

/** Canvases larger than this on a side fail in some browsers; big strategies are drawn smaller. */
const MAX_SIDE = 8000;
const FONT_FAMILY = FONT_STACK;

/**
 * Draws the strategy picture on a canvas and returns it as PNG bytes. Unlike an SVG drawn
 * into an image, a canvas uses the page's own fonts, so Korean names render in the bundled font.
 */
export async function drawPng(model: DrawingModel, doc: Document = document): Promise<Uint8Array> {
  const canvas = await drawMapCanvas(model, doc);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The strategy picture drawn on a canvas, at twice its size where that stays within bounds. */
export async function drawMapCanvas(
  model: DrawingModel,
  doc: Document = document,
): Promise<HTMLCanvasElement> {
  const scale = Math.min(2, MAX_SIDE / Math.max(model.width, model.height));
  const texts = new Set([
    ...model.nodes.flatMap((node) => [node.kindLabel, ...node.lines]),
    ...legendTexts(model.legend),
  ]);
  const sample = [...texts].join('');
  await Promise.all([
    doc.fonts.load(`700 13px ${FONT_FAMILY}`, sample),
    doc.fonts.load(`400 10px ${FONT_FAMILY}`, sample),
  ]);

  const canvas = doc.createElement('canvas');
  canvas.width = Math.ceil(model.width * scale);
  canvas.height = Math.ceil(model.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.scale(scale, scale);
  ctx.translate(-model.left, -model.top);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(model.left, model.top, model.width, model.height);

  drawEdges(ctx, model.edges);

  for (const node of model.nodes) {
    const colours = KIND_COLOURS[node.kind];
    ctx.beginPath();
    ctx.roundRect(node.x, node.y, NODE_WIDTH, NODE_HEIGHT, node.radius);
    ctx.fillStyle = colours.fill;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = colours.stroke;
    ctx.stroke();
    ctx.fillStyle = colours.stroke;
    ctx.fillRect(node.x, node.y, NODE_WIDTH, 5);
    ctx.font = `400 10px ${FONT_FAMILY}`;
    ctx.fillText(node.kindLabel, node.x + 10, node.y + 20);
    if (node.languageTag) {
      ctx.font = `700 9px ${FONT_FAMILY}`;
      ctx.fillStyle = UNTRANSLATED_COLOUR;
      ctx.textAlign = 'end';
      ctx.fillText(node.languageTag, node.x + NODE_WIDTH - 10, node.y + 20);
      ctx.textAlign = 'start';
    }
    ctx.font = node.unnamed ? `italic 400 13px ${FONT_FAMILY}` : `700 13px ${FONT_FAMILY}`;
    ctx.fillStyle = node.unnamed ? UNNAMED_COLOUR : '#1f2937';
    node.lines.forEach((line, i) => ctx.fillText(line, node.x + 10, node.y + 40 + i * 16));
  }

  if (model.legend) drawLegend(ctx, model.legend, KIND_COLOURS, FONT_FAMILY);
  return canvas;
}

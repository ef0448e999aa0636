import type { WordPicture } from '../../shared/report/wordParts';
import { canvasPng } from './canvasPng';

interface Style {
  fill: string;
  stroke: string;
  fillOpacity: number;
  strokeOpacity: number;
  /** Stroke under the fill, as a name's white halo is drawn. */
  strokeFirst: boolean;
  strokeWidth: number;
  dash: number[];
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  anchor: CanvasTextAlign;
}

const ANCHORS: Record<string, CanvasTextAlign> = { start: 'start', middle: 'center', end: 'end' };

function styleOf(element: Element, parent: Style): Style {
  const get = (name: string) => element.getAttribute(name);
  return {
    fill: get('fill') ?? parent.fill,
    stroke: get('stroke') ?? parent.stroke,
    fillOpacity: Number(get('fill-opacity') ?? parent.fillOpacity),
    strokeOpacity: Number(get('stroke-opacity') ?? parent.strokeOpacity),
    strokeFirst: (get('paint-order') ?? (parent.strokeFirst ? 'stroke' : 'normal')).startsWith(
      'stroke',
    ),
    strokeWidth: Number(get('stroke-width') ?? parent.strokeWidth),
    dash:
      get('stroke-dasharray')
        ?.split(/[\s,]+/)
        .map(Number) ?? parent.dash,
    fontFamily: get('font-family') ?? parent.fontFamily,
    fontSize: Number(get('font-size') ?? parent.fontSize),
    fontWeight: get('font-weight') ?? parent.fontWeight,
    anchor: ANCHORS[get('text-anchor') ?? ''] ?? parent.anchor,
  };
}

const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

/** Fills and strokes the current path (or `path`), in the order the style paints them. */
function paint(
  ctx: CanvasRenderingContext2D,
  style: Style,
  draw: { fill(): void; stroke(): void } = { fill: () => ctx.fill(), stroke: () => ctx.stroke() },
) {
  const fill = () => {
    if (style.fill === 'none') return;
    ctx.globalAlpha = style.fillOpacity;
    ctx.fillStyle = style.fill;
    draw.fill();
  };
  const stroke = () => {
    if (style.stroke === 'none' || style.strokeWidth <= 0) return;
    ctx.globalAlpha = style.strokeOpacity;
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.strokeWidth;
    ctx.setLineDash(style.dash);
    draw.stroke();
  };
  if (style.strokeFirst) {
    stroke();
    fill();
  } else {
    fill();
    stroke();
  }
  ctx.globalAlpha = 1;
}

/** Applies an SVG transform list of translate() and scale(). */
function transform(ctx: CanvasRenderingContext2D, list: string) {
  for (const [, name, args] of list.matchAll(/(translate|scale)\(([^)]*)\)/g)) {
    const [a = 0, b] = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (name === 'translate') ctx.translate(a, b ?? 0);
    else ctx.scale(a, b ?? a);
  }
}

function pointsPath(ctx: CanvasRenderingContext2D, list: string) {
  const values = list
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  ctx.beginPath();
  for (let i = 0; i + 1 < values.length; i += 2)
    if (i === 0) ctx.moveTo(values[i]!, values[i + 1]!);
    else ctx.lineTo(values[i]!, values[i + 1]!);
}

function drawElement(ctx: CanvasRenderingContext2D, element: Element, parent: Style) {
  const style = styleOf(element, parent);
  switch (element.tagName) {
    case 'svg':
    case 'g': {
      ctx.save();
      transform(ctx, element.getAttribute('transform') ?? '');
      for (const child of element.children) drawElement(ctx, child, style);
      ctx.restore();
      return;
    }
    case 'rect':
      ctx.beginPath();
      ctx.roundRect(
        number(element, 'x'),
        number(element, 'y'),
        number(element, 'width'),
        number(element, 'height'),
        number(element, 'rx'),
      );
      return paint(ctx, style);
    case 'circle':
      ctx.beginPath();
      ctx.arc(number(element, 'cx'), number(element, 'cy'), number(element, 'r'), 0, Math.PI * 2);
      return paint(ctx, style);
    case 'line':
      ctx.beginPath();
      ctx.moveTo(number(element, 'x1'), number(element, 'y1'));
      ctx.lineTo(number(element, 'x2'), number(element, 'y2'));
      return paint(ctx, { ...style, fill: 'none' });
    case 'polyline':
      pointsPath(ctx, element.getAttribute('points') ?? '');
      return paint(ctx, style);
    case 'path': {
      const path = new Path2D(element.getAttribute('d') ?? '');
      return paint(ctx, style, { fill: () => ctx.fill(path), stroke: () => ctx.stroke(path) });
    }
    case 'text': {
      const [text, x, y] = [element.textContent ?? '', number(element, 'x'), number(element, 'y')];
      ctx.font = `${style.fontWeight} ${style.fontSize}px ${style.fontFamily}`;
      ctx.textAlign = style.anchor;
      return paint(ctx, style, {
        fill: () => ctx.fillText(text, x, y),
        stroke: () => ctx.strokeText(text, x, y),
      });
    }
    default:
      return;
  }
}

/**
 * An SVG the plan's drawings are made of (rectangles, lines, paths, circles and texts, moved by
 * translate and scale, with fill and stroke opacities) as a PNG, drawn on a canvas rather than through an <img>: a canvas uses the page's
 * own fonts, so Korean names come out in the bundled font. `width` and `height` are the size
 * it shows at, in CSS pixels; its viewBox is fitted to them. It is drawn `sharpness` times
 * larger, so it stays sharp when printed from Word.
 */
export async function drawSvgPng(
  svg: string,
  width: number,
  height: number,
  sharpness = 2,
  doc: Document = document,
): Promise<WordPicture> {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const [left, top, boxWidth, boxHeight] = (
    root.getAttribute('viewBox') ?? `0 0 ${width} ${height}`
  )
    .split(/[\s,]+/)
    .map(Number) as [number, number, number, number];
  const base: Style = {
    fill: '#000000',
    stroke: 'none',
    fillOpacity: 1,
    strokeOpacity: 1,
    strokeFirst: false,
    strokeWidth: 1,
    dash: [],
    fontFamily: 'sans-serif',
    fontSize: 16,
    fontWeight: '400',
    anchor: 'start',
  };
  const family = root.getAttribute('font-family') ?? base.fontFamily;
  const sample = [...root.querySelectorAll('text')].map((text) => text.textContent).join('');
  if (sample)
    await Promise.all([
      doc.fonts.load(`400 16px ${family}`, sample),
      doc.fonts.load(`700 16px ${family}`, sample),
    ]);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.ceil(width * sharpness);
  canvas.height = Math.ceil(height * sharpness);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale((width * sharpness) / boxWidth, (height * sharpness) / boxHeight);
  ctx.translate(-left, -top);
  ctx.lineJoin = 'round';
  drawElement(ctx, root, base);
  return { png: canvasPng(canvas), width, height };
}

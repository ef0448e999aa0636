import type { ChartGeometry } from '../../shared/report/charts';
import { FONT_STACK } from '../../shared/report/fonts';
import type { WordPicture } from '../../shared/report/wordReport';
import { canvasPng } from './canvasPng';

/** Charts are laid out in points; a picture's size is in CSS pixels. */
const PX_PER_PT = 96 / 72;
/** Drawn at twice the size it shows at, so it stays sharp when printed from Word. */
const SHARPNESS = 2;

/**
 * A summary chart as a PNG, drawn on a canvas with the page's own fonts (an SVG drawn into an
 * image could not use them, and would show Korean labels in whatever the machine has).
 */
export async function drawChartPng(
  chart: ChartGeometry,
  doc: Document = document,
): Promise<WordPicture> {
  const fontPx = chart.fontSize * PX_PER_PT;
  const font = `400 ${fontPx}px ${FONT_STACK}`;
  await doc.fonts.load(font, chart.rows.map((row) => row.label + row.valueText).join(''));
  const width = Math.ceil(chart.width * PX_PER_PT);
  const height = Math.ceil(chart.height * PX_PER_PT);
  const canvas = doc.createElement('canvas');
  canvas.width = width * SHARPNESS;
  canvas.height = height * SHARPNESS;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw images');
  ctx.scale(SHARPNESS * PX_PER_PT, SHARPNESS * PX_PER_PT);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, chart.width, chart.height);
  ctx.font = `400 ${chart.fontSize}px ${FONT_STACK}`;
  for (const row of chart.rows) {
    ctx.fillStyle = '#374151';
    ctx.fillText(row.label, row.labelX, row.textY);
    if (row.bar.width > 0) {
      ctx.fillStyle = row.fill;
      ctx.fillRect(row.bar.x, row.bar.y, row.bar.width, row.bar.height);
    }
    ctx.fillStyle = '#111827';
    ctx.fillText(row.valueText, row.valueX, row.textY);
  }
  return { png: canvasPng(canvas), width, height };
}

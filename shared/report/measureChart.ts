import { expectedAt } from '../activity/measures';
import type { Actual, Measure } from '../activity/types';
import { escapeXml } from './graphSvg';
import { formatCompact, formatCount } from '../i18n/formatNumbers';
import type { Language } from '../model/graph';

const WIDTH = 230;
const HEIGHT = 110;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };
export const MEASURE_TICK_SIZE = 9;

export interface MeasureChartTick {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
}

/**
 * A measure's chart: its actuals as a line of dots, the straight line from baseline to target
 * dashed, on an axis from zero. The activity view and the print view draw it as SVG, the Word
 * copy as a picture of the same SVG.
 */
export interface MeasureChartGeometry {
  width: number;
  height: number;
  axis: { x1: number; y1: number; x2: number; y2: number };
  ticks: MeasureChartTick[];
  /** The target line's two ends, where the measure has a baseline and a target. */
  target: [number, number][] | null;
  actuals: { year: number; x: number; y: number; text: string }[];
}

/** The chart's shapes, or null for a measure with no year to place anything at. */
export function measureChartGeometry(
  measure: Measure,
  actuals: readonly Actual[],
  language: Language,
): MeasureChartGeometry | null {
  const { baselineYear, targetYear, baselineValue, targetValue } = measure;
  const years = [
    ...actuals.map((a) => a.year),
    ...[baselineYear, targetYear].filter((y): y is number => y !== null),
  ];
  const values = [
    ...actuals.map((a) => a.value),
    ...[baselineValue, targetValue].filter((v): v is number => v !== null),
    0,
  ];
  if (years.length === 0) return null;
  const [x0, x1] = [Math.min(...years), Math.max(...years, Math.min(...years) + 1)];
  const top = Math.max(...values, 1);
  const x = (year: number) => PAD.left + ((year - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const target =
    baselineYear !== null && targetYear !== null && expectedAt(measure, baselineYear) !== null
      ? [baselineYear, targetYear].map((year): [number, number] => [
          x(year),
          y(expectedAt(measure, year)!),
        ])
      : null;
  return {
    width: WIDTH,
    height: HEIGHT,
    axis: { x1: PAD.left, y1: y(0), x2: WIDTH - PAD.right, y2: y(0) },
    ticks: [
      // Short enough for the room left of the axis, whatever the value's size.
      { x: PAD.left - 3, y: y(top) + 4, text: formatCompact(top, language), anchor: 'end' },
      { x: PAD.left - 3, y: y(0), text: '0', anchor: 'end' },
      { x: x(x0), y: HEIGHT - 4, text: String(x0), anchor: 'start' },
      { x: x(x1), y: HEIGHT - 4, text: String(x1), anchor: 'end' },
    ],
    target,
    actuals: actuals.map((a) => ({
      year: a.year,
      x: x(a.year),
      y: y(a.value),
      text: `${a.year}: ${formatCount(a.value, language)}`,
    })),
  };
}

const points = (list: readonly (readonly [number, number])[]) =>
  list.map(([px, py]) => `${px},${py}`).join(' ');

/** The chart as a standalone SVG document, its colours those of the activity view. */
export function measureChartSvg(chart: MeasureChartGeometry, fontFamily: string): string {
  const { axis } = chart;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect x="0" y="0" width="${chart.width}" height="${chart.height}" fill="#ffffff"/>`,
    `<line x1="${axis.x1}" y1="${axis.y1}" x2="${axis.x2}" y2="${axis.y2}" stroke="#94a3b8"/>`,
    ...chart.ticks.map(
      (tick) =>
        `<text x="${tick.x}" y="${tick.y}" font-size="${MEASURE_TICK_SIZE}" fill="#475569" text-anchor="${tick.anchor}">${escapeXml(tick.text)}</text>`,
    ),
    chart.target
      ? `<polyline points="${points(chart.target)}" fill="none" stroke="#64748b" stroke-dasharray="4 3"/>`
      : '',
    chart.actuals.length > 1
      ? `<polyline points="${points(chart.actuals.map((a) => [a.x, a.y] as const))}" fill="none" stroke="#2563eb" stroke-width="1.5"/>`
      : '',
    ...chart.actuals.map((a) => `<circle cx="${a.x}" cy="${a.y}" r="3" fill="#2563eb"/>`),
    '</svg>',
  ].join('');
}

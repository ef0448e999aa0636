import { escapeXml } from './graphSvg';
import { visualWidth } from './wrapName';

/**
 * Chart geometry for the plan's summary, in points (1/72 in): the print view draws it as inline
 * SVG at its natural size, so a font size here is the printed size, and the Word export can
 * draw the same shapes. Nothing is smaller than 7 pt on paper.
 */
export const CHART_FONT_PT = 8;
const ROW_PT = 16;
const BAR_PT = 11;
const GAP_PT = 6;

export interface ChartInput {
  label: string;
  value: number;
  /** The value as the reader reads it ("3 · KRW 1.2 bn"). */
  valueText: string;
}

export interface ChartRow {
  label: string;
  valueText: string;
  /** Baseline of the row's texts. */
  textY: number;
  labelX: number;
  bar: { x: number; y: number; width: number; height: number };
  valueX: number;
  fill: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  rows: ChartRow[];
}

const BAR_FILL = '#059669';

interface Columns {
  width: number;
  labelWidth: number;
  valueWidth: number;
}

/** About how wide a Latin letter is at the charts' size, in points (see visualWidth). */
const LETTER_PT = CHART_FONT_PT * 0.54;

/**
 * The label column as asked, or wider where a label needs it ("Feasibility study (F/S)" ran
 * into its value), up to nearly half the chart.
 */
function labelColumn(inputs: readonly ChartInput[], columns: Columns): number {
  const longest = Math.max(0, ...inputs.map((input) => visualWidth(input.label) * LETTER_PT));
  return Math.max(columns.labelWidth, Math.min(Math.ceil(longest), columns.width * 0.45));
}

function rowsOf(inputs: readonly ChartInput[], columns: Columns): ChartRow[] {
  const { width, valueWidth } = columns;
  const labelWidth = labelColumn(inputs, columns);
  const plotLeft = labelWidth + GAP_PT;
  const plotWidth = Math.max(width - plotLeft - GAP_PT - valueWidth, 1);
  const largest = Math.max(0, ...inputs.map((i) => i.value));
  return inputs.map((input, index) => {
    const share = largest > 0 ? Math.max(input.value, 0) / largest : 0;
    const barWidth = share * plotWidth;
    const y = index * ROW_PT;
    return {
      label: input.label,
      valueText: input.valueText,
      textY: y + (ROW_PT + CHART_FONT_PT * 0.7) / 2,
      labelX: 0,
      bar: { x: plotLeft, y: y + (ROW_PT - BAR_PT) / 2, width: barWidth, height: BAR_PT },
      valueX: plotLeft + barWidth + GAP_PT / 2,
      fill: BAR_FILL,
    };
  });
}

/**
 * Horizontal bars from one edge, the value written just past each bar's end. Every chart of the
 * plan is one: its figures are counts and sums side by side. Projects by stage are where each
 * project stands now, not how many got through, so bars centred as a funnel would read a
 * later stage holding more than an earlier one as a broken pipeline.
 */
export function barChart(
  items: readonly ChartInput[],
  columns: Columns = { width: 480, labelWidth: 110, valueWidth: 110 },
): ChartGeometry {
  return {
    width: columns.width,
    height: items.length * ROW_PT,
    fontSize: CHART_FONT_PT,
    rows: rowsOf(items, columns),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A chart as a standalone SVG document in points; its texts stay text. */
export function chartSvg(chart: ChartGeometry, title: string): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}pt" height="${chart.height}pt" font-family="'Noto Sans KR', sans-serif" font-size="${chart.fontSize}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  for (const row of chart.rows) {
    const { bar } = row;
    parts.push(
      `<text x="${row.labelX}" y="${round(row.textY)}" fill="#374151">${escapeXml(row.label)}</text>`,
      bar.width > 0
        ? `<rect x="${round(bar.x)}" y="${round(bar.y)}" width="${round(bar.width)}" height="${bar.height}" fill="${row.fill}"/>`
        : '',
      `<text x="${round(row.valueX)}" y="${round(row.textY)}" fill="#111827">${escapeXml(row.valueText)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

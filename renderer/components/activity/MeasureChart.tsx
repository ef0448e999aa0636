import type { Actual, Measure } from '../../../shared/activity/types';
import { expectedAt } from '../../../shared/activity/measures';

const WIDTH = 230;
const HEIGHT = 110;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

/** A small chart of a measure: its actuals as a line of dots, the straight target line dashed. */
export function MeasureChart({
  measure,
  actuals,
  label,
}: {
  measure: Measure;
  actuals: readonly Actual[];
  label: string;
}) {
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
      ? [baselineYear, targetYear].map((year) => `${x(year)},${y(expectedAt(measure, year)!)}`)
      : null;
  const format = (v: number) =>
    v >= 1e8 ? `${Math.round(v / 1e8)}억` : String(Math.round(v * 10) / 10);
  return (
    <svg className="measure-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line className="axis" x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} />
      <text className="tick" x={PAD.left - 3} y={y(top) + 4} textAnchor="end">
        {format(top)}
      </text>
      <text className="tick" x={PAD.left - 3} y={y(0)} textAnchor="end">
        0
      </text>
      <text className="tick" x={x(x0)} y={HEIGHT - 4} textAnchor="start">
        {x0}
      </text>
      <text className="tick" x={x(x1)} y={HEIGHT - 4} textAnchor="end">
        {x1}
      </text>
      {target && <polyline className="target-line" points={target.join(' ')} />}
      {actuals.length > 1 && (
        <polyline
          className="actual-line"
          points={actuals.map((a) => `${x(a.year)},${y(a.value)}`).join(' ')}
        />
      )}
      {actuals.map((a) => (
        <circle key={a.year} className="actual-dot" cx={x(a.year)} cy={y(a.value)} r={3}>
          <title>{`${a.year}: ${format(a.value)}`}</title>
        </circle>
      ))}
    </svg>
  );
}

import type { Actual, Measure } from '../../../shared/activity/types';
import { measureChartGeometry } from '../../../shared/report/measureChart';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

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
  const language = useApp(selectLanguage);
  const chart = measureChartGeometry(measure, actuals, language);
  if (!chart) return null;
  const { axis } = chart;
  return (
    <svg
      className="measure-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={label}
    >
      <line className="axis" x1={axis.x1} y1={axis.y1} x2={axis.x2} y2={axis.y2} />
      {chart.ticks.map((tick, i) => (
        <text key={i} className="tick" x={tick.x} y={tick.y} textAnchor={tick.anchor}>
          {tick.text}
        </text>
      ))}
      {chart.target && (
        <polyline className="target-line" points={chart.target.map((p) => p.join(',')).join(' ')} />
      )}
      {chart.actuals.length > 1 && (
        <polyline
          className="actual-line"
          points={chart.actuals.map((a) => `${a.x},${a.y}`).join(' ')}
        />
      )}
      {chart.actuals.map((a) => (
        <circle key={a.year} className="actual-dot" cx={a.x} cy={a.y} r={3}>
          <title>{a.text}</title>
        </circle>
      ))}
    </svg>
  );
}

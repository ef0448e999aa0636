import { describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/activity/types';
import { measureChartGeometry, measureChartSvg } from '../../shared/report/measureChart';

const measure: Measure = {
  id: 'm1',
  name: 'Partner cities with a project',
  nameKo: '',
  unit: 'cities',
  source: 'manual',
  baselineYear: 2015,
  baselineValue: 10,
  targetYear: 2020,
  targetValue: 20,
  actuals: [],
};
const actuals = [
  { year: 2016, value: 12 },
  { year: 2018, value: 15 },
];

describe('a measure’s chart', () => {
  it('spans the years from baseline to target and the values from zero to the highest', () => {
    const chart = measureChartGeometry(measure, actuals)!;
    expect(chart.ticks.map((tick) => tick.text)).toEqual(['20', '0', '2015', '2020']);
    // The target line runs from the baseline's value to the target's, left to right.
    const [start, end] = chart.target!;
    expect(start![0]).toBeLessThan(end![0]);
    expect(start![1]).toBeGreaterThan(end![1]);
    expect(chart.axis.y1).toBeGreaterThan(start![1]);
    expect(chart.actuals.map((a) => a.text)).toEqual(['2016: 12', '2018: 15']);
  });

  it('reads budgets in 억 and has nothing to draw without a year', () => {
    const money = { ...measure, baselineValue: 0, targetValue: 5e9 };
    expect(measureChartGeometry(money, [])!.ticks[0]!.text).toBe('50억');
    const yearless = { ...measure, baselineYear: null, targetYear: null };
    expect(measureChartGeometry(yearless, [])).toBeNull();
  });

  it('is a standalone SVG for the Word copy: dashed target, a line and a dot per actual', () => {
    const svg = measureChartSvg(measureChartGeometry(measure, actuals)!, "'Noto Sans KR'");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 230 110"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('font-family="&apos;Noto Sans KR&apos;"');
  });
});

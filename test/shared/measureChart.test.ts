import { describe, expect, it } from 'vitest';
import type { Measure } from '../../shared/activity/types';
import { translator } from '../../shared/i18n/translate';
import { measureChartGeometry, measureChartSvg } from '../../shared/report/measureChart';
import { measureLines } from '../../shared/report/measureLines';

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
    const chart = measureChartGeometry(measure, actuals, 'en')!;
    expect(chart.ticks.map((tick) => tick.text)).toEqual(['20', '0', '2015', '2020']);
    // The target line runs from the baseline's value to the target's, left to right.
    const [start, end] = chart.target!;
    expect(start![0]).toBeLessThan(end![0]);
    expect(start![1]).toBeGreaterThan(end![1]);
    expect(chart.axis.y1).toBeGreaterThan(start![1]);
    expect(chart.actuals.map((a) => a.text)).toEqual(['2016: 12', '2018: 15']);
  });

  it('reads large values as each language says them, short enough for the axis, and has nothing to draw without a year', () => {
    const money = { ...measure, baselineValue: 0, targetValue: 5e9 };
    expect(measureChartGeometry(money, [], 'ko')!.ticks[0]!.text).toBe('50억');
    expect(measureChartGeometry(money, [], 'en')!.ticks[0]!.text).toBe('5bn');
    // 250000 was cut to "50000" at the axis: six digits did not fit left of it.
    const visits = { ...measure, targetValue: 250_000 };
    expect(measureChartGeometry(visits, [], 'en')!.ticks[0]!.text).toBe('250k');
    expect(measureChartGeometry(visits, [], 'ko')!.ticks[0]!.text).toBe('25만');
    const large = measureChartGeometry(visits, [{ year: 2019, value: 1_234_567 }], 'en')!;
    expect(large.ticks[0]!.text).toBe('1.2m');
    // The dot's own text is exact.
    expect(large.actuals[0]!.text).toBe('2019: 1,234,567');
    const yearless = { ...measure, baselineYear: null, targetYear: null };
    expect(measureChartGeometry(yearless, [], 'en')).toBeNull();
  });

  it('is a standalone SVG for the Word copy: dashed target, a line and a dot per actual', () => {
    const svg = measureChartSvg(measureChartGeometry(measure, actuals, 'ko')!, "'Noto Sans KR'");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 230 110"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('font-family="&apos;Noto Sans KR&apos;"');
  });
});

describe('a measure’s lines in the printed plan and its Word copy', () => {
  it('write every amount with the reader’s separators, the expected value too', () => {
    const visits = { ...measure, baselineValue: 12_000, targetValue: 250_000 };
    const lines = measureLines(visits, [{ year: 2018, value: 42_000 }], 'en', translator('en'));
    expect(lines.facts).toBe(
      'Baseline year: 2015 · Baseline value: 12,000 · Target year: 2020 · Target value: 250,000 (cities)',
    );
    expect(lines.progress).toBe('Latest 42,000 in 2018; the line expects 154,800');
    expect(lines.status).toBe('offTrack');
    const none = measureLines({ ...measure, targetValue: null }, [], 'ko', translator('ko'));
    expect(none.facts).toContain('목표값: —');
    expect(none.progress).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import type { StrategyNode } from '../../shared/model/graph';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { barChart, chartSvg, CHART_FONT_PT } from '../../shared/report/charts';
import { directionChapters } from '../../shared/report/directions';
import { escapeXml } from '../../shared/report/graphSvg';
import {
  directionMapTiles,
  laneFrame,
  laneMapSvg,
  LANE_FONT_PT,
  MIN_LABEL_PT,
} from '../../shared/report/printMaps';
import { REPORT_SECTIONS } from '../../shared/report/reportData';
import { reportSummary } from '../../shared/report/summary';
import { summaryCharts } from '../../shared/report/summaryCharts';
import { translator } from '../../shared/i18n/translate';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { edge, node } from './fixtures';

/** A node with some of its fields set, for hand-made strategies. */
function withData(original: StrategyNode, data: Record<string, unknown>): StrategyNode {
  return { ...original, data: { ...original.data, ...data } } as StrategyNode;
}

const goal = (id: string, level: string) => withData(node('goal', id), { level });

/*
 * Two directions: "Cities" with tasks "Water" (a project in Hanoi, budget 3억, serves it) and
 * "Rail" (only a network serves it), "Peace" with no tasks. Hanoi is active, Paris dormant.
 */
const strategy = {
  pipeline: DEFAULT_PIPELINE_SETTINGS,
  nodes: [
    goal('vision', 'vision'),
    goal('Cities', 'direction'),
    goal('Water', 'task'),
    goal('Rail', 'task'),
    goal('Peace', 'direction'),
    withData(node('partnerCity', 'Hanoi'), {
      relation: 'sister',
      region: 'southeastAsia',
      status: 'active',
    }),
    withData(node('partnerCity', 'Paris'), {
      relation: 'friendship',
      region: 'europe',
      status: 'dormant',
    }),
    withData(node('network', 'C40'), { role: 'member' }),
    withData(node('network', 'UCLG'), { role: 'chair' }),
    node('actor', 'Waterworks'),
    withData(node('project', 'Plant'), { stage: 'feasibility', domain: 'water', budgetKrw: 3e8 }),
    withData(node('project', 'Metro'), { stage: 'discovery', domain: 'urbanRail', budgetKrw: 1e9 }),
  ],
  edges: [
    edge('s1', 'subgoalOf', 'Cities', 'vision'),
    edge('s2', 'subgoalOf', 'Peace', 'vision'),
    edge('s3', 'subgoalOf', 'Water', 'Cities'),
    edge('s4', 'subgoalOf', 'Rail', 'Cities'),
    edge('g1', 'servesGoal', 'Plant', 'Water'),
    edge('g2', 'servesGoal', 'C40', 'Rail'),
    edge('l1', 'locatedIn', 'Plant', 'Hanoi'),
    edge('i1', 'implementedBy', 'Plant', 'Waterworks'),
  ],
};

describe('the summary chapter', () => {
  const summary = reportSummary(strategy, '2026-01-01');

  it('counts partner cities by relation and region, active and dormant', () => {
    expect(summary.partners).toEqual({
      total: 2,
      byRelation: [
        { value: 'sister', count: 1 },
        { value: 'friendship', count: 1 },
      ],
      byRegion: [
        { value: 'southeastAsia', count: 1 },
        { value: 'europe', count: 1 },
      ],
      active: 1,
      dormant: 1,
      statusUnknown: 0,
    });
    expect(summary.networks.byRole).toEqual([
      { value: 'member', count: 1 },
      { value: 'chair', count: 1 },
    ]);
  });

  it('gives every stage, empty ones too, and only the domains projects have', () => {
    expect(summary.projects.byStage.map((s) => [s.value, s.count, s.budgetKrw])).toEqual([
      ['discovery', 1, 1e9],
      ['consulting', 0, null],
      ['feasibility', 1, 3e8],
      ['award', 0, null],
      ['feedback', 0, null],
    ]);
    expect(summary.projects.byDomain.map((d) => d.value)).toEqual(['urbanRail', 'water']);
    expect(summary.projects.totalBudgetKrw).toBe(1.3e9);
    // A stage with no budget recorded reads as such in the chart, not as 0 won.
    const byStage = summaryCharts(summary, 'en', translator('en')).find(
      (chart) => chart.id === 'budgetByStage',
    )!;
    expect(byStage.chart.rows.map((row) => row.valueText)).toEqual([
      'KRW 1 bn',
      '—',
      'KRW 300 m',
      '—',
      '—',
    ]);
  });

  it('names the gaps: the project serving no goal, the goals nothing serves', () => {
    const gaps = Object.fromEntries(summary.gaps.map((g) => [g.kind, g.ids]));
    expect(gaps.projectsWithoutGoal).toEqual(['Metro']);
    expect(gaps.goalsWithoutSupport).toEqual(['Peace']);
  });
});

describe('charts', () => {
  it('draws projects by stage as bars from one edge, not as a funnel', () => {
    // The sample's projects stand at consulting (35), feasibility (8) and award (13) now.
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    const t = translator('ko');
    const byStage = summaryCharts(reportSummary(sample, '2018-12-31'), 'ko', t).find(
      (entry) => entry.title === t('summaryFunnel'),
    )!;
    const rows = new Map(byStage.chart.rows.map((row) => [row.label, row]));
    const [feasibility, award] = [rows.get(t('option.feasibility'))!, rows.get(t('option.award'))!];
    expect(award.bar.width).toBeGreaterThan(feasibility.bar.width);
    // Every bar starts where the first does, as the other charts' bars do; none is centred.
    for (const row of byStage.chart.rows) expect(row.bar.x).toBe(byStage.chart.rows[0]!.bar.x);
    expect(award.valueX).toBeGreaterThan(award.bar.x + award.bar.width);
  });

  it('starts bars at one edge and writes each value past its bar, as text at least 7 pt', () => {
    const chart = barChart([
      { label: 'Water', value: 3e8, valueText: '3억원' },
      { label: 'Rail', value: 1e9, valueText: '10억원' },
    ]);
    expect(chart.rows[0]!.bar.x).toBe(chart.rows[1]!.bar.x);
    for (const row of chart.rows) expect(row.valueX).toBeGreaterThan(row.bar.x + row.bar.width);
    expect(CHART_FONT_PT).toBeGreaterThanOrEqual(MIN_LABEL_PT);
    const svg = chartSvg(chart, 'Budget <by> domain');
    expect(svg).toContain('<text');
    expect(svg).toContain('10억원');
    expect(svg).toContain('Budget &lt;by&gt; domain');
  });

  it('widens the label column for a long label, so the bars and values start past it', () => {
    const narrow = { width: 240, labelWidth: 80, valueWidth: 70 };
    const stages = barChart(
      [
        { label: 'Feasibility study (F/S)', value: 0, valueText: '—' },
        { label: 'Award', value: 1.6e10, valueText: 'KRW 16 bn' },
      ],
      narrow,
    );
    // 23 letters at 8 pt are some 90 pt: the bars start past them.
    expect(stages.rows[0]!.bar.x).toBeGreaterThanOrEqual(95);
    expect(stages.rows[0]!.valueX).toBeGreaterThanOrEqual(95);
    // Short labels keep the column asked for.
    const short = barChart([{ label: 'Water', value: 1, valueText: '1' }], narrow);
    expect(short.rows[0]!.bar.x).toBe(80 + 6);
  });
});

describe('direction chapters', () => {
  const chapters = directionChapters(strategy);

  it('has a chapter per direction with its tasks and what serves each', () => {
    expect(chapters.map((c) => c.direction.id)).toEqual(['Cities', 'Peace']);
    const [water, rail] = chapters[0]!.tasks;
    expect(water!.goal.id).toBe('Water');
    // The project brings the city it is in and the actor that carries it out.
    expect(water!.projects.map((p) => p.id)).toEqual(['Plant']);
    expect(water!.partnerCities.map((p) => p.id)).toEqual(['Hanoi']);
    expect(water!.actors.map((a) => a.id)).toEqual(['Waterworks']);
    expect(water!.missing).toEqual([]);
    expect(rail!.networks.map((n) => n.id)).toEqual(['C40']);
    expect(rail!.missing).toEqual(['project', 'partnerCity']);
    expect(chapters[0]!.budgetKrw).toBe(3e8);
    expect(chapters[1]!.tasks).toEqual([]);
  });

  it('draws each direction in readable lanes, split over pages when it is large', () => {
    const lanes = directionMapTiles(chapters[0]!);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]!.lanes.map((lane) => lane.goal.id)).toEqual(['Water', 'Rail']);
    const svg = laneMapSvg(lanes[0]!, (n) => n.id, escapeXml, 'sans-serif');
    expect(svg).toContain('>Hanoi<');
    expect(LANE_FONT_PT).toBeGreaterThanOrEqual(MIN_LABEL_PT);

    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    for (const chapter of directionChapters(sample)) {
      const tiles = directionMapTiles(chapter);
      for (const tile of tiles) {
        expect(tile.count).toBe(tiles.length);
        expect(tile.width).toBeLessThanOrEqual(212);
        expect(tile.height).toBeLessThanOrEqual(146);
      }
      // Each lane's frame holds all its cards, in every column, and no other lane's.
      for (const tile of tiles)
        tile.lanes.forEach((lane, i) => {
          if (lane.cards.length === 0) return;
          const frame = laneFrame(lane);
          for (const card of lane.cards) {
            expect(card.x).toBeGreaterThan(frame.x);
            expect(card.x + card.width).toBeLessThan(frame.x + frame.width);
            expect(card.y).toBeGreaterThan(frame.y);
            expect(card.y + 10).toBeLessThan(frame.y + frame.height);
          }
          const next = tile.lanes[i + 1];
          if (next?.cards.length) expect(laneFrame(next).y).toBeGreaterThan(frame.y + frame.height);
        });
      // Every node the chapter names is on one of its pages.
      const drawn = new Set(
        tiles.flatMap((t) => t.lanes.flatMap((l) => [l.goal.id, ...l.cards.map((c) => c.node.id)])),
      );
      for (const id of chapter.nodeIds)
        if (id !== chapter.direction.id) expect(drawn).toContain(id);
    }
  });
});

it('offers the summary and directions chapters in print order', () => {
  expect(REPORT_SECTIONS.slice(0, 5)).toEqual([
    'cover',
    'contents',
    'summary',
    'goals',
    'directions',
  ]);
});

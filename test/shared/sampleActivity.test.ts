import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { activitySettingsOf } from '../../shared/activity/asOf';
import { exchangesOf } from '../../shared/activity/exchangeLog';
import { actualsOf, measuresOf } from '../../shared/activity/measures';
import { partnerActivity, rankPartners } from '../../shared/activity/partnerActivity';
import type { StrategyNode } from '../../shared/model/graph';
import { SAMPLE_AS_OF } from '../../shared/sample/seoulActivity';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
const cities = sample.nodes.filter((n) => n.kind === 'partnerCity');
const cityNamed = (name: string) => cities.find((c) => c.data.name === name)!;
const in2017 = (node: StrategyNode) => exchangesOf(node).filter((e) => e.date.startsWith('2017'));

describe('the sample’s exchanges', () => {
  it('reads as of the end of 2018', () => {
    expect(sample.asOf).toBe(SAMPLE_AS_OF);
    expect(SAMPLE_AS_OF).toBe('2018-12-31');
  });

  it('logs 2017’s new friendship agreements as signed, with a follow-up promised', () => {
    for (const name of ['Brussels-Capital Region', 'Belgrade', 'Tehran', 'Panama City']) {
      const signed = in2017(cityNamed(name)).filter((e) => e.kind === 'agreementSigned');
      expect(signed, name).toHaveLength(1);
      expect(signed[0]!.followUp).toBe(true);
    }
    const lombardy = cities.find((c) => c.data.name.startsWith('Lombardy'))!;
    expect(in2017(lombardy).map((e) => e.kind)).toContain('agreementSigned');
  });

  it('logs 2017’s strengthened ties with London, Moscow and Tashkent as renewals', () => {
    for (const name of ['London', 'Moscow', 'Tashkent'])
      expect(
        in2017(cityNamed(name)).map((e) => e.kind),
        name,
      ).toContain('renewal');
  });

  it('logs each older sister or friendship signing in its year', () => {
    const taipei = exchangesOf(cityNamed('Taipei'));
    expect(taipei).toContainEqual(
      expect.objectContaining({ kind: 'agreementSigned', date: '1968-07-01' }),
    );
  });

  it('writes its exchanges as a reader would, with no pointer into the report’s tables', () => {
    const texts = cities.flatMap((city) => exchangesOf(city).flatMap((e) => [e.who, e.topic]));
    expect(texts.filter((text) => /\b(SC|FC)-\d+|sisterAndFriendshipCities/.test(text))).toEqual(
      [],
    );
    expect(exchangesOf(cityNamed('Sao Paulo'))).toContainEqual(
      expect.objectContaining({ topic: '40th anniversary of the sister-city relationship' }),
    );
  });

  it('ranks the partners of 2017’s exchanges first in partner activity', () => {
    const rows = rankPartners(
      partnerActivity(sample, activitySettingsOf(sample), SAMPLE_AS_OF),
      'recent',
    );
    const met2017 = new Set(cities.filter((c) => in2017(c).length > 0).map((c) => c.id));
    // The report's 26 cities of 2017, less those the sample holds as regions or not at all.
    expect(met2017.size).toBeGreaterThanOrEqual(17);
    expect(rows.slice(0, met2017.size).every((row) => met2017.has(row.id))).toBe(true);
    expect(rows[met2017.size]!.recentExchanges).toBe(0);
  });
});

describe('the sample’s measures', () => {
  it('count the report’s 59 export projects by 2018, and awards from the strategy', () => {
    const measures = sample.nodes.flatMap((n) => measuresOf(n));
    const recorded = measures.find((m) => m.name === 'Export projects recorded')!;
    expect(actualsOf(recorded, sample, SAMPLE_AS_OF).at(-1)).toEqual({ year: 2018, value: 59 });
    const awards = measures.find((m) => m.source === 'projectsAwarded')!;
    const awarded = actualsOf(awards, sample, SAMPLE_AS_OF).reduce((sum, a) => sum + a.value, 0);
    expect(awarded).toBeGreaterThan(0);
    expect(measures.find((m) => m.source === 'partnersWithProject')).toBeDefined();
  });
});

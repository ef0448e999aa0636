import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import type { Exchange } from '../../shared/activity/types';
import { exchangeProjectChoices } from '../../shared/activity/exchangeProjects';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import { edge, node, withKoreanName } from './fixtures';

function project(id: string, name: string, data: Record<string, unknown> = {}): StrategyNode {
  const made = node('project', id, name);
  return { ...made, data: { ...made.data, ...data } } as StrategyNode;
}

function withLog(partner: StrategyNode, projectIds: string[]): StrategyNode {
  const exchanges: Exchange[] = projectIds.map((projectId, i) => ({
    id: `x${i}`,
    kind: 'visitOut',
    date: '2018-01-01',
    who: '',
    topic: '',
    followUp: false,
    projectId,
  }));
  return { ...partner, data: { ...partner.data, exchanges } } as StrategyNode;
}

function inCountry(city: StrategyNode, country: string): StrategyNode {
  return { ...city, data: { ...city.data, country } } as StrategyNode;
}

const labels = (choices: { label: string }[]) => choices.map((choice) => choice.label);

describe('the projects an exchange may have led to', () => {
  const graph: StrategyGraph = {
    nodes: [
      withLog(inCountry(withKoreanName(node('partnerCity', 'bangkok', 'Bangkok'), '방콕'), 'TH'), [
        'fire',
      ]),
      node('partnerCity', 'hanoi', 'Hanoi'),
      node('network', 'iclei', 'ICLEI'),
      project('cards', 'Transport cards', { city: 'Bangkok' }),
      project('eticket', 'E-ticketing', { city: '방콕' }),
      project('fire', 'Fire safety'),
      project('airport', 'Airport rail'),
      project('metro', 'Metro line 1', { city: 'Hanoi' }),
      project('climate', 'Climate plan'),
      project('abroad', 'Bus lanes', { city: 'Bangkok', country: 'US' }),
    ],
    edges: [
      edge('e1', 'locatedIn', 'airport', 'bangkok'),
      edge('e2', 'locatedIn', 'metro', 'hanoi'),
      edge('e3', 'partnersWith', 'climate', 'iclei'),
    ],
  };

  it('lists the partner’s own first: located in it, in its city by name, or in its log', () => {
    const choices = exchangeProjectChoices(graph, 'bangkok', 'en');
    expect(labels(choices.related)).toEqual([
      'Airport rail',
      'E-ticketing',
      'Fire safety',
      'Transport cards',
    ]);
    expect(labels(choices.others)).toEqual(['Bus lanes', 'Climate plan', 'Metro line 1']);
  });

  it('lists a network’s projects by their relationships', () => {
    const choices = exchangeProjectChoices(graph, 'iclei', 'en');
    expect(labels(choices.related)).toEqual(['Climate plan']);
    expect(choices.others).toHaveLength(6);
  });

  it('tells projects of one name apart by what differs: place, else stage, else start year', () => {
    const alike: StrategyGraph = {
      nodes: [
        project('danang', 'Integrity system', { city: 'Da Nang', country: 'VN' }),
        project('thailand', 'Integrity system', { country: 'TH' }),
        project('early', 'Fare system', { country: 'MY', stage: 'consulting' }),
        project('late', 'Fare system', { country: 'MY', stage: 'award' }),
        project('first', 'Tax system', { country: 'ID', startYear: 2017 }),
        project('second', 'Tax system', { country: 'ID', startYear: 2018 }),
        project('copy1', 'Copied card'),
        project('copy2', 'Copied card'),
        project('alone', 'Only one', { country: 'VN' }),
      ],
      edges: [],
    };
    expect(labels(exchangeProjectChoices(alike, 'nobody', 'en').others)).toEqual([
      'Copied card (#1)',
      'Copied card (#2)',
      'Fare system (Award)',
      'Fare system (Consulting)',
      'Integrity system (Da Nang, Vietnam)',
      'Integrity system (Thailand)',
      'Only one',
      'Tax system (2017)',
      'Tax system (2018)',
    ]);
    expect(labels(exchangeProjectChoices(alike, 'nobody', 'ko').others)).toContain(
      'Fare system (수주)',
    );
  });

  it('gives every project of the sample its own label, in Korean too', () => {
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', 'ko');
    const choices = exchangeProjectChoices(sample, 'city-SC-24', 'ko');
    const all = labels([...choices.related, ...choices.others]);
    expect(all).toHaveLength(59);
    expect(new Set(all).size).toBe(59);
    expect(all.filter((label) => label.startsWith('청렴행정건설시스템 구축 사전컨설팅'))).toEqual([
      '청렴행정건설시스템 구축 사전컨설팅 (다낭, 베트남)',
      '청렴행정건설시스템 구축 사전컨설팅 (요르단)',
      '청렴행정건설시스템 구축 사전컨설팅 (우크라이나)',
      '청렴행정건설시스템 구축 사전컨설팅 (캄팔라, 우간다)',
      '청렴행정건설시스템 구축 사전컨설팅 (태국)',
    ]);
    // Bangkok's two projects, both tied to it on the map.
    expect(labels(choices.related)).toEqual([
      '교통카드시스템 구축 컨설팅',
      'BMTA 산하 공영버스 산하 e-ticket 구축',
    ]);
  });
});

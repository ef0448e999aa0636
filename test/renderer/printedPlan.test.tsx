import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { asOfDate } from '../../shared/activity/asOf';
import { translator } from '../../shared/i18n/translate';
import type { Language, Strategy } from '../../shared/model/graph';
import { directionChapters } from '../../shared/report/directions';
import { listedNames } from '../../shared/report/listedNames';
import { RUN_IN_SEPARATOR } from '../../shared/report/runIn';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { DirectionChapterSection } from '../../renderer/print/DirectionsSection';
import { GoalsSection } from '../../renderer/print/frontSections';
import { PipelineSection } from '../../renderer/print/PipelineSection';
import { SummarySection } from '../../renderer/print/SummarySection';
import { PartnersSection } from '../../renderer/print/tableSections';

/** The sample as the app holds it, built in the language it is printed in. */
const sampleIn = (language: Language): Strategy => ({
  ...buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', language),
  id: 'sample',
});

const korean = sampleIn('ko');
const english = sampleIn('en');
const ko = translator('ko');
const asOf = asOfDate(korean, '2026-01-01');

const texts = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent ?? '');

/** The same consulting, sold to five places: each has its own line in the plan. */
const INTEGRITY_CONSULTING = '청렴행정건설시스템 구축 사전컨설팅';
const INTEGRITY_PLACES = ['다낭, 베트남', '캄팔라, 우간다', '태국', '우크라이나', '요르단'];

describe('the printed plan’s summary', () => {
  const summary = () =>
    render(<SummarySection strategy={korean} language="ko" t={ko} today={asOf} />).container;

  it('says “networks by role” once, as the heading over its chart', () => {
    const said = texts(summary().querySelectorAll('h3, h4, figcaption'));
    expect(said.filter((text) => text === ko('summaryNetworks'))).toHaveLength(1);
    // The chart keeps its name, for a screen reader.
    expect(texts(summary().querySelectorAll('svg title'))).toContain(ko('summaryNetworks'));
  });

  it('draws projects by stage as bars from one edge, not as a centred funnel', () => {
    const figure = [...summary().querySelectorAll('figure')].find(
      (f) => f.querySelector('figcaption')?.textContent === ko('summaryFunnel'),
    )!;
    const bars = [...figure.querySelectorAll('rect')];
    // The sample's consulting, feasibility, award and feedback stages have projects.
    expect(bars).toHaveLength(4);
    expect(new Set(bars.map((bar) => bar.getAttribute('x')))).toHaveLength(1);
  });

  it('names projects of the same title in the gaps each with its place', () => {
    const gap = [...summary().querySelectorAll('.summary-gap')].find((block) =>
      block.querySelector('h4')?.textContent?.startsWith(ko('gaps.stalledProjects')),
    )!;
    const named = gap.querySelector('p')!.textContent!.split(RUN_IN_SEPARATOR);
    expect(named).toContain('교통카드 버스 도입 및 정산시스템 구축 (웰링턴, 뉴질랜드)');
    expect(named).toContain('교통카드 버스 도입 및 정산시스템 구축 (오클랜드, 뉴질랜드)');
    expect(new Set(named).size).toBe(named.length);
  });
});

describe('the printed plan’s pipeline chapter', () => {
  it('lists projects of the same title each with its city and country', () => {
    const { container } = render(
      <PipelineSection strategy={korean} language="ko" t={ko} today={asOf} />,
    );
    const lines = texts(container.querySelectorAll('.stage-block li')).filter((line) =>
      line.startsWith(INTEGRITY_CONSULTING),
    );
    expect(lines).toHaveLength(5);
    INTEGRITY_PLACES.forEach((place, i) =>
      expect(lines[i]).toMatch(new RegExp(`^${INTEGRITY_CONSULTING} \\(${place}\\) \\(`)),
    );
    // A title no other project has is printed alone, then its time in stage.
    const single = texts(container.querySelectorAll('.stage-block li')).find((line) =>
      line.startsWith('버스결제시스템 구축'),
    );
    expect(single).toMatch(/^버스결제시스템 구축 \(/);
    expect(single).not.toContain('쿠알라룸푸르');
    // A project named with its partner city does not also say that city in brackets, nor,
    // under its stage's heading, that stage.
    for (const block of container.querySelectorAll('.stage-block')) {
      const stage = block.querySelector('h3')!.textContent!.split(':')[0]!;
      for (const line of texts(block.querySelectorAll('li'))) {
        const partner = / — ([^(]+) \(/.exec(line)?.[1];
        if (partner) expect(line, line).not.toContain(`(${partner}`);
        expect(line.split(' — ')[0], line).not.toContain(`${stage})`);
      }
    }
  });
});

describe('the printed plan’s direction chapters', () => {
  it('tells apart the projects serving a task that share a title', () => {
    const names = listedNames(korean.nodes, 'ko');
    const listed = directionChapters(korean).flatMap((chapter, index) => {
      const { container } = render(
        <DirectionChapterSection
          chapter={chapter}
          index={index}
          names={names}
          language="ko"
          t={ko}
          notes={false}
        />,
      );
      return [...container.querySelectorAll('.served-by ul')].map((list) =>
        texts(list.querySelectorAll('li')),
      );
    });
    const integrity = listed.flat().filter((line) => line.startsWith(INTEGRITY_CONSULTING));
    expect(integrity).toHaveLength(5);
    for (const place of INTEGRITY_PLACES)
      expect(integrity.some((line) => line.includes(`(${place})`))).toBe(true);
    for (const list of listed) expect(new Set(list).size).toBe(list.length);
  });
});

describe('the printed plan’s partner cities', () => {
  it('lists sister cities, then friendship cities, each by Korean name as Korean sorts it', () => {
    const { container } = render(<PartnersSection strategy={korean} language="ko" t={ko} />);
    const rows = [...container.querySelectorAll('.partners-table tbody tr')].map((row) =>
      texts(row.querySelectorAll('td')),
    );
    const relation = texts(container.querySelectorAll('.partners-table th')).indexOf(
      ko('field.relation'),
    );
    const relations = rows.map((cells) => cells[relation]);
    expect([...new Set(relations)]).toEqual([
      ko('option.sister'),
      ko('option.friendship'),
      ko('option.unknown'),
    ]);
    const sisters = rows.filter((cells) => cells[relation] === ko('option.sister'));
    const names = sisters.map((cells) => cells[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ko')));
    expect(names.slice(0, 3)).toEqual(['뉴사우스웨일즈주', '도쿄', '멕시코 시티']);
  });
});

describe('the printed plan’s goals', () => {
  const descriptions = (strategy: Strategy, language: Language) =>
    texts(
      render(
        <GoalsSection strategy={strategy} language={language} t={translator(language)} />,
      ).container.querySelectorAll('.goal-description'),
    );

  it('cites the report’s table in the plan’s language', () => {
    const inEnglish = descriptions(english, 'en').join('\n');
    expect(inEnglish).toContain('[Table 3-4] Draft of partner cities chosen by strategy');
    expect(inEnglish).not.toContain('[표 3-4]');
    expect(descriptions(korean, 'ko').join('\n')).toContain(
      '[표 3-4] 2012년 작성된 전략별 교류도시 선정 초안',
    );
  });
});

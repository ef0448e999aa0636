import { actualsOf } from '../activity/measures';
import type { Actual, Exchange, Measure } from '../activity/types';
import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import type { SeoulFacts } from './seoulFacts';
import { EXCHANGE_OUTCOMES, inLanguage, type Bilingual } from './seoulNotes';
import { PLACE_NAME_KO, TARGET_PURPOSE_KO } from './seoulTermsKo';

/** The sample reads as it stood when the report came out. */
export const SAMPLE_AS_OF = '2018-12-31';

/** The report dates exchanges and signings by year only; the sample puts each mid-year. */
const midYear = (year: number) => `${year}-07-01`;

/** Names the 2017 table writes differently from the sample's partner cities. */
const CITY_ALIASES: Record<string, string[]> = {
  brussels: ['brussels-capital region'],
  'lombardy (milan)': ['lombardy (region)', 'milan'],
  lombardy: ['lombardy (region)'],
};

const citiesNamed = (name: string) => CITY_ALIASES[name.toLowerCase()] ?? [name.toLowerCase()];

const MAYOR: Bilingual = { en: 'Mayor of Seoul', ko: '서울시장' };
const SISTER_AGREEMENT: Bilingual = { en: 'Sister-city agreement', ko: '자매결연 협정' };
const FRIENDSHIP_AGREEMENT: Bilingual = { en: 'Friendship agreement', ko: '우호협정' };
const NEW_FRIENDSHIP: Bilingual = {
  en: 'Friendship cooperation agreement (우호협력 협정)',
  ko: '우호협력 협정 체결',
};
const BILATERAL: Bilingual = { en: 'Bilateral exchange (양자 교류)', ko: '양자 교류' };
const FORUM_DELEGATES: Bilingual = { en: 'City representatives', ko: '도시 대표단' };
const AIR_QUALITY_FORUM: Bilingual = {
  en: 'Northeast Asia air-quality forum (동북아 대기질 개선 포럼)',
  ko: '동북아 대기질 개선 포럼',
};

const cut = (text: string) => (text.length > 480 ? `${text.slice(0, 477)}…` : text);

/**
 * Each partner city's log: the signing year the report gives as "agreement signed", the 2017
 * bilateral exchanges, with the year's new and strengthened agreements as such, and the 2017
 * Northeast Asia air-quality forum. An agreement promises cooperation, so the 2017 ones carry
 * a promised follow-up: none of them has a project to show for it in the report.
 */
export function sampleExchanges(
  facts: SeoulFacts,
  cityIdByName: ReadonlyMap<string, string>,
  language: Language = 'en',
): Map<string, Exchange[]> {
  const text = (bilingual: Bilingual) => inLanguage(bilingual, language);
  const logs = new Map<string, Exchange[]>();
  const log = (cityName: string, entry: Omit<Exchange, 'id' | 'projectId'>) => {
    for (const name of citiesNamed(cityName)) {
      const cityId = cityIdByName.get(name);
      if (!cityId) continue;
      const list = logs.get(cityId) ?? [];
      list.push({ ...entry, id: `${cityId}-x${list.length + 1}`, projectId: '' });
      logs.set(cityId, list);
    }
  };
  const exchanges = facts.bilateralExchanges2017;
  const isIn = (list: readonly string[] | undefined, city: string) =>
    (list ?? []).some((name) => citiesNamed(name).some((n) => citiesNamed(city).includes(n)));
  for (const city of facts.partnerCities)
    if (city.yearOfAgreement && !isIn(exchanges?.newFriendshipAgreements, city.name))
      log(city.name, {
        kind: 'agreementSigned',
        date: midYear(city.yearOfAgreement),
        who: text(MAYOR),
        topic: text(city.relationType === 'sister' ? SISTER_AGREEMENT : FRIENDSHIP_AGREEMENT),
        followUp: false,
      });
  if (!exchanges) return logs;
  for (const row of exchanges.rows)
    for (const city of row.cities.flatMap(citiesNamed)) {
      // Counterparts named after the city are its own; a row of one city has them all.
      const word = city.split(' (')[0]!;
      const own = row.counterparts.filter((c) => c.name.toLowerCase().includes(word));
      const met = own.length > 0 ? own : row.counterparts;
      const signed = isIn(exchanges.newFriendshipAgreements, city);
      const strengthened = isIn(exchanges.strengthenedAgreements, city);
      const agreement = met.find((c) => c.agreement);
      const strengthening = {
        en: `${agreement?.agreement ?? 'Strengthening agreement'} (${agreement?.agreementKo ?? '강화 협정'})`,
        ko: agreement?.agreementKo ?? '강화 협정',
      };
      log(city, {
        kind: signed ? 'agreementSigned' : strengthened ? 'renewal' : 'delegation',
        date: midYear(2017),
        who: cut(met.map((c) => (language === 'ko' ? c.nameKo : c.name)).join('; ')),
        topic: cut(
          text(
            signed
              ? NEW_FRIENDSHIP
              : strengthened
                ? strengthening
                : (EXCHANGE_OUTCOMES[row.country] ?? BILATERAL),
          ),
        ),
        followUp: signed || strengthened,
      });
    }
  for (const city of exchanges.airQualityForum.cities)
    log(city, {
      kind: 'forum',
      date: midYear(2017),
      who: text(FORUM_DELEGATES),
      topic: text(AIR_QUALITY_FORUM),
      followUp: false,
    });
  return logs;
}

export const TARGETS_GOAL_ID = 'goal-targets-2012';

/**
 * The table the goal is drawn from. The facts cite it by its Korean caption, as the report
 * prints it; the English plan names it in English, as it reads everything else.
 */
const TARGETS_SOURCE: Bilingual = {
  en: '[Table 3-4] Draft of partner cities chosen by strategy, written in 2012 (SMG planning office, 2012.11.29)',
  ko: '[표 3-4] 2012년 작성된 전략별 교류도시 선정 초안 (서울시, 2012.11.29)',
};
const TARGETS_ARE_THE_SAMPLES: Bilingual = {
  en: 'The targets of its measures are the sample’s own, for illustration; the report sets none.',
  ko: '측정지표의 목표값은 예시를 위해 이 예시 전략이 정한 것으로, 보고서에는 목표값이 없습니다.',
};

/** The 2012 draft of strategic partner cities, as a goal its cities and networks serve. */
export function targetsGoal(
  facts: SeoulFacts,
  idOfCity: (name: string) => string | undefined,
  idOfNetwork: (name: string) => string | undefined,
  language: Language = 'en',
): { goal: StrategyNode; servedBy: string[] } | null {
  const targets = facts.strategicTargets2012;
  if (!targets) return null;
  const servedBy = targets.types.flatMap((type) => [
    ...type.cities.map(idOfCity),
    ...type.networks.map(idOfNetwork),
  ]);
  const goal: StrategyNode = {
    id: TARGETS_GOAL_ID,
    kind: 'goal',
    position: { x: 0, y: 0 },
    data: {
      title: 'Partner cities chosen by strategy (2012 draft)',
      titleKo: '전략별 교류도시 (2012년 초안)',
      level: 'task',
      description: [
        ...targets.types.map((type) => {
          const members = (language === 'ko' ? type.cities.map(koreanNameOf(facts)) : type.cities)
            .concat(type.networks)
            .join(', ');
          return language === 'ko'
            ? `${type.typeKo}: ${TARGET_PURPOSE_KO[type.typeKo] ?? type.purpose}. ${members}.`
            : `${type.type} (${type.typeKo}): ${type.purpose}. ${members}.`;
        }),
        inLanguage(TARGETS_SOURCE, language),
        inLanguage(TARGETS_ARE_THE_SAMPLES, language),
      ].join('\n'),
      targetYear: null,
      indicator: '',
      measures: [],
    },
  };
  return { goal, servedBy: [...new Set(servedBy.filter((id): id is string => !!id))] };
}

/** A city's Korean name, from its English one as the facts write it. */
const koreanNameOf = (facts: SeoulFacts) => (name: string) =>
  facts.partnerCities.find((city) => city.name.toLowerCase() === name.toLowerCase())?.nameKo ??
  PLACE_NAME_KO[name] ??
  name;

const measure = (
  id: string,
  fields: Omit<Measure, 'id' | 'actuals'>,
  actuals: Actual[] = [],
): Measure => ({
  id,
  ...fields,
  actuals,
});

/** Export projects recorded, cumulated by start year: the report's 59 by 2018. */
function projectsRecorded(facts: SeoulFacts): Actual[] {
  const years = facts.exportProjects.map((p) => p.startYear ?? 2018);
  return [2014, 2015, 2016, 2017, 2018].map((year) => ({
    year,
    value: years.filter((y) => y <= year).length,
  }));
}

/**
 * A few measures from the report's figures. Their targets are the sample's own, to show how a
 * target reads; the report states the figures, not targets.
 */
export function sampleMeasures(
  facts: SeoulFacts,
  graph: StrategyGraph,
  language: Language = 'en',
): Map<string, Measure[]> {
  const recorded = projectsRecorded(facts);
  const projects = inLanguage({ en: 'projects', ko: '건' }, language);
  const awards = measure('measure-awards', {
    name: 'Projects reaching award per year',
    nameKo: '연도별 수주 단계 도달 사업',
    unit: projects,
    source: 'projectsAwarded',
    baselineYear: 2014,
    baselineValue: null,
    targetYear: 2020,
    targetValue: 4,
  });
  const partners = measure('measure-partners', {
    name: 'Partner cities with a project',
    nameKo: '사업이 있는 교류도시',
    unit: inLanguage({ en: 'cities', ko: '곳' }, language),
    source: 'partnersWithProject',
    baselineYear: 2014,
    baselineValue: null,
    targetYear: 2022,
    targetValue: 20,
  });
  // A computed measure's baseline is what it counted in its baseline year.
  const withBaseline = (m: Measure): Measure => ({
    ...m,
    baselineValue: actualsOf(m, graph, SAMPLE_AS_OF)[0]?.value ?? 0,
  });
  return new Map([
    [
      'goal-task-3',
      [
        measure(
          'measure-projects',
          {
            name: 'Export projects recorded',
            nameKo: '정책수출 사업 누계',
            unit: projects,
            source: 'manual',
            baselineYear: recorded[0]!.year,
            baselineValue: recorded[0]!.value,
            targetYear: 2020,
            targetValue: 80,
          },
          recorded,
        ),
        withBaseline(awards),
      ],
    ],
    [TARGETS_GOAL_ID, [withBaseline(partners)]],
  ]);
}

/** The nodes with their exchange logs and measures. */
export function withSampleActivity(
  nodes: StrategyNode[],
  logs: ReadonlyMap<string, Exchange[]>,
  measures: ReadonlyMap<string, Measure[]>,
): StrategyNode[] {
  return nodes.map((node) => {
    if (node.kind === 'partnerCity' || node.kind === 'network')
      return {
        ...node,
        data: { ...node.data, exchanges: logs.get(node.id) ?? [] },
      } as StrategyNode;
    if (node.kind === 'goal')
      return { ...node, data: { ...node.data, measures: measures.get(node.id) ?? [] } };
    return node;
  });
}

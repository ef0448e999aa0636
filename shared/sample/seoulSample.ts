import type { NodeDataByKind } from '../model/fields';
import type { Language, StrategyEdge, StrategyNode } from '../model/graph';
import { countryCodeOf } from '../model/countries';
import { regionOfCountry } from '../model/regions';
import {
  REGIONS,
  STAGES,
  type EdgeKind,
  type NetworkRole,
  type NodeKind,
  type ProjectDomain,
  type Relation,
  type Stage,
} from '../model/vocabulary';
import { DEFAULT_GATES, DEFAULT_PIPELINE_SETTINGS } from '../pipeline/gates';
import type { ImportedStrategy } from '../format/strategyFile';
import { layoutByKind } from '../layout/layoutByKind';
import { SAMPLE_ACTORS, TASK_DIRECTION, type SampleActorId } from './seoulActors';
import type { SeoulFacts } from './seoulFacts';
import { sampleViews } from './seoulViews';
import { PARTNER_CITY_COORDINATES, SEOUL } from './seoulCoordinates';
import {
  CITY_NOTES,
  FUNDING_NOTES,
  inLanguage,
  NETWORK_NOTES,
  PROJECT_NOTES,
  SECRETARIAT_COST_NOTES,
  TASK_CONTENT_KO,
  type Bilingual,
} from './seoulNotes';
import {
  TERM_EN,
  CLIENT_KO,
  EXECUTOR_KO,
  PLACE_NAME_KO,
  HEADQUARTERS_KO,
  NETWORK_DOMAIN_KO,
  ROLE_KO,
  SUB_DOMAIN_KO,
} from './seoulTermsKo';
import { EMPTY_DETAILS } from '../model/strategyDetails';
import {
  SAMPLE_AS_OF,
  sampleExchanges,
  sampleMeasures,
  targetsGoal,
  TARGETS_GOAL_ID,
  withSampleActivity,
} from './seoulActivity';

export const SAMPLE_TITLE = 'Seoul city diplomacy 2018';
export const SAMPLE_TITLE_KO = '서울시 도시외교 2018';

/**
 * The country code of a country as the report writes it ("Russia / former USSR" is Russia), or
 * the report's text where it names no country known.
 */
function countryOf(written: string): string {
  const [first = written] = written.split('/');
  return countryCodeOf(written) ?? countryCodeOf(first) ?? written;
}

const DOMAINS: Record<string, ProjectDomain> = {
  transport: 'transport',
  urbanRail: 'urbanRail',
  eGovernment: 'eGovernment',
  waterSupply: 'water',
  urbanPlanning: 'urbanPlanning',
  environment: 'environment',
  fire: 'fire',
};

/** Project facts the report gives in prose: who carried a project out and who paid. */
const PROJECT_LINKS: Record<
  string,
  { implementedBy?: SampleActorId[]; fundedBy?: SampleActorId[] }
> = {
  'UR-04': { implementedBy: ['seoulMetro', 'privateFirms'] },
  'WS-04': { implementedBy: ['waterworks', 'privateFirms'] },
  'UP-01': { implementedBy: ['seoulInstitute'] },
  'UP-02': { implementedBy: ['seoulInstitute', 'privateFirms'], fundedBy: ['koica'] },
};

/** A term of the facts in the sample's language; a Korean term missing stays as the facts write it. */
const termIn = (language: Language, terms: Record<string, string>, english: string) =>
  language === 'ko' ? (terms[english] ?? english) : (TERM_EN[english] ?? english);

const STAGE_SOURCE: Bilingual = {
  en: 'Stage recorded in the Seoul Institute report (2018)',
  ko: '서울연구원 보고서(2018)에 기록된 단계',
};
const ORGANIZATION: Bilingual = { en: 'Seoul Metropolitan Government', ko: '서울특별시' };
const ROLES: Bilingual = { en: 'Roles', ko: '역할' };
const SUSPENDED: Bilingual = { en: 'Membership suspended.', ko: '활동 중지.' };
const EXECUTOR: Bilingual = { en: 'Executor', ko: '수행' };

function relationOf(type: string | null): Relation {
  return type === 'sister' || type === 'friendship' ? type : 'unknown';
}

/** The highest rung of the role ladder among the roles the report names. */
function networkRoleOf(roles: readonly string[]): NetworkRole {
  const text = roles.join(' | ').toLowerCase();
  if (text.includes('secretariat') || text.includes('regional office host'))
    return 'secretariatHost';
  if (/chair(?! \/ vice-chair)/.test(text) && !text.includes('one of the six')) return 'chair';
  if (text.includes('executive') || text.includes('vice-chair')) return 'executiveCommittee';
  return 'member';
}

function fundingOf(project: SeoulFacts['exportProjects'][number]) {
  const source = project.funding?.source?.toLowerCase() ?? '';
  const fundingSource = source.includes('koica')
    ? 'koica'
    : source.includes('consortium')
      ? 'privateConsortium'
      : source.includes('seoul')
        ? 'cityOdaFund'
        : '';
  const budgetKrw = project.funding?.totalKRW ?? project.funding?.amountKRW ?? null;
  return { fundingSource, budgetKrw } as const;
}

/**
 * The report gives each project's stage and start year; its record starts there. Gates of the
 * stages before that one were evidently passed, so their items start checked.
 */
function pipelineRecordOf(project: SeoulFacts['exportProjects'][number], language: Language) {
  const stage = project.stage as Stage;
  const passed = STAGES.slice(0, STAGES.indexOf(stage));
  return {
    history: project.startYear
      ? [
          {
            date: `${project.startYear}-01-01`,
            from: null,
            to: stage,
            note: inLanguage(STAGE_SOURCE, language),
          },
        ]
      : [],
    funding: [],
    gateChecks: passed.flatMap((s) => DEFAULT_GATES[s].map((item) => item.id)),
  };
}

function projectNotes(project: SeoulFacts['exportProjects'][number], language: Language): string {
  const note = PROJECT_NOTES[project.id];
  const funding = FUNDING_NOTES[project.id];
  const executor =
    language === 'ko' ? (EXECUTOR_KO[project.id] ?? project.executor) : project.executor;
  return [
    project.subDomain && termIn(language, SUB_DOMAIN_KO, project.subDomain),
    executor && `${inLanguage(EXECUTOR, language)}: ${executor}`,
    note && inLanguage(note, language),
    funding && inLanguage(funding, language),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Where a node's row group comes in its band: partner cities a row (or rows) per region and
 * projects per stage, so the saved views "by region" and "by stage" read as they are named.
 */
function layoutRank(node: StrategyNode): number {
  if (node.kind === 'partnerCity') return REGIONS.indexOf(node.data.region);
  if (node.kind === 'project') return STAGES.indexOf(node.data.stage);
  return 0;
}

/**
 * The report's Korean shorthand for two cities, written out as a Korean reader expects them on
 * a card, a map and a printed plan.
 */
const REPORT_SHORTHAND_KO: Readonly<Record<string, string>> = {
  'L.A': '로스앤젤레스',
  '워싱턴 D.C': '워싱턴 D.C.',
};
const koreanCityName = (reported: string) => REPORT_SHORTHAND_KO[reported] ?? reported;

/**
 * Builds the sample strategy from the report's facts: the 2017 master plan's vision and
 * directions, the report's strategy tasks, every named partner city, organization and export
 * project, the actors the report names, and the ties between them. Names are in both languages;
 * notes and other text are written in `language`, the one the sample is first opened in.
 */
export function buildSeoulSample(
  facts: SeoulFacts,
  now: string,
  language: Language = 'en',
): ImportedStrategy {
  const text = (bilingual: Bilingual) => inLanguage(bilingual, language);
  const koreanCityNames = new Map(
    facts.partnerCities.map((city) => [city.name, koreanCityName(city.nameKo)]),
  );
  const placeIn = (name: string) =>
    language === 'ko' ? (koreanCityNames.get(name) ?? PLACE_NAME_KO[name] ?? name) : name;
  const nodes: StrategyNode[] = [];
  const edges: StrategyEdge[] = [];
  const add = <K extends NodeKind>(kind: K, id: string, data: NodeDataByKind[K]) => {
    nodes.push({ id, kind, position: { x: 0, y: 0 }, data } as StrategyNode);
  };
  const link = (kind: EdgeKind, source: string, target: string) => {
    edges.push({ id: `e${edges.length + 1}`, kind, source, target });
  };
  const goal = (
    id: string,
    title: string,
    titleKo: string,
    level: 'vision' | 'direction' | 'task',
    description = '',
  ) => add('goal', id, { title, titleKo, level, description, targetYear: null, indicator: '' });

  const plan = facts.masterPlan;
  const planYear = /\((\d{4})\)/.exec(plan.name)?.[1];
  const planName = { en: plan.name, ko: planYear ? `${plan.nameKo} (${planYear})` : plan.nameKo };
  goal('goal-vision', plan.vision, plan.visionKo, 'vision', text(planName));
  plan.directions.forEach((direction, i) => {
    goal(`goal-direction-${i + 1}`, direction.name, direction.nameKo, 'direction');
    link('subgoalOf', `goal-direction-${i + 1}`, 'goal-vision');
  });
  for (const task of facts.strategyTasks) {
    const id = `goal-task-${task.order}`;
    const content = { en: task.content, ko: TASK_CONTENT_KO[task.order] ?? task.content };
    goal(id, task.name, task.nameKo, 'task', text(content));
    link('subgoalOf', id, `goal-direction-${TASK_DIRECTION[task.order] ?? 4}`);
  }
  facts.seoulPyongyangTasks.forEach((task, i) => {
    const id = `goal-pyongyang-${i + 1}`;
    goal(id, task.name, task.nameKo, 'task');
    link('subgoalOf', id, 'goal-task-4');
  });

  const cityIdByName = new Map<string, string>();
  for (const city of facts.partnerCities) {
    const id = `city-${city.id}`;
    const country = countryOf(city.country);
    const region = regionOfCountry(country);
    cityIdByName.set(city.name.toLowerCase(), id);
    add('partnerCity', id, {
      name: city.name,
      nameKo: koreanCityName(city.nameKo),
      country,
      region,
      relation: relationOf(city.relationType),
      since: city.yearOfAgreement,
      status: 'active',
      lastContact: '',
      latitude: PARTNER_CITY_COORDINATES[city.id]?.[0] ?? null,
      longitude: PARTNER_CITY_COORDINATES[city.id]?.[1] ?? null,
      notes: CITY_NOTES[city.id] ? text(CITY_NOTES[city.id]!) : '',
    });
    // Ties in Northeast Asia serve the peace-and-prosperity direction; the rest serve urban problem solving.
    link('servesGoal', id, region === 'eastAsia' ? 'goal-direction-2' : 'goal-direction-1');
  }

  for (const org of facts.organizations) {
    const id = `network-${org.id}`;
    const name = (org.abbreviation ?? org.name).replace(/\s*\(.*\)$/, '');
    const roles = org.roles.map((role) => termIn(language, ROLE_KO, role));
    const notes = [
      // The English name shown is the abbreviation; the Korean one is already the full name.
      // The facts' full name also says where the report misprints it.
      language === 'en' ? org.name.replace(/\s*\(report:.*\)$/, '') : '',
      `${text(ROLES)}: ${roles.join('; ')}`,
      org.status === 'suspended' ? text(SUSPENDED) : '',
      SECRETARIAT_COST_NOTES[name] ? text(SECRETARIAT_COST_NOTES[name]!) : '',
      NETWORK_NOTES[org.id] ? text(NETWORK_NOTES[org.id]!) : '',
    ]
      .filter(Boolean)
      .join('\n');
    add('network', id, {
      name,
      nameKo: org.nameKo,
      domain: org.domain ? termIn(language, NETWORK_DOMAIN_KO, org.domain) : '',
      headquarters: org.headquarters ? termIn(language, HEADQUARTERS_KO, org.headquarters) : '',
      founded: org.founded ?? null,
      role: networkRoleOf(org.roles),
      membershipFeeKrw: null,
      notes,
    });
    link('servesGoal', id, 'goal-task-5');
  }

  for (const actor of SAMPLE_ACTORS) {
    add('actor', `actor-${actor.id}`, {
      name: actor.name,
      nameKo: actor.nameKo,
      actorType: actor.actorType,
      notes: language === 'ko' ? actor.notesKo : actor.notes,
    });
    link('servesGoal', `actor-${actor.id}`, `goal-task-${actor.task}`);
  }

  for (const project of facts.exportProjects) {
    const id = `project-${project.id}`;
    add('project', id, {
      title: project.description,
      titleKo: project.descriptionKo,
      domain: DOMAINS[project.domain] ?? 'other',
      stage: project.stage as Stage,
      country: countryOf(project.country),
      city: project.city ? placeIn(project.city) : '',
      client: project.clientAgency ? termIn(language, CLIENT_KO, project.clientAgency) : '',
      startYear: project.startYear ?? null,
      endYear: project.endYear ?? null,
      notes: projectNotes(project, language),
      ...fundingOf(project),
      ...pipelineRecordOf(project, language),
    });
    link('servesGoal', id, 'goal-task-3');
    const cityId = project.city ? cityIdByName.get(project.city.toLowerCase()) : undefined;
    if (cityId) link('locatedIn', id, cityId);
    const links = PROJECT_LINKS[project.id];
    for (const actor of links?.implementedBy ?? []) link('implementedBy', id, `actor-${actor}`);
    for (const actor of links?.fundedBy ?? []) link('fundedBy', id, `actor-${actor}`);
  }

  // The 2012 draft of strategic partners, and each tie's exchanges and each goal's measures.
  const networkIdByName = new Map(
    nodes.filter((n) => n.kind === 'network').map((n) => [n.data.name.toLowerCase(), n.id]),
  );
  const targets = targetsGoal(
    facts,
    (name) => cityIdByName.get(name.toLowerCase()),
    (name) => networkIdByName.get(name.toLowerCase()),
    language,
  );
  if (targets) {
    nodes.push(targets.goal);
    link('subgoalOf', TARGETS_GOAL_ID, 'goal-direction-4');
    for (const id of targets.servedBy) link('servesGoal', id, TARGETS_GOAL_ID);
  }
  const active = withSampleActivity(
    nodes,
    sampleExchanges(facts, cityIdByName, language),
    sampleMeasures(facts, { nodes, edges }, language),
  );

  const byGroup = [...active].sort((a, b) => layoutRank(a) - layoutRank(b));
  const groupOf = new Map(active.map((node) => [node.id, String(layoutRank(node))]));
  const positions = layoutByKind({ nodes: byGroup, edges }, (id) => groupOf.get(id)!);
  const placed = active.map((node) => ({
    ...node,
    position: positions.get(node.id) ?? node.position,
  }));
  const views = sampleViews(cityIdByName.get('ulaanbaatar'));
  return {
    title: SAMPLE_TITLE,
    titleKo: SAMPLE_TITLE_KO,
    organization: text(ORGANIZATION),
    author: text({
      en: `Sample built from ${facts.source}`,
      ko: '서울연구원 보고서(2018) 「서울시 도시외교 가능성과 과제」를 바탕으로 만든 예시',
    }),
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    createdAt: now,
    updatedAt: now,
    // It opens on its first view, the goal tree; the rest is one click away in "Views".
    filters: views[0]!.filters,
    views,
    votes: [],
    asOf: SAMPLE_AS_OF,
    details: {
      ...EMPTY_DETAILS,
      department: 'International Relations Division',
      departmentKo: '국제관계과',
      planFirstYear: 2019,
      planLastYear: 2022,
      documentVersion: '1.0',
      documentDate: SAMPLE_AS_OF,
      classification: 'Sample for review',
      classificationKo: '검토용 예시',
    },
    home: { ...SEOUL },
    nodes: placed,
    edges,
  };
}

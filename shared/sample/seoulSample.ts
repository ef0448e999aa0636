import type { NodeDataByKind } from '../model/fields';
import type { StrategyEdge, StrategyNode } from '../model/graph';
import { countryCodeOf } from '../model/countries';
import { regionOfCountry } from '../model/regions';
import {
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

const SECRETARIAT_COST_NOTES: Record<string, string> = {
  WeGO: 'Seoul pays for the secretariat: about 1.1 billion KRW a year.',
  GSEF: 'Seoul pays for the secretariat: about 0.9 billion KRW a year.',
};

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
function pipelineRecordOf(project: SeoulFacts['exportProjects'][number]) {
  const stage = project.stage as Stage;
  const passed = STAGES.slice(0, STAGES.indexOf(stage));
  return {
    history: project.startYear
      ? [
          {
            date: `${project.startYear}-01-01`,
            from: null,
            to: stage,
            note: 'Stage recorded in the Seoul Institute report (2018)',
          },
        ]
      : [],
    funding: [],
    gateChecks: passed.flatMap((s) => DEFAULT_GATES[s].map((item) => item.id)),
  };
}

function projectNotes(project: SeoulFacts['exportProjects'][number]): string {
  return [
    project.subDomain,
    project.executor && `Executor: ${project.executor}`,
    project.notes,
    project.funding?.note,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Builds the sample strategy from the report's facts: the 2017 master plan's vision and
 * directions, the report's strategy tasks, every named partner city, organization and export
 * project, the actors the report names, and the ties between them.
 */
export function buildSeoulSample(facts: SeoulFacts, now: string): ImportedStrategy {
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
  goal('goal-vision', plan.vision, plan.visionKo, 'vision', plan.name);
  plan.directions.forEach((direction, i) => {
    goal(`goal-direction-${i + 1}`, direction.name, direction.nameKo, 'direction');
    link('subgoalOf', `goal-direction-${i + 1}`, 'goal-vision');
  });
  for (const task of facts.strategyTasks) {
    const id = `goal-task-${task.order}`;
    goal(id, task.name, task.nameKo, 'task', task.content);
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
      nameKo: city.nameKo,
      country,
      region,
      relation: relationOf(city.relationType),
      since: city.yearOfAgreement,
      status: 'active',
      lastContact: '',
      latitude: PARTNER_CITY_COORDINATES[city.id]?.[0] ?? null,
      longitude: PARTNER_CITY_COORDINATES[city.id]?.[1] ?? null,
      notes: city.notes ?? '',
    });
    // Ties in Northeast Asia serve the peace-and-prosperity direction; the rest serve urban problem solving.
    link('servesGoal', id, region === 'eastAsia' ? 'goal-direction-2' : 'goal-direction-1');
  }

  for (const org of facts.organizations) {
    const id = `network-${org.id}`;
    const name = (org.abbreviation ?? org.name).replace(/\s*\(.*\)$/, '');
    const notes = [
      org.name,
      `Roles: ${org.roles.join('; ')}`,
      org.status === 'suspended' ? 'Membership suspended.' : '',
      SECRETARIAT_COST_NOTES[name] ?? '',
      org.notes ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    add('network', id, {
      name,
      nameKo: org.nameKo,
      domain: org.domain ?? '',
      headquarters: org.headquarters ?? '',
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
      notes: actor.notes,
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
      city: project.city ?? '',
      client: project.clientAgency ?? '',
      startYear: project.startYear ?? null,
      endYear: project.endYear ?? null,
      notes: projectNotes(project),
      ...fundingOf(project),
      ...pipelineRecordOf(project),
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
  );
  if (targets) {
    nodes.push(targets.goal);
    link('subgoalOf', TARGETS_GOAL_ID, 'goal-direction-4');
    for (const id of targets.servedBy) link('servesGoal', id, TARGETS_GOAL_ID);
  }
  const active = withSampleActivity(
    nodes,
    sampleExchanges(facts, cityIdByName),
    sampleMeasures(facts, { nodes, edges }),
  );

  const positions = layoutByKind({ nodes: active, edges });
  const placed = active.map((node) => ({
    ...node,
    position: positions.get(node.id) ?? node.position,
  }));
  const views = sampleViews(placed, cityIdByName.get('ulaanbaatar'));
  return {
    title: SAMPLE_TITLE,
    titleKo: SAMPLE_TITLE_KO,
    organization: 'Seoul Metropolitan Government',
    author: `Sample built from ${facts.source}`,
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

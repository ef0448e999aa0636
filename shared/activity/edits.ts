import { EMPTY_CHANGE, type GraphChange } from '../model/change';
import type { Language, Position, StrategyNode } from '../model/graph';
import { shownName } from '../model/names';
import { createNode, nodeNames } from '../model/nodes';
import { freeSpotNear } from '../layout/freeSpot';
import type { PartnerNode } from './exchangeLog';
import type { Exchange, Measure } from './types';

type GoalNode = Extract<StrategyNode, { kind: 'goal' }>;

/** A partner with one exchange added or replaced (same id), its log kept in date order. */
export function withExchange(partner: PartnerNode, exchange: Exchange): PartnerNode {
  const others = (partner.data.exchanges ?? []).filter((e) => e.id !== exchange.id);
  const exchanges = [...others, exchange].sort((a, b) => a.date.localeCompare(b.date));
  return { ...partner, data: { ...partner.data, exchanges } } as PartnerNode;
}

export function withoutExchange(partner: PartnerNode, exchangeId: string): PartnerNode {
  const exchanges = (partner.data.exchanges ?? []).filter((e) => e.id !== exchangeId);
  return { ...partner, data: { ...partner.data, exchanges } } as PartnerNode;
}

export function withMeasure(goal: GoalNode, measure: Measure): GoalNode {
  const measures = goal.data.measures ?? [];
  const at = measures.findIndex((m) => m.id === measure.id);
  const next = at < 0 ? [...measures, measure] : measures.map((m, i) => (i === at ? measure : m));
  return { ...goal, data: { ...goal.data, measures: next } };
}

export function withoutMeasure(goal: GoalNode, measureId: string): GoalNode {
  const measures = (goal.data.measures ?? []).filter((m) => m.id !== measureId);
  return { ...goal, data: { ...goal.data, measures } };
}

export function emptyMeasure(id: string): Measure {
  return {
    id,
    name: '',
    nameKo: '',
    unit: '',
    source: 'manual',
    baselineYear: null,
    baselineValue: null,
    targetYear: null,
    targetValue: null,
    actuals: [],
  };
}

/**
 * A project made from an exchange: named after its topic in the language it was typed in,
 * placed by the partner and tied to it (a city is where it happens; a network a partner in
 * it), with the exchange pointing to it. One change, so it undoes as one step.
 */
export function projectFromExchange(
  partner: PartnerNode,
  exchange: Exchange,
  ids: { project: string; edge: string },
  taken: readonly Position[],
  language: Language,
  today: string,
): GraphChange {
  const made = createNode('project', ids.project, freeSpotNear(taken, partner.position));
  const project = {
    ...made,
    data: {
      ...made.data,
      [language === 'ko' ? 'titleKo' : 'title']: exchange.topic,
      country: partner.kind === 'partnerCity' ? partner.data.country : '',
      // One field, written as the title is: 요코하마 on a Korean screen, not its English name.
      city: partner.kind === 'partnerCity' ? shownName(nodeNames(partner), language).text : '',
      history: [{ date: today, from: null, to: made.data.stage, note: '' }],
    },
  } as StrategyNode;
  const edge = {
    id: ids.edge,
    kind: partner.kind === 'partnerCity' ? ('locatedIn' as const) : ('partnersWith' as const),
    source: ids.project,
    target: partner.id,
  };
  return {
    ...EMPTY_CHANGE,
    putNodes: [project, withExchange(partner, { ...exchange, projectId: ids.project })],
    putEdges: [edge],
  };
}

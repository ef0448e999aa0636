import type { Translate } from '../i18n/translate';
import type { StrategyGraph, StrategyNode } from '../model/graph';
import type { IdeaData } from '../model/fields';
import { rankOptions, type RankedOption, type VoteResult } from '../workshop/vote';

/**
 * The plan without its ideas and their relationships: raw workshop input belongs in the
 * workshop chapter, not in the strategy map beside decided goals and projects.
 */
export function withoutIdeas<G extends StrategyGraph>(graph: G): G {
  if (!graph.nodes.some((node) => node.kind === 'idea')) return graph;
  const ideas = new Set(graph.nodes.filter((n) => n.kind === 'idea').map((n) => n.id));
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => !ideas.has(node.id)),
    edges: graph.edges.filter((edge) => !ideas.has(edge.source) && !ideas.has(edge.target)),
  };
}

export interface IdeaRow {
  id: string;
  data: IdeaData;
}

/** The ideas on the map in reading order: top to bottom, then left to right. */
export function ideaRows(graph: StrategyGraph): IdeaRow[] {
  return graph.nodes
    .filter((n): n is Extract<StrategyNode, { kind: 'idea' }> => n.kind === 'idea')
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
    .map((n) => ({ id: n.id, data: n.data }));
}

export interface VoteReport {
  vote: VoteResult;
  ranked: RankedOption[];
  total: number;
}

/** Each vote held, in the order held, with its options ranked by dots. */
export function voteReports(votes: readonly VoteResult[] | undefined): VoteReport[] {
  return (votes ?? []).map((vote) => ({
    vote,
    ranked: rankOptions(vote.options),
    total: vote.options.reduce((sum, option) => sum + option.total, 0),
  }));
}

/** The line under a vote's question: when it was held, and its dots, each in its plural form. */
export function voteMetaLine(t: Translate, vote: VoteResult, total: number): string {
  return t('workshopVoteMeta', {
    date: vote.date,
    dots: t('voteDotsPerPerson', { count: vote.dotsPerPerson }),
    total: t('voteDotsInAll', { count: total }),
  });
}

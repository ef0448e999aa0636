import type { MapFilter } from '../map/filters';
import type { SavedView } from '../map/savedViews';
import type { PipelineSettings } from '../pipeline/types';
import type { VoteResult } from '../workshop/vote';
import type { ActivitySettings } from '../activity/types';
import type { NodeDataByKind } from './fields';
import type { HomeCity, StrategyDetails } from './strategyDetails';
import type { EdgeKind, NodeKind } from './vocabulary';

export interface Position {
  x: number;
  y: number;
}

/** A node as the domain sees it: no selection, no measured size — those belong to the view. */
export type StrategyNode = {
  [K in NodeKind]: { id: string; kind: K; position: Position; data: NodeDataByKind[K] };
}[NodeKind];

export type NodeOfKind<K extends NodeKind> = Extract<StrategyNode, { kind: K }>;

export interface StrategyEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
}

export interface StrategyMeta {
  id: string;
  /** The title in English and in Korean; either or both may be empty, like a node's name. */
  title: string;
  titleKo: string;
  organization: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  pipeline: PipelineSettings;
  /** What the map hides, kept with the strategy so it reopens the same. */
  filters: MapFilter;
  /** Named ways of looking at the map, in the user's order. */
  views: SavedView[];
  /** Finished workshop votes, oldest first; a strategy that never held one may have none. */
  votes?: VoteResult[];
  /** The day the strategy is read as of (YYYY-MM-DD); absent or '' for today. */
  asOf?: string;
  /** How partner activity is judged; absent for the defaults. */
  activity?: ActivitySettings;
  /** What the plan's cover says; absent in strategies from before it had details. */
  details?: StrategyDetails;
  /** Where the strategy's city is; null or absent until it is chosen. */
  home?: HomeCity | null;
}

export interface StrategyGraph {
  nodes: StrategyNode[];
  edges: StrategyEdge[];
}

export interface Strategy extends StrategyMeta, StrategyGraph {}

export type Language = 'en' | 'ko';
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

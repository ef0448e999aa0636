import type { LayoutOptions, LayoutStyle } from '../../shared/layout/autoLayout';
import type { LayoutGraph } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';

export interface LayoutJob {
  id: number;
  graph: LayoutGraph;
  style: LayoutStyle;
  options: LayoutOptions;
}

/** What the layout worker sends back for a job: the positions, or why it failed. */
export type LayoutReply =
  { id: number; positions: [string, Position][] } | { id: number; error: string };

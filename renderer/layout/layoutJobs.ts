import type { LayoutOptions, LayoutStyle } from '../../shared/layout/autoLayout';
import type { LayoutGraph } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';
import type { JobReply } from '../workerJobs';

export interface LayoutJob {
  graph: LayoutGraph;
  style: LayoutStyle;
  options: LayoutOptions;
}

export interface LayoutResult {
  positions: [string, Position][];
}

/** What the layout worker sends back for a job: the positions, or why it failed. */
export type LayoutReply = JobReply<LayoutResult>;

import { DEFAULT_PIPELINE_SETTINGS } from '../pipeline/gates';
import { SHOW_EVERYTHING } from '../map/filters';
import type { ImportedStrategy } from '../format/strategyFile';
import { EMPTY_DETAILS } from './strategyDetails';

/** A strategy with nothing in it yet: no nodes, no details, the default pipeline and filters. */
export function blankStrategy(now: string, title = '', titleKo = ''): ImportedStrategy {
  return {
    title,
    titleKo,
    organization: '',
    author: '',
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    filters: SHOW_EVERYTHING,
    views: [],
    votes: [],
    details: EMPTY_DETAILS,
    home: null,
    createdAt: now,
    updatedAt: now,
    nodes: [],
    edges: [],
  };
}

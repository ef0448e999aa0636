import { sameOnMap } from '../../../shared/map/offMapFields';
import type { StrategyNode } from '../../../shared/model/graph';

/**
 * Whether a section showing none of a node's long texts (notes, a goal's description) would
 * render `after` as it rendered `before`: the same node, changed at most in those.
 */
export const sameButLongTexts = (before: StrategyNode, after: StrategyNode): boolean =>
  before === after ||
  (before.id === after.id &&
    before.kind === after.kind &&
    sameOnMap(before.kind, before.data, after.data));

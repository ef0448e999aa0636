import { sameOnMap } from '../../shared/map/offMapFields';
import type { FlowNode } from './flow';
import type { AppState } from './types';

/** Everything but the data the same, and the data the same on the map (see sameOnMap). */
function sameNodeOnMap(a: FlowNode, b: FlowNode): boolean {
  if (a === b) return true;
  const before = a as unknown as Record<string, unknown>;
  const after = b as unknown as Record<string, unknown>;
  for (const key in before) if (key !== 'data' && before[key] !== after[key]) return false;
  for (const key in after) if (!(key in before)) return false;
  return sameOnMap(a.type, a.data, b.data);
}

let last: { from: FlowNode[]; kept: FlowNode[] } | null = null;

/**
 * The strategy's nodes as the map draws them: the store's list, or the list the map was last
 * given while the only changes since are to fields the map does not show. Typing a node's
 * notes then renders nothing on the canvas, which in a strategy of thousands is most of each
 * keystroke's work. The nodes kept may hold older notes, so nothing written back to the store
 * is taken from them: the store's actions read its own nodes.
 */
export function selectMapNodes(state: AppState): FlowNode[] {
  const { nodes } = state;
  if (last?.from === nodes) return last.kept;
  const previous = last?.kept;
  const kept =
    previous &&
    previous.length === nodes.length &&
    nodes.every((node, i) => sameNodeOnMap(previous[i]!, node))
      ? previous
      : nodes;
  last = { from: nodes, kept };
  return kept;
}

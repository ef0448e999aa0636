import type { Position, StrategyGraph } from '../model/graph';
import { layoutByGoal, type LayeredEngine } from './layoutByGoal';
import { layoutByKind } from './layoutByKind';

export const LAYOUT_STYLES = ['byGoal', 'byKind'] as const;
export type LayoutStyle = (typeof LAYOUT_STYLES)[number];

/** New positions for every node of the graph, in the chosen style. */
export async function autoLayout(
  graph: StrategyGraph,
  style: LayoutStyle,
  engine: LayeredEngine,
): Promise<Map<string, Position>> {
  return style === 'byKind' ? layoutByKind(graph) : layoutByGoal(graph, engine);
}

/** Where each node is `progress` (0…1) of the way along an eased move. */
export function positionsAt(
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
  progress: number,
): Map<string, Position> {
  const t = progress >= 1 ? 1 : 1 - (1 - progress) ** 3;
  const positions = new Map<string, Position>();
  for (const [id, end] of to) {
    const start = from.get(id) ?? end;
    positions.set(id, { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t });
  }
  return positions;
}

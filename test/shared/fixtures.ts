import type { StrategyEdge, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import type { NodeKind } from '../../shared/model/vocabulary';
import type { EdgeKind } from '../../shared/model/vocabulary';

/** A node of a kind with a given English name, for small hand-made strategies. */
export function node(kind: NodeKind, id: string, name = id, x = 0, y = 0): StrategyNode {
  const made = createNode(kind, id, { x, y });
  const nameKey =
    kind === 'idea' ? 'text' : kind === 'goal' || kind === 'project' ? 'title' : 'name';
  return { ...made, data: { ...made.data, [nameKey]: name } } as StrategyNode;
}

export function edge(id: string, kind: EdgeKind, source: string, target: string): StrategyEdge {
  return { id, kind, source, target };
}

export function withKoreanName(original: StrategyNode, nameKo: string): StrategyNode {
  const key = original.kind === 'goal' || original.kind === 'project' ? 'titleKo' : 'nameKo';
  return { ...original, data: { ...original.data, [key]: nameKo } } as StrategyNode;
}

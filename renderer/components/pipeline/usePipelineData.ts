import { useMemo } from 'react';
import { projectContexts } from '../../../shared/pipeline/projects';
import { strategyGraphOf } from '../../store/flow';
import { selectEdges, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/** The open strategy's graph and its projects with their ties, recomputed only when they change. */
export function usePipelineData() {
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const graph = strategyGraphOf(nodes, edges);
  const projects = useMemo(() => projectContexts(graph), [graph]);
  return { graph, projects };
}

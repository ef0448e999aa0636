import { useEffect, type RefObject } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { indexById } from '../../store/flow';
import { useAppStore } from '../../store/StoreContext';

/** Room kept between the panel and the cards fitted beside it. */
const CLEARANCE = 16;

/**
 * When a vote starts, the room looks at its options: if one of them is out of view or under
 * the vote panel, the view moves to show them all beside the panel. A view that already shows
 * them is left as the facilitator set it, and a presentation keeps its slide.
 */
export function useVoteOptionsInView(panel: RefObject<HTMLElement | null>, round?: number) {
  const store = useAppStore();
  useEffect(() => {
    const state = store.getState();
    const pane = panel.current?.closest('.react-flow');
    const vote = state.vote;
    if (round === undefined || !vote || !pane || !state.viewport || state.presentation) return;
    const area = state.viewport.visibleArea();
    const zoom = state.viewport.centre()?.zoom;
    if (!area || !zoom) return;
    const covered =
      pane.getBoundingClientRect().right - panel.current!.getBoundingClientRect().left + CLEARANCE;
    const clearRight = area.right - covered / zoom;
    const nodes = indexById(state.nodes);
    const ids = vote.options.map((option) => option.nodeId).filter((id) => nodes.has(id));
    const hidden = ids.some((id) => {
      const { x, y } = nodes.get(id)!.position;
      return (
        x < area.left ||
        y < area.top ||
        x + NODE_WIDTH > clearRight ||
        y + NODE_HEIGHT > area.bottom
      );
    });
    if (hidden) state.viewport.fit(ids, 300, covered);
  }, [round, panel, store]);
}

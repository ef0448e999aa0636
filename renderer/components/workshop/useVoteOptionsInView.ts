import { useEffect, type RefObject } from 'react';
import { boundsOf } from '../../../shared/layout/overview';
import { indexById } from '../../store/flow';
import { selectMapGraph } from '../../store/shownGraph';
import { useAppStore } from '../../store/StoreContext';

/** Room kept between the panel and the cards fitted beside it. */
const CLEARANCE = 16;

/** The votes whose options were brought into view, by strategy and round: once each. */
const shownVotes = new Set<string>();

/**
 * When a vote starts, the room looks at its options: if one the map shows is out of view or
 * under the vote panel, the view moves to show them all beside the panel. A view that already
 * shows them is left as the facilitator set it; so are a presentation's slide and the view of
 * someone following another participant in a live session.
 */
export function useVoteOptionsInView(panel: RefObject<HTMLElement | null>, round?: number) {
  const store = useAppStore();
  useEffect(() => {
    const state = store.getState();
    const pane = panel.current?.closest('.react-flow');
    const vote = state.vote;
    if (round === undefined || !vote || !pane || !state.viewport) return;
    const key = `${state.openMeta?.id}:${round}`;
    if (shownVotes.has(key)) return;
    shownVotes.add(key);
    if (state.presentation || state.live?.following) return;
    const covered =
      pane.getBoundingClientRect().right - panel.current!.getBoundingClientRect().left + CLEARANCE;
    // Where the map draws them, under its focus and filters, as the fit works.
    const shown = indexById(selectMapGraph(state).nodes);
    const ids = vote.options.map((option) => option.nodeId).filter((id) => shown.has(id));
    const bounds = boundsOf(ids.map((id) => shown.get(id)!.position));
    if (bounds && !state.viewport.shows(bounds, covered)) state.viewport.fit(ids, 300, covered);
  }, [round, panel, store]);
}

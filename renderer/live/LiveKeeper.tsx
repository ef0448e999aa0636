import { useEffect, useRef } from 'react';
import { useApp, useAppStore } from '../store/StoreContext';
import type { AppState } from '../store/types';
import type { PeerState } from './liveSession';

const selectedIds = (state: AppState): string[] =>
  state.nodes.filter((node) => node.selected).map((node) => node.id);

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const selectPeers = (s: AppState) => s.live?.peers;
const selectFollowing = (s: AppState) => s.live?.following ?? null;

/**
 * Keeps the open strategy's live session going while the editor shows it: reconnects a shared
 * strategy, tells the others what this person selects and where they look, and moves the view
 * with the person followed. ("Bring everyone here" comes from the server: see liveSlice.)
 */
export function LiveKeeper() {
  const store = useAppStore();
  const peers = useApp(selectPeers);
  const following = useApp(selectFollowing);
  const followedView = useRef<PeerState['view']>(null);

  useEffect(() => {
    void store.getState().resumeLiveSession();
    return () => void store.getState().suspendLiveSession();
  }, [store]);

  useEffect(() => {
    let selection: string[] = [];
    let view: AppState['openView'] = null;
    let live = false;
    return store.subscribe((state) => {
      const isLive = state.live !== null && state.live.status !== 'ended';
      const nextSelection = isLive ? selectedIds(state) : [];
      const moved = state.openView !== view;
      if (isLive === live && !moved && sameIds(nextSelection, selection)) return;
      live = isLive;
      selection = nextSelection;
      view = state.openView;
      if (isLive) state.sharePresence(selection, state.viewport?.centre() ?? null);
    });
  }, [store]);

  useEffect(() => {
    if (!peers) return;
    const viewport = store.getState().viewport;
    const followed = following ? peers.find((peer) => peer.participantId === following) : null;
    // Peers change whenever anyone selects something; the view moves only when theirs did.
    if (!followed?.view || followed.view === followedView.current) return;
    followedView.current = followed.view;
    viewport?.centreOn(followed.view, followed.view.zoom, 200);
  }, [peers, following, store]);

  return <PeerSelections peers={peers ?? []} />;
}

/**
 * Others' selections, outlined in their colour. Drawn by one style sheet rather than by each
 * card, so a peer selecting something re-renders no card.
 */
function PeerSelections({ peers }: { peers: readonly PeerState[] }) {
  const rules: string[] = [];
  for (const peer of peers)
    for (const id of peer.selection)
      rules.push(
        `.react-flow__node[data-id="${CSS.escape(id)}"] { outline: 3px solid ${peer.colour}; outline-offset: 3px; border-radius: 6px; }`,
      );
  return rules.length > 0 ? <style>{rules.join('\n')}</style> : null;
}

import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { useT } from '../i18n';
import { indexById } from '../store/flow';
import { useApp } from '../store/StoreContext';
import { selectHiddenIdeas } from '../store/selectors';
import type { AppState } from '../store/types';
import type { PeerState } from './liveSession';
import './liveWorkshop.css';

const selectPeers = (s: AppState) => s.live?.peers;
const selectNodes = (s: AppState) => s.nodes;

/** A few cards a person selected carry their dot; a select-all would bury the map in them. */
const MAX_DOTS_PER_PEER = 30;
const DOT_SIZE = 26;

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words.at(-1)![0]] : [...(words[0] ?? '?')];
  return letters.slice(0, 2).join('').toUpperCase();
}

/**
 * Who else is in the room and where: each person's initials, in their colour, on the cards they
 * have selected (and so may be editing). Not on an idea hidden in a private round: its author,
 * who has just added it, would be on it, and the room would know whose it is.
 */
const ParticipantDots = memo(function ParticipantDots({
  peers,
  hidden,
}: {
  peers: readonly PeerState[];
  hidden: readonly string[] | undefined;
}) {
  const t = useT();
  const nodes = useApp(selectNodes);
  const index = useMemo(() => indexById(nodes), [nodes]);
  const unseen = new Set(hidden);
  const onCard = new Map<string, PeerState[]>();
  for (const peer of peers)
    for (const id of peer.selection.slice(0, MAX_DOTS_PER_PEER))
      if (index.has(id) && !unseen.has(id)) onCard.set(id, [...(onCard.get(id) ?? []), peer]);
  if (onCard.size === 0) return null;
  return (
    <ViewportPortal>
      {[...onCard].flatMap(([id, here]) => {
        const node = index.get(id)!;
        return here.map((peer, i) => (
          <span
            key={`${id}:${peer.clientId}`}
            className="participant-dot"
            role="img"
            aria-label={t('peerOnCard', { name: peer.name })}
            title={t('peerOnCard', { name: peer.name })}
            style={{
              background: peer.colour,
              transform: `translate(${node.position.x + NODE_WIDTH - (i + 1) * (DOT_SIZE + 2)}px, ${node.position.y - DOT_SIZE / 2}px)`,
            }}
          >
            {initialsOf(peer.name)}
          </span>
        ));
      })}
    </ViewportPortal>
  );
});

/**
 * Others' ideas in a private round: the card stays where it is, blank, saying whose it is not.
 * Drawn by one style sheet rather than by each card, so the round starting redraws no card.
 * Only an idea's card matches: a peer claiming any other node as theirs hides nothing.
 */
function HiddenIdeas({ ids }: { ids: readonly string[] }) {
  const t = useT();
  if (ids.length === 0) return null;
  const cards = (part: string) =>
    ids
      .map((id) => `.react-flow__node[data-id="${CSS.escape(id)}"] .node-card.node-idea${part}`)
      .join(',\n');
  const label = JSON.stringify(t('hiddenIdea'));
  return (
    <style>
      {`${cards(' > *:not(.react-flow__handle)')} { visibility: hidden; }
${cards('')} { position: relative; }
${cards('::after')} { content: ${label}; position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: 8px; text-align: center; font-style: italic; color: #495057; }`}
    </style>
  );
}

/** A live session's layer over the canvas: who is where, and the ideas not revealed yet. */
export function LiveCanvasLayer() {
  const peers = useApp(selectPeers);
  const hidden = useApp(selectHiddenIdeas);
  if (!peers && !hidden) return null;
  return (
    <>
      {peers && peers.length > 0 && <ParticipantDots peers={peers} hidden={hidden} />}
      {hidden && <HiddenIdeas ids={hidden} />}
    </>
  );
}

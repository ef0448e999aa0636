import type { StatesArray } from '@hocuspocus/provider';
import type { ViewCentre } from '../../shared/map/savedViews';
import { colourOf } from './participantColour';

/**
 * What each person tells the others about themselves, through the provider's awareness: what
 * they select and where they look. Their name and role as shown come from the server instead.
 */
export interface PeerState {
  clientId: number;
  participantId: string;
  name: string;
  colour: string;
  selection: string[];
  view: ViewCentre | null;
}

/** The awareness field a person is known to the others by. */
export function ownUserField(participantId: string, name: string) {
  return { participantId, name, colour: colourOf(participantId) };
}

function peerOf(clientId: number, state: Record<string, unknown>): PeerState | null {
  const user = state.user as Partial<PeerState> | undefined;
  if (!user || typeof user.participantId !== 'string' || typeof user.name !== 'string') return null;
  const selection = Array.isArray(state.selection)
    ? (state.selection as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];
  const view = state.view as ViewCentre | null | undefined;
  const validView = (v: unknown): v is ViewCentre =>
    !!v &&
    typeof v === 'object' &&
    ['x', 'y', 'zoom'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));
  return {
    clientId,
    participantId: user.participantId,
    name: user.name.slice(0, 80),
    colour:
      typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour)
        ? user.colour
        : '#868e96',
    selection: selection.slice(0, 500),
    view: validView(view) ? view : null,
  };
}

/** Everyone else in the session, from the awareness states: all but `ownClientId`'s. */
export function peersIn(states: StatesArray, ownClientId: number): PeerState[] {
  const peers: PeerState[] = [];
  for (const state of states) {
    if (state.clientId === ownClientId) continue;
    const peer = peerOf(state.clientId, state as Record<string, unknown>);
    if (peer) peers.push(peer);
  }
  return peers;
}

import { createContext } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Translate } from '../../../../shared/i18n/translate';
import type { Language } from '../../../../shared/model/graph';
import { accessibleName } from '../../../../shared/model/names';
import { nodeShownName } from '../../../../shared/model/nodes';
import { relationshipName } from '../../../../shared/model/relationships';
import { NODE_KINDS } from '../../../../shared/model/vocabulary';
import { indexById, toStrategyNode, type FlowEdge, type FlowNode } from '../../../store/flow';

/** One relationship of a node, named as its edge is on the cards' canvas. */
export interface CardRelation {
  edgeId: string;
  /** The node at its other end. */
  other: string;
  name: string;
}

export interface CardRelationsState {
  /** The node whose card (or something on it) has the keyboard. */
  focused: string | null;
  /**
   * A node's relationships the canvas does not draw as edges: all of them while the canvas
   * layer draws the map, else those leading to far nodes the canvas is not given (see
   * graphNearView); null when there are none.
   */
  relationsOf: ((nodeId: string) => CardRelation[]) | null;
  /** For a card shown, how many of its relationships lead off-screen undrawn (see leftOut). */
  leftOut: ReadonlyMap<string, number>;
  /** Goes to the node at the other end of a relationship. */
  follow: (nodeId: string) => void;
}

export type CardRelationsStore = StoreApi<CardRelationsState>;

export const createCardRelationsStore = (): CardRelationsStore =>
  createStore<CardRelationsState>(() => ({
    focused: null,
    relationsOf: null,
    leftOut: new Map(),
    follow: () => {},
  }));

/** Given by the canvas to its cards; without it a card lists nothing. */
export const CardRelationsContext = createContext<CardRelationsStore | null>(null);

/**
 * The relationships of `nodeId` among `edges`, each named from both ends as its edge is named
 * on the cards' canvas ("Busan — serves goal — Global hub city"). Worked out for one node when its card is
 * focused: one pass over the edges, however large the strategy.
 */
export function relationsOf(
  nodeId: string,
  edges: readonly FlowEdge[],
  nodes: readonly FlowNode[],
  t: Translate,
  language: Language,
): CardRelation[] {
  const own = edges.filter((edge) => edge.source === nodeId || edge.target === nodeId);
  if (own.length === 0) return [];
  const index = indexById(nodes);
  const nameOf = (id: string) => {
    const node = index.get(id);
    // A record of a kind this version does not know goes by its id, as its edge does.
    if (!node || !(NODE_KINDS as readonly string[]).includes(node.type)) return id;
    const strategyNode = toStrategyNode(node);
    // Said as the card says it, as the edges on the cards' canvas say it.
    return accessibleName(nodeShownName(strategyNode, language), strategyNode.kind, t);
  };
  const named = own.map((edge) => ({
    edgeId: edge.id,
    other: edge.source === nodeId ? edge.target : edge.source,
    name: relationshipName(
      nameOf(edge.source),
      t(`edge.${edge.data?.kind ?? 'partnersWith'}`),
      nameOf(edge.target),
    ),
  }));
  // In the order of their names, so one is found again where it was.
  return named.sort((a, b) => a.name.localeCompare(b.name, language));
}

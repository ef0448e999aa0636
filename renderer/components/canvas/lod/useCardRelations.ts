import { useCallback, useEffect, type FocusEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../../shared/layout/layoutByKind';
import type { Translate } from '../../../../shared/i18n/translate';
import type { Language } from '../../../../shared/model/graph';
import { indexById, type FlowEdge, type FlowNode } from '../../../store/flow';
import { useAppStore } from '../../../store/StoreContext';
import { focusCardWhenDrawn } from '../canvasFocus';
import { relationsOf, type CardRelationsStore } from './cardRelations';

const cardOf = (target: EventTarget | null): string | null =>
  target instanceof Element
    ? (target.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null)
    : null;

const NOTHING_LEFT_OUT: ReadonlyMap<string, number> = new Map();

/**
 * What cards need to list their node's relationships that are not drawn as edges (see
 * CardRelationships): all of them under the canvas layer, and on the cards' canvas those left
 * out because their far end is not given to it (`leftOut`, `drawn`: see graphNearView). Fills
 * `store`, which the cards read, and gives the focus handlers for the canvas that tell it which
 * card has the keyboard. Following a relationship selects the node at its other end, brings it
 * to the middle of the view at the same zoom, and gives its card the keyboard.
 */
export function useCardRelations(
  store: CardRelationsStore,
  onCanvas: boolean,
  edges: FlowEdge[],
  nodes: FlowNode[],
  t: Translate,
  language: Language,
  drawn: readonly FlowEdge[] = edges,
  leftOut: ReadonlyMap<string, number> = NOTHING_LEFT_OUT,
) {
  const app = useAppStore();
  useEffect(() => {
    const undrawn = () => {
      const kept = new Set(drawn);
      return edges.filter((edge) => !kept.has(edge));
    };
    store.setState({
      relationsOf: onCanvas
        ? (id) => relationsOf(id, edges, nodes, t, language)
        : leftOut.size > 0
          ? (id) => (leftOut.has(id) ? relationsOf(id, undrawn(), nodes, t, language) : [])
          : null,
      leftOut: onCanvas ? NOTHING_LEFT_OUT : leftOut,
      follow: (id) => {
        const state = app.getState();
        const node = indexById(state.nodes).get(id);
        if (!node) return;
        state.selectOnly(id);
        state.viewport?.centreOn(
          { x: node.position.x + NODE_WIDTH / 2, y: node.position.y + NODE_HEIGHT / 2 },
          undefined,
          0,
        );
        focusCardWhenDrawn(id);
      },
    });
  }, [store, app, onCanvas, edges, nodes, t, language, drawn, leftOut]);
  return useFocusHandlers(store);
}

/**
 * The canvas's focus handlers, telling `store` which card has the keyboard. Made in a hook of
 * their own: they live as long as the canvas, and closures made in useCardRelations' body would
 * keep that first render's nodes and edges (and every cache keyed by them) alive with them.
 */
function useFocusHandlers(store: CardRelationsStore) {
  const onFocus = useCallback(
    (event: FocusEvent) => store.setState({ focused: cardOf(event.target) }),
    [store],
  );
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) store.setState({ focused: null });
    },
    [store],
  );
  return { onFocus, onBlur };
}

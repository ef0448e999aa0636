import { useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { accessibleName, type ShownName } from '../../../../shared/model/names';
import type { NodeKind } from '../../../../shared/model/vocabulary';
import { useCardSettings } from '../cardSettings';
import {
  CardRelationsContext,
  createCardRelationsStore,
  type CardRelationsState,
} from './cardRelations';

/** Stands in for the canvas's store where a card is drawn without one (a preview, a test). */
const NONE = createCardRelationsStore();

/**
 * How many of a card's relationships lead to nodes far off-screen that the canvas does not draw
 * (see graphNearView), so a card looks no less connected than it is. Focusing the card lists
 * them (see CardRelationships).
 */
export function OffScreenRelations({ nodeId }: { nodeId: string }) {
  const { t } = useCardSettings();
  const store = useContext(CardRelationsContext) ?? NONE;
  const count = useStore(store, (s: CardRelationsState) => s.leftOut.get(nodeId) ?? 0);
  if (count === 0) return null;
  return <span className="node-off-screen">{t('relationsOffScreen', { count })}</span>;
}

/**
 * The relationships of a card's node, as buttons named like the edges they stand for, while the
 * canvas layer draws those edges where no screen reader or keyboard reaches them. Only the card
 * that has the keyboard lists them, so the kept cards cost nothing more until one is focused.
 * Tab goes from the card through its relationships to the next card; a relationship pressed
 * goes to the node at its other end.
 */
export function CardRelationships({
  nodeId,
  shown,
  kind,
}: {
  nodeId: string;
  /** The node's name as its card shows it. */
  shown: ShownName;
  kind: NodeKind;
}) {
  const { t } = useCardSettings();
  const store = useContext(CardRelationsContext) ?? NONE;
  const listed = useStore(store, (s: CardRelationsState) =>
    s.focused === nodeId ? s.relationsOf : null,
  );
  const relations = useMemo(() => listed?.(nodeId) ?? [], [listed, nodeId]);
  if (relations.length === 0) return null;
  return (
    // Keys and pointers on the list are its own, not the card's (React Flow's nokey, nodrag).
    <ul
      className="card-relations visually-hidden nokey nodrag nopan"
      aria-label={t('relationsOf', { name: accessibleName(shown, kind, t) })}
    >
      {relations.map((relation) => (
        <li key={relation.edgeId}>
          <button
            type="button"
            // Enter and Space press the button: not the canvas's keys for the empty canvas.
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
            }}
            onClick={(event) => {
              // Not a click on the card, which would select the card's node instead.
              event.stopPropagation();
              store.getState().follow(relation.other);
            }}
          >
            {relation.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The class on React Flow's wrapper, the canvas's own focus target. */
export const FLOW_CLASS = 'strategy-flow';

/**
 * Gives the canvas the keyboard: after a delete the focused card is gone, and the canvas is where
 * the user goes on (select, paste, undo) without searching for their place.
 */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>(`.${FLOW_CLASS}`)?.focus();
}

/** Focuses a node's card, when it is drawn; whether it was. */
export function focusCard(nodeId: string): boolean {
  const selector = `.${FLOW_CLASS} .react-flow__node[data-id="${nodeId.replace(/["\\]/g, '\\$&')}"]`;
  const card = document.querySelector<HTMLElement>(selector);
  card?.focus();
  return !!card;
}

/** The node whose card an event came from, if it came from a card (not a field on it). */
export function cardIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node'))
    return null;
  return target.dataset.id ?? null;
}

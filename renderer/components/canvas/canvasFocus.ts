import { INSPECTOR_ID } from '../inspector/inspectorFocus';
import { cardsInReadingOrder } from './cardTabOrder';
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

/** Frames to wait for a node's card to be drawn before giving up focusing it. */
const FOCUS_FRAMES = 30;

/**
 * Focuses a node's card once it is drawn: after the view moves to it, React Flow draws it a few
 * frames later. Gives up if it is not drawn by then, or once `stillWanted` says the user went on.
 */
export function focusCardWhenDrawn(nodeId: string, stillWanted: () => boolean = () => true) {
  let frames = 0;
  const attempt = () => {
    if (!stillWanted() || focusCard(nodeId) || ++frames > FOCUS_FRAMES) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The node whose card an event came from, if it came from a card (not a field on it). */
export function cardIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node'))
    return null;
  return target.dataset.id ?? null;
}

/**
 * Hands the keyboard on when what has it leaves the page, so keys and Tab go on from there
 * rather than from the top of the page: from a card (the view moved away and React Flow
 * stopped drawing it), to the canvas; from an inspector field, to the inspector while it still
 * shows a node's fields, else (the node undone, deleted, or taken away by a peer) to the canvas.
 * Listened for natively: React hears no blur while it commits, and they go in a commit.
 * Returns the call that stops it.
 */
export function keepKeyboardOnCanvas(): () => void {
  const onFocusOut = (event: FocusEvent) => {
    const left = event.target;
    if (event.relatedTarget !== null || !(left instanceof HTMLElement)) return;
    const fromCard = cardIdOf(left) !== null && left.closest(`.${FLOW_CLASS}`) !== null;
    const inspector = left.closest<HTMLElement>(`#${INSPECTOR_ID}`);
    if (!fromCard && (!inspector || left === inspector)) return;
    queueMicrotask(() => {
      if (left.isConnected || document.activeElement !== document.body) return;
      if (inspector?.isConnected && inspector.querySelector('input, select, textarea'))
        inspector.focus();
      else focusCanvas();
    });
  };
  document.addEventListener('focusout', onFocusOut, true);
  return () => document.removeEventListener('focusout', onFocusOut, true);
}

/**
 * Tab from the canvas itself goes to its cards: React Flow puts every relationship line before
 * the cards in the page, and a map of a hundred lines would take a hundred Tabs to reach its
 * first card. The selected card first, where it is drawn, else the first in reading order; the
 * lines stay reachable, Shift+Tab from the first card, and each card's relationships are in the
 * inspector. Whether it moved.
 */
export function tabIntoCards(event: {
  key: string;
  shiftKey: boolean;
  target: EventTarget | null;
}): boolean {
  const flow = event.target;
  if (event.key !== 'Tab' || event.shiftKey || !(flow instanceof HTMLElement)) return false;
  if (!flow.classList.contains(FLOW_CLASS)) return false;
  const card =
    flow.querySelector<HTMLElement>('.react-flow__node.selected[tabindex="0"]') ??
    cardsInReadingOrder(flow)[0];
  card?.focus();
  return !!card;
}

/**
 * Escape on a card or a line: React Flow unselects it and takes the keyboard off it, to the
 * page, where Tab starts over from the top. It stays on what it was on, now unselected (and
 * Escape that leaves a focus keeps it there too).
 */
export function keepKeyboardOnEscape(event: { key: string; target: EventTarget | null }): void {
  const element = event.target;
  if (event.key !== 'Escape' || !(element instanceof Element)) return;
  if (!element.matches('.react-flow__node, .react-flow__edge')) return;
  // React Flow lets go of a card at the next frame: taken back after it.
  requestAnimationFrame(() => {
    if (element.isConnected && document.activeElement !== element) (element as HTMLElement).focus();
  });
}

/*
 * Tab goes from card to card in reading order: row by row from the top, each row left to right,
 * as the map is laid out. React Flow puts the cards in the page in the strategy's own order, the
 * order they were added in, which on the sample reached the vision last.
 */

import { tabStops } from '../tabStops';

const CARD = '.react-flow__node[tabindex="0"]';

/** The cards in the page, row by row from the top and each row from the left. */
export function cardsInReadingOrder(flow: Element): HTMLElement[] {
  const placed = [...flow.querySelectorAll<HTMLElement>(CARD)]
    .map((card) => ({ card, box: card.getBoundingClientRect() }))
    .sort((a, b) => a.box.top - b.box.top);
  const rows: (typeof placed)[] = [];
  for (const item of placed) {
    const row = rows.at(-1);
    // Cards whose tops lie within half a card of the row's first are read as one row.
    if (row && item.box.top - row[0]!.box.top < row[0]!.box.height / 2) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.left - b.box.left).map((i) => i.card));
}

/** The controls after `container` in the page's Tab order. */
function focusablesAfter(container: Element): HTMLElement[] {
  return tabStops(document).filter(
    (element) =>
      !container.contains(element) &&
      container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

/**
 * Tab or Shift+Tab pressed on a card, or on the last of the relationship buttons a focused card
 * lists, goes to the next or previous card in reading order; past the last card, on to what
 * follows the cards; before the first, back to the relationship lines, which come before the
 * cards in the page. Whether it moved the keyboard.
 */
export function tabInReadingOrder(event: {
  key: string;
  shiftKey: boolean;
  target: EventTarget | null;
}): boolean {
  if (event.key !== 'Tab' || !(event.target instanceof HTMLElement)) return false;
  const from = event.target.closest<HTMLElement>(CARD);
  const cardsBox = from?.parentElement;
  const flow = from?.closest('.react-flow');
  if (!from || !cardsBox || !flow) return false;
  const buttons = from.querySelectorAll<HTMLElement>('button');
  const onCard = event.target === from;
  // Through a card's own relationship buttons, and back from them to it, the page's order holds.
  if (
    event.shiftKey
      ? !onCard
      : event.target !== (buttons.length ? buttons[buttons.length - 1] : from)
  )
    return false;
  const cards = cardsInReadingOrder(flow);
  const next = cards[cards.indexOf(from) + (event.shiftKey ? -1 : 1)];
  // Lines drawn as the zoomed-out picture are hidden from the page: then the canvas itself.
  const lines = [...flow.querySelectorAll<SVGElement>('.react-flow__edge[tabindex="0"]')];
  const candidates = event.shiftKey
    ? [next, lines.findLast((line) => line.checkVisibility()), flow]
    : [next, ...focusablesAfter(cardsBox)];
  return candidates.some((to) => {
    // A line is an SVG element, a card or a control an HTML one: both take the keyboard.
    if (!(to instanceof HTMLElement || to instanceof SVGElement)) return false;
    to.focus();
    return document.activeElement === to;
  });
}

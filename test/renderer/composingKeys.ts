import { fireEvent } from '@testing-library/react';

/**
 * The Enter that ends a Korean syllable still being composed, as Chromium and Firefox send it
 * (marked as composing) and as WebKit does (by its key code alone).
 */
export function pressEnterEndingSyllable(field: HTMLElement) {
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 229, isComposing: true });
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 });
}

/** The Enter the browser sends once the syllable is in. */
export function pressEnter(field: HTMLElement) {
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 });
}

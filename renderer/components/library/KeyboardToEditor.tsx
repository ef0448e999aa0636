import { useEffect } from 'react';
import { FLOW_CLASS } from '../canvas/canvasFocus';
import { keyboardIsLost } from '../workshop/workshopFocus';

/**
 * Gives the keyboard to a strategy just opened from the library, once its editor is on the
 * page: the button that opened it went with the library, and Tab would start over from the top
 * of the page. The canvas takes it, or where the strategy opens on another view, that view's
 * tab. Left where it is if the user has already put it somewhere.
 */
export function KeyboardToEditor({ onGiven }: { onGiven(): void }) {
  useEffect(() => {
    if (keyboardIsLost())
      (
        document.querySelector<HTMLElement>(`.${FLOW_CLASS}`) ??
        document.querySelector<HTMLElement>('.view-tabs [role="tab"][aria-selected="true"]')
      )?.focus();
    onGiven();
  }, [onGiven]);
  return null;
}

import { useEffect, useState } from 'react';

/** How long the pointer lies still before the slide controls and the cursor step aside. */
const POINTER_REST_MS = 3000;

/**
 * Whether the pointer has lain still for a while, as a video player or a slide show judges it:
 * while presenting, the room then sees the whole slide, with no controls or cursor over a card.
 * Any move or press brings them back; keys do not, so a clicker steps through slides unseen.
 */
export function usePointerResting(active: boolean): boolean {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => setResting(true), POINTER_REST_MS);
    const wake = () => {
      setResting(false);
      clearTimeout(timer);
      timer = setTimeout(() => setResting(true), POINTER_REST_MS);
    };
    window.addEventListener('pointermove', wake, true);
    window.addEventListener('pointerdown', wake, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake, true);
      window.removeEventListener('pointerdown', wake, true);
      setResting(false);
    };
  }, [active]);
  return resting;
}

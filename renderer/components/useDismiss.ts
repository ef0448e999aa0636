import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, a press outside `container`, the keyboard leaving it for something else, or
 * Escape wherever the keyboard is, calls `dismiss`: a popup left open would cover what the user
 * went on to use. The Escape that closes it goes no further (it would also leave a focus).
 */
export function useDismiss(
  open: boolean,
  container: RefObject<HTMLElement | null>,
  dismiss: (reason: 'outside' | 'escape') => void,
): void {
  // The latest callback, so a popup that re-renders does not add and remove its listeners.
  const latest = useRef(dismiss);
  useEffect(() => {
    latest.current = dismiss;
  });
  useEffect(() => {
    const box = container.current;
    if (!open || !box) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !box.contains(target);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) latest.current('outside');
    };
    // A press on the popup's own padding moves the keyboard nowhere: that is not leaving it.
    const onFocusOut = (event: FocusEvent) => {
      if (outside(event.relatedTarget)) latest.current('outside');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      latest.current('escape');
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    box.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      box.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, container]);
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, a press anywhere outside `container`, or Escape wherever the keyboard is,
 * calls `dismiss`: a popup left open would cover what the user went on to use.
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
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) latest.current('outside');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') latest.current('escape');
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, container]);
}

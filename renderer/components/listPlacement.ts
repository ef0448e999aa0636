import { useCallback, useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** About one option's height: less room than this on a side is no room for the list there. */
const OPTION_HEIGHT = 32;
/** Kept between the list and the edge of what is seen. */
const LIST_MARGIN = 4;

/** Where the list opens, and how tall it may be there so it stays in sight. */
interface ListPlacement {
  up: boolean;
  maxHeight: number;
}

/**
 * What of the window is seen around an element, top to bottom: cut by every ancestor that clips
 * (the inspector and the dialogs scroll), since a list opened past its edge is out of sight too.
 */
function seenBounds(element: HTMLElement): { top: number; bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === '' || overflow === 'visible') continue;
    const box = at.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  return { top, bottom };
}

/**
 * Below the field while it fits there, else on the side with more room; no taller than that room,
 * so every option the arrow keys reach, and Enter chooses, can be seen.
 */
function placeList(field: HTMLElement, list: HTMLElement, tallest: number): ListPlacement {
  const seen = seenBounds(field);
  const box = field.getBoundingClientRect();
  const below = seen.bottom - box.bottom - LIST_MARGIN;
  const above = box.top - seen.top - LIST_MARGIN;
  const wanted = Math.min(tallest, Math.max(list.scrollHeight, OPTION_HEIGHT));
  const up = below < wanted && above > below;
  const room = up ? above : below;
  return { up, maxHeight: Math.max(OPTION_HEIGHT, Math.min(tallest, Math.floor(room))) };
}

interface ListPlacementOptions {
  /** Whether the list is shown. */
  open: boolean;
  /**
   * What the list opens against: its CSS places the list below this, or above with `opens-up`.
   * Named …Ref, as React's compiler knows refs by name: a layout effect may measure them.
   */
  fieldRef: RefObject<HTMLElement | null>;
  listRef: RefObject<HTMLElement | null>;
  /** The list's tallest, as in its CSS. */
  maxHeight: number;
  /** Changes as the options do: the list is placed again for them. */
  optionsKey: unknown;
  /** The option the arrow keys are on, if any. */
  activeOptionId: string | undefined;
}

/**
 * Places a combobox's suggestion list where it is seen: below its field, or above it near the
 * window's foot (a 768-pixel screen, the inspector scrolled to its end), and no taller than the
 * room there. The list takes `opensUp` as its `opens-up` class, and `style`.
 */
export function useListPlacement({
  open,
  fieldRef,
  listRef,
  maxHeight,
  optionsKey,
  activeOptionId,
}: ListPlacementOptions): { opensUp: boolean; style: CSSProperties | undefined } {
  const [placement, setPlacement] = useState<ListPlacement | null>(null);

  const place = useCallback(() => {
    if (!fieldRef.current || !listRef.current) return;
    const next = placeList(fieldRef.current, listRef.current, maxHeight);
    setPlacement((last) =>
      last?.up === next.up && last.maxHeight === next.maxHeight ? last : next,
    );
  }, [fieldRef, listRef, maxHeight]);

  // The field is often at the foot of a panel, scrolled to: all of it comes into sight as the
  // list opens, so the list is placed beside a field that is seen.
  useLayoutEffect(() => {
    // jsdom has no scrollIntoView.
    if (open) fieldRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open, fieldRef]);

  // Placed before it is painted, again as its options change, and as the window or a panel
  // moves under it.
  useLayoutEffect(() => {
    if (!open) return;
    place();
    window.addEventListener('resize', place);
    document.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', place, true);
    };
  }, [open, optionsKey, place]);

  // The option the arrow keys are on is the one Enter chooses: it is kept in sight, as they move
  // and as the options or the list's room change under it.
  useLayoutEffect(() => {
    if (!open || activeOptionId === undefined) return;
    document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeOptionId, optionsKey, placement]);

  return {
    opensUp: placement?.up ?? false,
    style: placement ? { maxHeight: placement.maxHeight } : undefined,
  };
}

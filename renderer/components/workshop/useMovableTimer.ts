import {
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';

interface Offset {
  x: number;
  y: number;
}

/** Where the user last moved the timer to: a timer started again comes back there. */
let movedBy: Offset = { x: 0, y: 0 };

/** Arrow keys move the timer this far, and ten times as far with Shift. */
const KEY_STEP = 16;

const ARROWS: Record<string, Offset> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** The offset nearest `wanted` that keeps the element, now at `current`, wholly in its parent. */
function insideParent(element: HTMLElement, current: Offset, wanted: Offset): Offset {
  const area = element.offsetParent?.getBoundingClientRect();
  if (!area) return current;
  const box = element.getBoundingClientRect();
  const left = box.left - current.x + wanted.x;
  const top = box.top - current.y + wanted.y;
  return {
    x: wanted.x + Math.max(area.left - left, Math.min(0, area.right - (left + box.width))),
    y: wanted.y + Math.max(area.top - top, Math.min(0, area.bottom - (top + box.height))),
  };
}

/**
 * The timer moved by `offset` from its place, always wholly inside the canvas, also as the
 * window or the canvas shrinks: the facilitator moves it off what it covers (the sample's
 * vision sits where it opens). `movable` is false while it has no place of its own to keep (not
 * shown, docked, or presenting), and the offset is then not to be applied.
 */
export function useMovableTimer(section: RefObject<HTMLElement | null>, movable: boolean) {
  const [offset, setOffset] = useState(movedBy);
  // Said when an arrow key could not move it further: otherwise the key seems to do nothing.
  const [atEdge, setAtEdge] = useState(false);
  const drag = useRef<{ pointer: Offset; from: Offset } | null>(null);
  const moveTo = (wanted: Offset): boolean => {
    if (!section.current) return false;
    const next = insideParent(section.current, offset, wanted);
    movedBy = next;
    setOffset(next);
    return next.x !== offset.x || next.y !== offset.y;
  };

  useLayoutEffect(() => {
    const element = section.current;
    const area = element?.offsetParent;
    if (!movable || !element || !area) return;
    const refit = () =>
      setOffset((current) => {
        const next = insideParent(element, current, current);
        if (next.x === current.x && next.y === current.y) return current;
        movedBy = next;
        return next;
      });
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(area);
    return () => observer.disconnect();
  }, [movable, section]);

  const grip = {
    onPointerDown(event: PointerEvent<HTMLButtonElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      setAtEdge(false);
      drag.current = { pointer: { x: event.clientX, y: event.clientY }, from: offset };
    },
    onPointerMove(event: PointerEvent<HTMLButtonElement>) {
      const started = drag.current;
      if (!started) return;
      moveTo({
        x: started.from.x + event.clientX - started.pointer.x,
        y: started.from.y + event.clientY - started.pointer.y,
      });
    },
    onPointerUp() {
      drag.current = null;
    },
    onPointerCancel() {
      drag.current = null;
    },
    onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
      const arrow = ARROWS[event.key];
      if (!arrow || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const step = event.shiftKey ? KEY_STEP * 10 : KEY_STEP;
      setAtEdge(!moveTo({ x: offset.x + arrow.x * step, y: offset.y + arrow.y * step }));
    },
    onBlur() {
      setAtEdge(false);
    },
  };
  return { offset: movable ? offset : null, grip, atEdge };
}

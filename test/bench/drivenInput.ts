import type { Page } from '@playwright/test';
import { frameFigures } from './inPage';

/** One input a gesture sends in one animation frame. */
export type InputStep =
  | { type: 'down' | 'move' | 'up'; x: number; y: number }
  | { type: 'wheel'; x: number; y: number; deltaY: number };

/**
 * Sends `steps` from inside the page, one in each animation frame, and returns the frame
 * intervals as `frames` does. A gesture sent from the test leaves the page idle between two of
 * its steps while the test's round trip runs, and an idle page draws frames at 60 Hz, frame cap
 * or not: those count as frames of the gesture, for a page slower than the round trip most of
 * all. Sent from the page, every frame carries a step, and the rate is how many the page can
 * follow.
 *
 * The events are those a mouse makes, in the browser's order: pointer events, then the mouse
 * events they stand for (none while a cancelled press holds), aimed at the element under the
 * pointer, and a click when the press ends where it began.
 */
export async function drivenFrames(page: Page, steps: InputStep[]) {
  const intervals = await page.evaluate(
    (sent) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        let last: number | null = null;
        let next = 0;
        let pressedOn: Element | null = null;
        let mouseEventsHeld = false;
        const under = (x: number, y: number) => document.elementFromPoint(x, y) ?? document.body;
        const pointer = (type: 'down' | 'move' | 'up', x: number, y: number) => {
          const target = under(x, y);
          const buttons = type === 'up' ? 0 : type === 'down' || pressedOn ? 1 : 0;
          const init = {
            clientX: x,
            clientY: y,
            button: 0,
            buttons,
            bubbles: true,
            cancelable: true,
            composed: true,
            view: window,
          };
          const kept = target.dispatchEvent(
            new PointerEvent(`pointer${type}`, {
              ...init,
              pointerId: 1,
              pointerType: 'mouse',
              isPrimary: true,
            }),
          );
          if (type === 'down') mouseEventsHeld = !kept;
          if (!mouseEventsHeld) target.dispatchEvent(new MouseEvent(`mouse${type}`, init));
          if (type === 'down') pressedOn = target;
          if (type === 'up') {
            if (target === pressedOn) target.dispatchEvent(new MouseEvent('click', init));
            pressedOn = null;
            mouseEventsHeld = false;
          }
        };
        const tick = (now: number) => {
          if (last !== null) times.push(now - last);
          last = now;
          const step = sent[next++];
          if (!step) return resolve(times);
          if (step.type === 'wheel')
            under(step.x, step.y).dispatchEvent(
              new WheelEvent('wheel', {
                clientX: step.x,
                clientY: step.y,
                deltaY: step.deltaY,
                deltaMode: WheelEvent.DOM_DELTA_PIXEL,
                bubbles: true,
                cancelable: true,
                composed: true,
                view: window,
              }),
            );
          else pointer(step.type, step.x, step.y);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    steps,
  );
  return frameFigures(intervals);
}

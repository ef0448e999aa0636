/** The longest a write waits for a frame: a hidden or minimised window draws none. */
export const LONGEST_WAIT_MS = 100;

/**
 * Resolves once the frame now being prepared has been drawn: a task queued from an animation
 * frame callback runs after that frame's style, layout and paint. Where no frame comes, it
 * resolves after `LONGEST_WAIT_MS` all the same, so a save never waits on the window being shown.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, LONGEST_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

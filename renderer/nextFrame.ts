/** Longest wait for a frame: a hidden or minimised window draws none, and work must still go on. */
export const FRAME_FALLBACK_MS = 100;

/** Runs `run` once, at the next animation frame (or soon, where there are no frames). */
export function atNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  requestAnimationFrame(once);
  setTimeout(once, FRAME_FALLBACK_MS);
}

/**
 * Resolves once the frame now being prepared has been drawn: a task queued from an animation
 * frame callback runs after that frame's style, layout and paint.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => atNextFrame(() => setTimeout(resolve, 0)));
}

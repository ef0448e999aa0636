const DURATION_MS = 450;

/** Steps an animation on display frames; one final step when the user asks for less motion. */
export function animateOnFrames(step: (progress: number) => void): Promise<void> {
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
    step(1);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const started = performance.now();
    const frame = (now: number) => {
      const progress = Math.min((now - started) / DURATION_MS, 1);
      step(progress);
      if (progress < 1) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Runs `run` once the page has nothing else to do, or after `timeoutMs` at the latest: for
 * fetching what the next screen needs while this one is read or typed in.
 */
export function whenPageIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 200);
}

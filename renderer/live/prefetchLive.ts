/**
 * Someone on a join form is about to join: the sync client, Yjs and the local copy's store are
 * fetched and compiled while they type, not after they press "Join".
 */
export function prefetchLive(): void {
  const load = () => {
    void import('./joinSession');
    void import('./liveSession');
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 200);
}

import { whenPageIdle } from '../whenPageIdle';

/**
 * Someone on a join form is about to join: the sync client, Yjs and the local copy's store are
 * fetched and compiled while they type, not after they press "Join".
 */
export function prefetchLive(): void {
  whenPageIdle(() => {
    void import('./joinSession');
    void import('./liveSession');
  }, 1000);
}

import type { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * Resolves true once the server has acknowledged everything this copy sent through `provider`
 * (after a reconnection, once the sync that follows it is done too), or false when `signal`
 * aborts first. The server acknowledges each update it applies, and a sync reply as well.
 */
export function serverHasAll(provider: HocuspocusProvider, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (value: boolean) => {
      provider.off('synced', check);
      provider.off('unsyncedChanges', check);
      signal.removeEventListener('abort', check);
      resolve(value);
    };
    function check() {
      if (signal.aborted) finish(false);
      else if (provider.isSynced && !provider.hasUnsyncedChanges) finish(true);
    }
    provider.on('synced', check);
    provider.on('unsyncedChanges', check);
    signal.addEventListener('abort', check);
    check();
  });
}

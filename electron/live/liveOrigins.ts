import { contentSecurityPolicy, liveSyncOrigin } from '../../shared/host/contentSecurityPolicy';

/**
 * The live servers the desktop page may connect to: the one it hosts, and those it was asked
 * to join. Kept in main, so the renderer can add an address only through a checked request,
 * and the policy of every page load is built from them.
 */
export function createLiveOrigins() {
  const origins = new Set<string>();
  return {
    /** Adds a sync endpoint's origin; false when it is not one. */
    allow(syncUrl: string): boolean {
      const origin = liveSyncOrigin(syncUrl);
      if (!origin) return false;
      origins.add(origin);
      return true;
    },
    list: (): string[] => [...origins],
    /** The page's policy as of now: a page loaded earlier keeps the policy it came with. */
    policy: (): string => contentSecurityPolicy([...origins]),
  };
}

export type LiveOrigins = ReturnType<typeof createLiveOrigins>;

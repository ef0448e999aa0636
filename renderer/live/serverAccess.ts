import { z } from 'zod';
import type { DesktopLiveApi } from '../../shared/host/bridge';
import { liveSyncOrigin } from '../../shared/host/contentSecurityPolicy';
import { liveRecordSchema } from './liveRecords';

/**
 * The desktop page may connect only to the live servers its content security policy names,
 * and a policy is fixed when the page loads. A server it has not loaded with is allowed in
 * main, then the page reloads and goes on with what it was doing (kept here for the visit).
 */
const PENDING_KEY = 'cdw.live.pending';
const RELOADED_PREFIX = 'cdw.live.reloaded:';

const pendingSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('host'), strategyId: z.string(), record: liveRecordSchema }),
  z.object({ type: z.literal('join'), address: z.string(), code: z.string(), name: z.string() }),
]);
export type PendingLive = z.infer<typeof pendingSchema>;

function visitStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Whether this page's policy lets it open a websocket to `syncUrl`. */
export function pageMayConnect(syncUrl: string, doc: Document = document): boolean {
  const origin = liveSyncOrigin(syncUrl);
  if (!origin) return false;
  // The server's own page: its sync endpoint is 'self'.
  if (new URL(syncUrl).host === doc.location?.host) return true;
  const policy = doc
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute('content');
  // The development server runs without a policy.
  if (!policy) return true;
  const connect = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find((directive) => directive[0] === 'connect-src');
  return connect?.includes(origin) ?? false;
}

/**
 * True when the page may connect now. Otherwise (desktop only) asks main to allow the server,
 * keeps `pending` and reloads: false then, and the caller stops. One reload per server and
 * visit, so a policy that still refuses it never makes the page reload over and over.
 */
export async function serverReachable(
  desktop: DesktopLiveApi | undefined,
  syncUrl: string,
  pending: PendingLive | null,
  beforeReload: () => Promise<void>,
): Promise<boolean> {
  if (!desktop || pageMayConnect(syncUrl)) return true;
  await desktop.allowServer(syncUrl);
  const storage = visitStorage();
  const reloadedKey = `${RELOADED_PREFIX}${liveSyncOrigin(syncUrl)}`;
  if (!storage || storage.getItem(reloadedKey)) return true;
  storage.setItem(reloadedKey, '1');
  if (pending) storage.setItem(PENDING_KEY, JSON.stringify(pending));
  await beforeReload();
  location.reload();
  return false;
}

/** What the page was doing when it reloaded for a server, once. */
export function takePendingLive<T extends PendingLive['type']>(
  type: T,
): Extract<PendingLive, { type: T }> | null {
  const storage = visitStorage();
  const text = storage?.getItem(PENDING_KEY);
  if (!text) return null;
  let parsed: ReturnType<typeof pendingSchema.safeParse>;
  try {
    parsed = pendingSchema.safeParse(JSON.parse(text));
  } catch {
    storage?.removeItem(PENDING_KEY);
    return null;
  }
  if (!parsed.success) {
    storage?.removeItem(PENDING_KEY);
    return null;
  }
  if (parsed.data.type !== type) return null;
  storage?.removeItem(PENDING_KEY);
  return parsed.data as Extract<PendingLive, { type: T }>;
}

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  joinCodeSchema,
  lobbyDocumentName,
  type LiveServerMessage,
} from '../../shared/host/liveSchemas';

/** Failures pause longer each time on the server; past this the address is taken as wrong. */
const FIND_TIMEOUT_MS = 20_000;

/**
 * Asks the server which strategy a join code opens, through the lobby document: the code is
 * checked there, so a wrong one is refused with the server's reason before anything is shared.
 */
export function findSession(request: {
  syncUrl: string;
  code: string;
  name: string;
  participantId: string;
}): Promise<{ ok: true; strategyId: string } | { ok: false; reason: string }> {
  const code = joinCodeSchema.safeParse(request.code);
  if (!code.success) return Promise.resolve({ ok: false, reason: 'wrong-code' });
  return new Promise((resolve) => {
    let provider: HocuspocusProvider | null = null;
    let socket: HocuspocusProviderWebsocket | null = null;
    let settled = false;
    const finish = (outcome: { ok: true; strategyId: string } | { ok: false; reason: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // After this turn: the provider may still be inside the handler that called us.
      setTimeout(() => {
        provider?.destroy();
        socket?.destroy();
      }, 0);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'unreachable' }), FIND_TIMEOUT_MS);
    try {
      socket = new HocuspocusProviderWebsocket({ url: request.syncUrl, maxAttempts: 3 });
      provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: lobbyDocumentName(request.participantId),
        document: new Y.Doc(),
        token: JSON.stringify({
          code: code.data,
          name: request.name,
          participantId: request.participantId,
        }),
        onStateless: ({ payload }) => {
          try {
            const message = JSON.parse(payload) as LiveServerMessage;
            if (message.type === 'joined' && typeof message.strategyId === 'string')
              finish({ ok: true, strategyId: message.strategyId });
          } catch {
            // Not a message of this server's.
          }
        },
        onAuthenticationFailed: ({ reason }) => finish({ ok: false, reason }),
      });
      provider.attach();
    } catch {
      finish({ ok: false, reason: 'bad-address' });
    }
  });
}

import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import {
  LIVE_IPC_CHANNELS,
  liveAllowServerRequestSchema,
  liveParticipantRequestSchema,
  liveSetRoleRequestSchema,
  liveStartRequestSchema,
  liveStrategyRequestSchema,
  type LiveAddress,
  type LiveParticipant,
  type LiveServerInfo,
  type LiveSessionInfo,
} from '../../shared/host/liveSchemas';
import {
  assertTrustedSender,
  IpcRejected,
  parseIpcArgument,
  type IpcEventLike,
  type IpcMainLike,
} from '../ipcHandlers';
import { createLiveOrigins, type LiveOrigins } from './liveOrigins';
import { startLiveServer, type LiveServerHandle, type LiveServerOptions } from './liveServer';
import { liveAddresses } from './networkAddresses';

/** What hosting a session from the desktop app needs, injected so tests can stand in. */
export interface LiveIpcDeps {
  startLiveServer(options: LiveServerOptions): Promise<LiveServerHandle>;
  networkInterfaces(): NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** The built renderer, served to those who join from a browser. */
  staticRoot: string;
  persistenceDir: string;
  /** The live servers the app's page may connect to (its content security policy). */
  origins?: LiveOrigins;
  log?: (message: string) => void;
}

export function createLiveIpc(deps: LiveIpcDeps) {
  const origins = deps.origins ?? createLiveOrigins();
  // Failures nobody waits on still reach a log.
  const report = deps.log ?? ((message: string) => console.error(message));
  let server: LiveServerHandle | null = null;
  // Starting and stopping take turns: a second start must not race the first for the port.
  let turn: Promise<unknown> = Promise.resolve();
  let turnsPending = 0;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    turnsPending += 1;
    const run = turn.then(work, work).finally(() => (turnsPending -= 1));
    turn = run.catch(() => undefined);
    return run;
  };

  const running = (): LiveServerHandle => {
    if (!server) throw new Error('The live server is not running');
    return server;
  };
  const info = (handle: LiveServerHandle): LiveServerInfo => ({
    host: handle.host,
    port: handle.port,
    url: handle.url,
  });
  const stop = () =>
    inTurn(async () => {
      const stopping = server;
      server = null;
      await stopping?.stop();
    });

  const C = LIVE_IPC_CHANNELS;
  const handlers = {
    async [C.addresses](event: IpcEventLike): Promise<LiveAddress[]> {
      assertTrustedSender(event, C.addresses);
      return liveAddresses(deps.networkInterfaces());
    },
    async [C.start](event: IpcEventLike, request: unknown): Promise<LiveServerInfo> {
      assertTrustedSender(event, C.start);
      const { host, port } = parseIpcArgument(liveStartRequestSchema, request, C.start);
      // Only an address of this machine: the renderer cannot make main listen anywhere else.
      if (!liveAddresses(deps.networkInterfaces()).some((known) => known.address === host))
        throw new IpcRejected(`${C.start}: not an address of this machine`);
      return inTurn(async () => {
        if (server && server.host === host && (port === undefined || port === server.port))
          return info(server);
        // The running server stops first, so its sessions are saved before the new one reads
        // them. If the new one cannot open its port, the old one comes back where it was, with
        // its sessions, and its participants reconnect to it: a refused start changes nothing.
        const previous = server;
        server = null;
        await previous
          ?.stop()
          .catch((error: unknown) =>
            report(`live: the previous server did not stop cleanly: ${String(error)}`),
          );
        const options = {
          staticRoot: deps.staticRoot,
          persistenceDir: deps.persistenceDir,
          ...(deps.log ? { log: deps.log } : {}),
        };
        try {
          server = await deps.startLiveServer({ ...options, host, port: port ?? 0 });
        } catch (error) {
          if (previous)
            server = await deps
              .startLiveServer({ ...options, host: previous.host, port: previous.port })
              .catch((again: unknown) => {
                report(`live: the previous server could not start again: ${String(again)}`);
                return null;
              });
          throw error;
        }
        origins.allow(server.syncUrl);
        return info(server);
      });
    },
    async [C.stop](event: IpcEventLike): Promise<void> {
      assertTrustedSender(event, C.stop);
      await stop();
    },
    async [C.openSession](event: IpcEventLike, request: unknown): Promise<LiveSessionInfo> {
      assertTrustedSender(event, C.openSession);
      const { strategyId } = parseIpcArgument(liveStrategyRequestSchema, request, C.openSession);
      return running().openSession(strategyId);
    },
    async [C.closeSession](event: IpcEventLike, request: unknown): Promise<void> {
      assertTrustedSender(event, C.closeSession);
      const { strategyId } = parseIpcArgument(liveStrategyRequestSchema, request, C.closeSession);
      await running().closeSession(strategyId);
    },
    async [C.setRole](event: IpcEventLike, request: unknown): Promise<void> {
      assertTrustedSender(event, C.setRole);
      const { strategyId, participantId, role } = parseIpcArgument(
        liveSetRoleRequestSchema,
        request,
        C.setRole,
      );
      await running().setRole(strategyId, participantId, role);
    },
    async [C.removeParticipant](event: IpcEventLike, request: unknown): Promise<void> {
      assertTrustedSender(event, C.removeParticipant);
      const { strategyId, participantId } = parseIpcArgument(
        liveParticipantRequestSchema,
        request,
        C.removeParticipant,
      );
      await running().removeParticipant(strategyId, participantId);
    },
    async [C.allowServer](event: IpcEventLike, request: unknown): Promise<void> {
      assertTrustedSender(event, C.allowServer);
      const { syncUrl } = parseIpcArgument(liveAllowServerRequestSchema, request, C.allowServer);
      if (!origins.allow(syncUrl)) throw new IpcRejected(`${C.allowServer}: not a sync address`);
    },
    async [C.participants](event: IpcEventLike, request: unknown): Promise<LiveParticipant[]> {
      assertTrustedSender(event, C.participants);
      const { strategyId } = parseIpcArgument(liveStrategyRequestSchema, request, C.participants);
      return running().participants(strategyId);
    },
  };

  return {
    handlers,
    origins,
    stop,
    isRunning: () => server !== null,
    /**
     * For the app's will-quit: a running server holds the quit until its documents are on disk,
     * then quits again (when nothing is left running, so the second pass goes through).
     */
    onWillQuit(event: { preventDefault(): void }, quit: () => void): void {
      if (!server && turnsPending === 0) return;
      event.preventDefault();
      // Quitting goes on even if the sessions could not be saved; the failure is logged.
      void stop()
        .catch((error) => report(`live: stopping for the quit failed: ${String(error)}`))
        .finally(quit);
    },
  };
}

/** Registers the handlers on Electron's ipcMain; what is not given comes from Node. */
export function registerLiveIpc(
  ipcMain: IpcMainLike,
  deps: Pick<LiveIpcDeps, 'staticRoot' | 'persistenceDir'> & Partial<LiveIpcDeps>,
) {
  const live = createLiveIpc({ startLiveServer, networkInterfaces, ...deps });
  for (const [channel, handler] of Object.entries(live.handlers))
    ipcMain.handle(channel, (event, arg) => handler(event, arg));
  return live;
}

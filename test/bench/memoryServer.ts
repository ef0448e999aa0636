// The live server in a process of its own, for the bench's memory figure: its heap then holds the
// server alone, not the test worker's clients, strategies and earlier garbage. Bundled and forked
// by live.bench.spec.ts with --expose-gc; it answers the messages below over the IPC channel.
import { startLiveServer } from '../../electron/live/liveServer';
import { strategyDocumentName } from '../../shared/host/liveSchemas';

export type MemoryServerRequest =
  | { type: 'openSession'; strategyId: string }
  | { type: 'closeSession'; strategyId: string }
  | { type: 'heapUsed' }
  | { type: 'nodesOnServer'; strategyId: string };

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('Run with --expose-gc');

/** Heap in use once nothing collectable is left: a few full collections, settled. */
async function settledHeapUsed(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    collectGarbage!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  collectGarbage!();
  return process.memoryUsage().heapUsed;
}

const [persistenceDir, adminToken] = process.argv.slice(2);
const server = await startLiveServer({
  host: '127.0.0.1',
  port: 0,
  persistenceDir: persistenceDir!,
  adminToken: adminToken!,
  connectionsPerMinute: 0,
});

async function answer(request: MemoryServerRequest): Promise<unknown> {
  switch (request.type) {
    case 'openSession':
      return server.openSession(request.strategyId);
    case 'closeSession':
      return server.closeSession(request.strategyId);
    case 'heapUsed':
      return settledHeapUsed();
    case 'nodesOnServer':
      return (
        server.hocuspocus.documents.get(strategyDocumentName(request.strategyId))?.getMap('nodes')
          .size ?? 0
      );
  }
}

process.on('message', (message: { id: number; request: MemoryServerRequest }) => {
  void answer(message.request).then(
    (result) => process.send!({ id: message.id, result }),
    (error: Error) => process.send!({ id: message.id, error: error.message }),
  );
});
process.on('disconnect', () => void server.stop().then(() => process.exit(0)));
process.send!({ id: 0, result: { syncUrl: server.syncUrl } });

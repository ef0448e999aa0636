/**
 * One window edits a strategy at a time. The editing window holds a Web Lock named after the
 * strategy for as long as it has it open; another window opening it gets it read-only. "Edit
 * here instead" asks the holder (over a BroadcastChannel) to save and let go, then takes the
 * lock; a holder that does not answer in time has the lock taken from it.
 */
export type Claim = 'editing' | 'readOnly';

export interface StrategyOwnership {
  /** Takes editing of a strategy if no other window has it. */
  claim(strategyId: string): Promise<Claim>;
  /** Asks the window editing the strategy to hand it over, and takes it. */
  takeOver(strategyId: string): Promise<void>;
  release(strategyId: string): void;
  /** Whether another window is editing the strategy. */
  heldElsewhere(strategyId: string): Promise<boolean>;
  /**
   * Called when another window wants a strategy this one edits, and when this window lost it
   * anyway. `letGo` resolves once the strategy is saved and read-only here.
   */
  onHandover(letGo: (strategyId: string) => Promise<void>): void;
}

const lockName = (strategyId: string) => `city-diplomacy-workbench:strategy:${strategyId}`;
const CHANNEL = 'city-diplomacy-workbench:ownership';
/** How long a holder has to save and let go before its lock is taken. */
const HANDOVER_TIMEOUT_MS = 5000;

interface HandoverRequest {
  type: 'handover';
  strategyId: string;
}

export function createLockOwnership(
  locks: LockManager = navigator.locks,
  channel: BroadcastChannel = new BroadcastChannel(CHANNEL),
): StrategyOwnership {
  const held = new Map<string, () => void>();
  let letGo: (strategyId: string) => Promise<void> = async () => {};

  channel.addEventListener('message', (event: MessageEvent<HandoverRequest>) => {
    const { type, strategyId } = event.data ?? {};
    if (type !== 'handover' || !held.has(strategyId)) return;
    void letGo(strategyId).finally(() => release(strategyId));
  });

  function release(strategyId: string): void {
    held.get(strategyId)?.();
    held.delete(strategyId);
  }

  /** Requests the lock and keeps it until released; resolves whether it was granted. */
  function hold(strategyId: string, options: LockOptions): Promise<boolean> {
    return new Promise<boolean>((granted, failed) => {
      locks
        .request(lockName(strategyId), options, (lock) => {
          if (!lock) {
            granted(false);
            return undefined;
          }
          return new Promise<void>((releaseLock) => {
            held.set(strategyId, releaseLock);
            granted(true);
          });
        })
        .catch((error: unknown) => {
          // Taken by a window that stopped waiting for this one: it edits now, not this one.
          if (held.delete(strategyId)) void letGo(strategyId);
          else failed(error);
        });
    });
  }

  return {
    async claim(strategyId) {
      if (held.has(strategyId)) return 'editing';
      return (await hold(strategyId, { ifAvailable: true })) ? 'editing' : 'readOnly';
    },
    async takeOver(strategyId) {
      if (held.has(strategyId)) return;
      channel.postMessage({ type: 'handover', strategyId } satisfies HandoverRequest);
      const timeout = AbortSignal.timeout(HANDOVER_TIMEOUT_MS);
      const handedOver = await hold(strategyId, { signal: timeout }).catch(() => false);
      if (!handedOver) await hold(strategyId, { steal: true });
    },
    release,
    async heldElsewhere(strategyId) {
      if (held.has(strategyId)) return false;
      const { held: all = [] } = await locks.query();
      return all.some((lock) => lock.name === lockName(strategyId));
    },
    onHandover(handler) {
      letGo = handler;
    },
  };
}

/** For hosts without Web Locks (and tests): this window always edits. */
export function createSoleOwnership(): StrategyOwnership {
  return {
    claim: async () => 'editing',
    takeOver: async () => {},
    release: () => {},
    heldElsewhere: async () => false,
    onHandover: () => {},
  };
}

export function createOwnership(): StrategyOwnership {
  return typeof navigator !== 'undefined' &&
    'locks' in navigator &&
    typeof BroadcastChannel !== 'undefined'
    ? createLockOwnership()
    : createSoleOwnership();
}

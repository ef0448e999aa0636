/**
 * One window edits a strategy at a time. The editing window holds a Web Lock named after the
 * strategy for as long as it has it open; another window opening it gets it read-only. "Edit
 * here instead" asks the holder (over a BroadcastChannel) to save and let go, then takes the
 * lock. A holder that cannot save says so, and keeps it: its edits would otherwise be written
 * later over the new editor's, and refused. A holder that does not answer in time has the lock
 * taken from it.
 */
export type Claim = 'editing' | 'readOnly';

export interface StrategyOwnership {
  /** Takes editing of a strategy if no other window has it. */
  claim(strategyId: string): Promise<Claim>;
  /**
   * Asks the window editing the strategy to hand it over, and takes it; false when that window
   * refused, as it could not save its edits first.
   */
  takeOver(strategyId: string): Promise<boolean>;
  release(strategyId: string): void;
  /** Whether another window is editing the strategy. */
  heldElsewhere(strategyId: string): Promise<boolean>;
  /**
   * Called when another window wants a strategy this one edits (`canKeep`), and when this window
   * lost it anyway. `letGo` resolves true once the strategy is saved and read-only here, or, when
   * it may keep it, false when it could not be saved and keeps it.
   */
  onHandover(letGo: (strategyId: string, canKeep: boolean) => Promise<boolean>): void;
}

const lockName = (strategyId: string) => `city-diplomacy-workbench:strategy:${strategyId}`;
const CHANNEL = 'city-diplomacy-workbench:ownership';
/** How long a holder has to save and let go before its lock is taken. */
const HANDOVER_TIMEOUT_MS = 5000;

/** A window's ask for a strategy, and the holder's answer when it keeps it. */
interface HandoverMessage {
  type: 'handover' | 'refused';
  strategyId: string;
}

export function createLockOwnership(
  locks: LockManager = navigator.locks,
  channel: BroadcastChannel = new BroadcastChannel(CHANNEL),
): StrategyOwnership {
  const held = new Map<string, () => void>();
  let letGo: (strategyId: string, canKeep: boolean) => Promise<boolean> = async () => true;

  channel.addEventListener('message', (event: MessageEvent<HandoverMessage>) => {
    const { type, strategyId } = event.data ?? {};
    if (type !== 'handover' || !held.has(strategyId)) return;
    void letGo(strategyId, true).then(
      (handed) => {
        if (handed) release(strategyId);
        else channel.postMessage({ type: 'refused', strategyId } satisfies HandoverMessage);
      },
      () => release(strategyId),
    );
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
          if (held.delete(strategyId)) void letGo(strategyId, false);
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
      if (held.has(strategyId)) return true;
      const refusal = new AbortController();
      const onRefusal = (event: MessageEvent<HandoverMessage>) => {
        if (event.data?.type === 'refused' && event.data.strategyId === strategyId) refusal.abort();
      };
      channel.addEventListener('message', onRefusal);
      try {
        channel.postMessage({ type: 'handover', strategyId } satisfies HandoverMessage);
        const signal = AbortSignal.any([AbortSignal.timeout(HANDOVER_TIMEOUT_MS), refusal.signal]);
        if (await hold(strategyId, { signal }).catch(() => false)) return true;
        if (refusal.signal.aborted) return false;
        await hold(strategyId, { steal: true });
        return true;
      } finally {
        channel.removeEventListener('message', onRefusal);
      }
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
    takeOver: async () => true,
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

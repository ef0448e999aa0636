/**
 * Slows down guessing of join codes. Attempts from one address are checked one at a time, and
 * each refusal is answered only after a pause that doubles with the failures in a row (250 ms,
 * 500 ms, … up to 8 s), so opening many connections at once does not guess faster. A success
 * starts the count again; an address quiet for a while is forgotten.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface FailureDelayOptions {
  clock?: Clock;
  firstDelayMs?: number;
  maxDelayMs?: number;
  forgetAfterMs?: number;
  /** Attempts from one address that may wait their turn at once; more are refused at once. */
  maxWaiting?: number;
}

/**
 * An attempt refused without a check: too many from its address are waiting. Each waiting one
 * holds what it came with, so an address sending them faster than their pauses let them through
 * would otherwise grow the queue, and the server's memory, without end.
 */
export class TooManyWaiting extends Error {
  constructor() {
    super('too many attempts from this address are waiting');
  }
}

interface AddressState {
  failures: number;
  lastFailureAt: number;
  /** Resolves when the attempt ahead of the next one from this address is done. */
  tail: Promise<void>;
  waiting: number;
}

export interface FailureDelay {
  /** Runs `check` in turn for `address`; a rejection counts as a failure and is delayed. */
  attempt<T>(address: string, check: () => Promise<T>): Promise<T>;
  /** The pause the next failure from `address` would get. */
  nextDelay(address: string): number;
  /** Addresses currently remembered, for tests of forgetting. */
  trackedAddresses(): number;
}

export function delayAfterFailures(failures: number, firstMs = 250, maxMs = 8000): number {
  if (failures <= 0) return 0;
  return Math.min(maxMs, firstMs * 2 ** Math.min(failures - 1, 30));
}

export function createFailureDelay(options: FailureDelayOptions = {}): FailureDelay {
  const clock = options.clock ?? systemClock;
  const firstMs = options.firstDelayMs ?? 250;
  const maxMs = options.maxDelayMs ?? 8000;
  const forgetAfterMs = options.forgetAfterMs ?? 15 * 60_000;
  // A class behind one router joins at once: a room of fifty, with room to spare.
  const maxWaiting = options.maxWaiting ?? 100;
  const states = new Map<string, AddressState>();

  function forgetQuiet(): void {
    const now = clock.now();
    for (const [address, state] of states)
      if (
        state.waiting === 0 &&
        (state.failures === 0 || now - state.lastFailureAt > forgetAfterMs)
      )
        states.delete(address);
  }

  return {
    async attempt(address, check) {
      forgetQuiet();
      let state = states.get(address);
      if (!state) {
        state = { failures: 0, lastFailureAt: 0, tail: Promise.resolve(), waiting: 0 };
        states.set(address, state);
      }
      if (state.waiting >= maxWaiting) throw new TooManyWaiting();
      const ahead = state.tail;
      let done!: () => void;
      state.tail = new Promise((resolve) => (done = resolve));
      state.waiting += 1;
      try {
        await ahead;
        try {
          const result = await check();
          state.failures = 0;
          return result;
        } catch (error) {
          state.failures += 1;
          state.lastFailureAt = clock.now();
          await clock.sleep(delayAfterFailures(state.failures, firstMs, maxMs));
          throw error;
        }
      } finally {
        state.waiting -= 1;
        done();
      }
    },
    nextDelay(address) {
      return delayAfterFailures((states.get(address)?.failures ?? 0) + 1, firstMs, maxMs);
    },
    trackedAddresses() {
      forgetQuiet();
      return states.size;
    },
  };
}

/**
 * The workshop timer as plain data: a duration and the moments it was started and paused, so
 * every screen that holds the same record shows the same time left, whatever its own clock ticks.
 */

export interface WorkshopTimer {
  /** The whole time set, in milliseconds; "Add a minute" adds to it. */
  durationMs: number;
  /** When it last started running (epoch ms), or null while paused. */
  runningSince: number | null;
  /** Time used before the last start. */
  usedMs: number;
}

export const MINUTE_MS = 60_000;
export const TIMER_PRESETS_MINUTES = [3, 5, 10, 15] as const;
export const MAX_TIMER_MINUTES = 180;

/** A custom time in whole minutes, or null when it is not one a timer can run. */
export function timerMinutes(text: string): number | null {
  const minutes = Number(text.trim());
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? minutes : null;
}

export function startTimer(minutes: number, now: number): WorkshopTimer {
  return { durationMs: minutes * MINUTE_MS, runningSince: now, usedMs: 0 };
}

function used(timer: WorkshopTimer, now: number): number {
  return timer.usedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

/** Milliseconds left, never below nought. */
export function remainingMs(timer: WorkshopTimer, now: number): number {
  return Math.max(0, timer.durationMs - used(timer, now));
}

export const isRunning = (timer: WorkshopTimer) => timer.runningSince !== null;

export const isOver = (timer: WorkshopTimer, now: number) => remainingMs(timer, now) === 0;

export function pauseTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, runningSince: null, usedMs: Math.min(timer.durationMs, used(timer, now)) };
}

export function resumeTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.runningSince !== null || isOver(timer, now)) return timer;
  return { ...timer, runningSince: now };
}

/**
 * A minute more. A timer that had run out starts again from that minute, running: the room
 * asked for more time, not for another click.
 */
export function addMinute(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (isOver(timer, now)) return { durationMs: MINUTE_MS, runningSince: now, usedMs: 0 };
  return { ...timer, durationMs: timer.durationMs + MINUTE_MS };
}

/** The time left as the countdown shows it: m:ss, rounded up so 0:00 means the end. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

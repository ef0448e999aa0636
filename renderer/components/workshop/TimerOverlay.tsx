import { useEffect, useId, useRef, useState } from 'react';
import { formatRemaining, isRunning, remainingMs } from '../../../shared/workshop/timer';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import { useMovableTimer } from './useMovableTimer';
import { selectPresenting, selectRunsWorkshop, selectTimer } from './workshopSelectors';
import { focusById, keyboardIsLost, PRESENTATION_ID, TIMER_BUTTON_ID } from './workshopFocus';
import './workshop.css';

/** The time now, redrawn a few times a second while a timer runs. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  // Paused or over, the time left does not depend on the time now; only a running clock ticks.
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);
  return now;
}

/** Six dots, the sign of something to take hold of and move. */
function GripIcon() {
  return (
    <svg width="12" height="20" viewBox="0 0 12 20" aria-hidden="true">
      {[3, 10, 17].flatMap((y) =>
        [3, 9].map((x) => <circle key={`${x},${y}`} cx={x} cy={y} r="1.8" fill="currentColor" />),
      )}
    </svg>
  );
}

/**
 * The countdown over the canvas, or `docked` at the foot of the window over the other views, so
 * the room keeps its time while the facilitator shows the pipeline or the map. Its end is
 * silent: the clock turns and stays red. In a live session everyone sees it and only the
 * facilitator runs it.
 */
export function TimerOverlay({ docked = false }: { docked?: boolean }) {
  const t = useT();
  const timer = useApp(selectTimer);
  const pause = useApp((s) => s.pauseTimer);
  const resume = useApp((s) => s.resumeTimer);
  const addMinute = useApp((s) => s.addTimerMinute);
  const stop = useApp((s) => s.stopTimer);
  const runs = useApp(selectRunsWorkshop);
  const now = useNow(timer !== null && isRunning(timer));
  // Presenting, the timer has its own place in the slide's corner, and the room no grip.
  const presenting = useApp(selectPresenting);
  const section = useRef<HTMLElement>(null);
  const gripHint = useId();
  const { offset, grip, atEdge } = useMovableTimer(
    section,
    timer !== null && !docked && !presenting,
  );
  const left = timer ? remainingMs(timer, now) : 0;
  const over = timer !== null && left === 0;
  // Time up, "Pause" goes: the keyboard on it goes to "Add a minute", the likeliest next press.
  const addMinuteButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (over && keyboardIsLost()) addMinuteButton.current?.focus();
  }, [over]);
  if (!timer) return null;
  const running = isRunning(timer) && !over;
  // Stopped, the timer goes with its button: the keyboard goes to the toolbar's timer button, or
  // while presenting, when the toolbar steps aside, to the presentation's controls.
  const stopKeepingKeyboard = () => {
    stop();
    focusById(presenting ? PRESENTATION_ID : TIMER_BUTTON_ID);
  };
  return (
    <section
      ref={section}
      className={`workshop-timer nodrag nopan${over ? ' is-over' : ''}${running ? '' : ' is-paused'}${docked ? ' is-docked' : ''}${offset ? ' is-movable' : ''}`}
      aria-label={t('timer')}
      style={offset ? { translate: `${offset.x}px ${offset.y}px` } : undefined}
    >
      {offset && (
        <>
          <button
            className="timer-grip"
            aria-label={t('moveTimer')}
            aria-describedby={gripHint}
            title={t('moveTimerHint')}
            {...grip}
          >
            <GripIcon />
          </button>
          <span id={gripHint} className="visually-hidden">
            {t('moveTimerHint')}
          </span>
          <span className="visually-hidden" aria-live="polite">
            {atEdge ? t('timerAtEdge') : ''}
          </span>
        </>
      )}
      <div className="timer-clock" role="timer" aria-label={t('timeLeft')}>
        {formatRemaining(left)}
      </div>
      {over && (
        <p className="timer-end" role="status">
          {t('timeUp')}
        </p>
      )}
      {runs && (
        <div className="timer-controls">
          {!over && (
            <button onClick={running ? pause : resume}>
              {t(running ? 'pauseTimer' : 'resumeTimer')}
            </button>
          )}
          <button ref={addMinuteButton} onClick={addMinute}>
            {t('addMinute')}
          </button>
          <button onClick={stopKeepingKeyboard}>{t('stopTimer')}</button>
        </div>
      )}
    </section>
  );
}

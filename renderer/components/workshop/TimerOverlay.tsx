import { useEffect, useState } from 'react';
import { formatRemaining, isRunning, remainingMs } from '../../../shared/workshop/timer';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import { selectRunsWorkshop, selectTimer } from './workshopSelectors';
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
  if (!timer) return null;
  const left = remainingMs(timer, now);
  const over = left === 0;
  const running = isRunning(timer) && !over;
  return (
    <section
      className={`workshop-timer nodrag nopan${over ? ' is-over' : ''}${running ? '' : ' is-paused'}${docked ? ' is-docked' : ''}`}
      aria-label={t('timer')}
    >
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
          <button onClick={addMinute}>{t('addMinute')}</button>
          <button onClick={stop}>{t('stopTimer')}</button>
        </div>
      )}
    </section>
  );
}

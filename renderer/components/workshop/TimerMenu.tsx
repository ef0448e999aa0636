import { useId, useRef, useState } from 'react';
import { TIMER_PRESETS_MINUTES, timerMinutes } from '../../../shared/workshop/timer';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { useDismiss } from '../useDismiss';
import { selectRunsWorkshop } from './workshopSelectors';
import { TIMER_BUTTON_ID } from './workshopFocus';

const selectTimerRuns = (s: AppState) => s.timer !== null;

/**
 * "Start timer": a preset length or a custom number of minutes. With a timer running it is
 * "Restart timer", since a new length replaces the running one.
 */
export function TimerMenu() {
  const t = useT();
  const id = useId();
  const startTimer = useApp((s) => s.startTimer);
  const runs = useApp(selectRunsWorkshop);
  const timerRuns = useApp(selectTimerRuns);
  const label = t(timerRuns ? 'restartTimer' : 'startTimer');
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, container, (reason) => {
    // Escape from inside the menu would otherwise leave the keyboard on nothing.
    if (reason === 'escape' && container.current?.contains(document.activeElement))
      trigger.current?.focus();
    setOpen(false);
  });
  const minutes = timerMinutes(custom);
  if (!runs) return null;
  const start = (value: number) => {
    startTimer(value);
    // The length chosen goes with the menu; its button, now to restart the timer, has the keyboard.
    trigger.current?.focus();
    setOpen(false);
    setCustom('');
  };
  return (
    <div className="timer-menu" ref={container}>
      <button
        ref={trigger}
        id={TIMER_BUTTON_ID}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div id={`${id}-menu`} className="timer-menu-popup" role="group" aria-label={label}>
          {TIMER_PRESETS_MINUTES.map((value) => (
            <button key={value} onClick={() => start(value)}>
              {t('timerMinutes', { count: value })}
            </button>
          ))}
          <form
            className="timer-custom"
            onSubmit={(event) => {
              event.preventDefault();
              if (minutes !== null) start(minutes);
            }}
          >
            <label>
              <span>{t('customTime')}</span>
              <input
                type="number"
                min={1}
                max={180}
                inputMode="numeric"
                value={custom}
                aria-label={`${t('customTime')} (${t('customMinutes')})`}
                onChange={(event) => setCustom(event.target.value)}
              />
              <span className="timer-unit">{t('timerUnit')}</span>
            </label>
            <button type="submit" disabled={minutes === null}>
              {label}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}

import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
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

interface Offset {
  x: number;
  y: number;
}

/** Where the user last moved the timer to: a timer started again comes back there. */
let movedBy: Offset = { x: 0, y: 0 };

/** Arrow keys move the timer this far, and ten times as far with Shift. */
const KEY_STEP = 16;

/**
 * The timer moved by `offset` from its place, kept wholly inside the canvas: whatever it covers
 * (the sample's vision sits where it opens), the facilitator moves it aside.
 */
function useMovable(section: RefObject<HTMLElement | null>) {
  const [offset, setOffset] = useState(movedBy);
  const drag = useRef<{ pointer: Offset; from: Offset } | null>(null);
  const moveTo = (wanted: Offset) => {
    const element = section.current;
    const area = element?.offsetParent?.getBoundingClientRect();
    if (!element || !area) return;
    const box = element.getBoundingClientRect();
    // The box as it would be at the wanted offset, pushed back inside the canvas.
    const left = box.left - offset.x + wanted.x;
    const top = box.top - offset.y + wanted.y;
    const inside = {
      x: wanted.x + Math.max(area.left - left, Math.min(0, area.right - (left + box.width))),
      y: wanted.y + Math.max(area.top - top, Math.min(0, area.bottom - (top + box.height))),
    };
    movedBy = inside;
    setOffset(inside);
  };
  const handle = {
    onPointerDown(event: PointerEvent<HTMLButtonElement>) {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { pointer: { x: event.clientX, y: event.clientY }, from: offset };
    },
    onPointerMove(event: PointerEvent<HTMLButtonElement>) {
      const started = drag.current;
      if (!started) return;
      moveTo({
        x: started.from.x + event.clientX - started.pointer.x,
        y: started.from.y + event.clientY - started.pointer.y,
      });
    },
    onPointerUp() {
      drag.current = null;
    },
    onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
      const step = event.shiftKey ? KEY_STEP * 10 : KEY_STEP;
      const by: Record<string, Offset> = {
        ArrowLeft: { x: -step, y: 0 },
        ArrowRight: { x: step, y: 0 },
        ArrowUp: { x: 0, y: -step },
        ArrowDown: { x: 0, y: step },
      };
      const move = by[event.key];
      if (!move) return;
      event.preventDefault();
      moveTo({ x: offset.x + move.x, y: offset.y + move.y });
    },
  };
  return { offset, handle };
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
  const section = useRef<HTMLElement>(null);
  const { offset, handle } = useMovable(section);
  if (!timer) return null;
  const left = remainingMs(timer, now);
  const over = left === 0;
  const running = isRunning(timer) && !over;
  return (
    <section
      ref={section}
      className={`workshop-timer nodrag nopan${over ? ' is-over' : ''}${running ? '' : ' is-paused'}${docked ? ' is-docked' : ''}`}
      aria-label={t('timer')}
      style={docked ? undefined : { translate: `${offset.x}px ${offset.y}px` }}
    >
      {!docked && (
        <button
          className="timer-grip"
          aria-label={t('moveTimer')}
          title={t('moveTimerHint')}
          {...handle}
        >
          <GripIcon />
        </button>
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
          <button onClick={addMinute}>{t('addMinute')}</button>
          <button onClick={stop}>{t('stopTimer')}</button>
        </div>
      )}
    </section>
  );
}

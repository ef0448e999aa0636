import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { viewName } from '../../../shared/map/savedViews';
import { slidesOf, TEXT_SIZES, type TextSize } from '../../../shared/workshop/present';
import { useT } from '../../i18n';
import { selectLanguage, selectViewport } from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { leaveFullScreen } from './fullScreen';
import { PresenterNotes } from './PresenterNotes';
import { usePointerResting } from './usePointerResting';
import { usePresentationSync } from './usePresentationSync';
import { focusById, keyboardIsLost, PRESENT_BUTTON_ID, PRESENTATION_ID } from './workshopFocus';
import type { AppState } from '../../store/types';

const selectOpenId = (s: AppState) => s.openMeta?.id;
const selectHost = (s: AppState) => s.host;
import { selectPresentation, selectPresentTextSize, selectSavedViews } from './workshopSelectors';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** Keys a pressable control acts on itself: on one, they press it rather than step slides. */
const PRESS_KEYS = new Set([' ', 'Enter']);
const TYPED_INTO = 'select, input, textarea';
const PRESSABLE = 'button, a[href], [role="button"]';
const TEXT_SIZE_KEYS = {
  normal: 'textSize.normal',
  large: 'textSize.large',
  extraLarge: 'textSize.extraLarge',
} as const;

/** Keys step through slides; Escape, or leaving full screen, ends the presentation. */
function usePresentationKeys() {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      const presentation = state.presentation;
      if (!presentation || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest(TYPED_INTO)) return;
      if (PRESS_KEYS.has(event.key) && target?.closest(PRESSABLE)) return;
      let handled = true;
      if (NEXT_KEYS.has(event.key)) state.showSlide(presentation.slide + 1);
      else if (PREVIOUS_KEYS.has(event.key)) state.showSlide(presentation.slide - 1);
      else if (event.key === 'Home') state.showSlide(0);
      else if (event.key === 'End') state.showSlide(Number.MAX_SAFE_INTEGER);
      else if (event.key === 'Escape') {
        state.stopPresentation();
        void leaveFullScreen();
      } else handled = false;
      if (handled) {
        // Before the canvas's own keys, which would move cards or clear the slide's focus.
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    const onFullScreenChange = () => {
      if (!document.fullscreenElement) store.getState().stopPresentation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
    };
  }, [store]);
}

/** How long after a presentation ends its return to the editor's view waits for the panels. */
const RETURN_WAIT_MS = 1000;

/**
 * The view follows the stage's size. Presenting, a new size (the editor's panels giving way as
 * the presentation starts, full screen on or off, a projector, a resized window) shows the slide
 * again to fit it. As it ends, the view it went back to is placed again once the panels are
 * back beside the canvas: it was placed in the stage, and the canvas keeps its top-left corner.
 */
function useViewFitsStage() {
  const store = useAppStore();
  const flowStore = useStoreApi();
  useEffect(() => {
    let frame = 0;
    let returnedTo: { x: number; y: number; zoom: number } | null = null;
    let forget = 0;
    const stopPresenting = store.subscribe((state, before) => {
      if (!before.presentation || state.presentation) return;
      // Once stopPresentation, which is still running, has put the editor's view back.
      queueMicrotask(() => {
        returnedTo = store.getState().viewport?.centre() ?? null;
        clearTimeout(forget);
        forget = window.setTimeout(() => (returnedTo = null), RETURN_WAIT_MS);
      });
    });
    const stopResizing = flowStore.subscribe((pane, before) => {
      if (pane.width === before.width && pane.height === before.height) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const state = store.getState();
        if (state.presentation) state.showSlide(state.presentation.slide);
        else if (returnedTo) state.viewport?.centreOn(returnedTo, returnedTo.zoom, 0);
      });
    });
    return () => {
      stopPresenting();
      stopResizing();
      cancelAnimationFrame(frame);
      clearTimeout(forget);
    };
  }, [store, flowStore]);
}

/** While presenting: the slide's title, the counter, stepping, text size and the way out. */
export function Presentation() {
  const t = useT();
  const presentation = useApp(selectPresentation);
  const views = useApp(selectSavedViews);
  const language = useApp(selectLanguage);
  const textSize = useApp(selectPresentTextSize);
  const showSlide = useApp((s) => s.showSlide);
  const stop = useApp((s) => s.stopPresentation);
  const setTextSize = useApp((s) => s.setPresentTextSize);
  const store = useAppStore();
  usePresentationKeys();
  useViewFitsStage();
  const openId = useApp(selectOpenId);
  const host = useApp(selectHost);
  const screen = presentation?.screen;
  usePresentationSync(screen ? openId : undefined);
  // A presentation opened by its address starts before the canvas: show the slide once it is up.
  const viewport = useApp(selectViewport);
  const presenting = presentation !== null;
  useEffect(() => {
    const state = store.getState();
    if (viewport && presenting && state.presentation) state.showSlide(state.presentation.slide);
  }, [viewport, presenting, store]);

  useEffect(() => {
    if (!presentation) return;
    document.documentElement.classList.add('presenting', `present-${textSize}`);
    return () => document.documentElement.classList.remove('presenting', `present-${textSize}`);
  }, [presentation, textSize]);

  // The toolbar steps aside as a presentation starts, and the button that started it with it:
  // the keyboard goes to the presentation, and back to "Present" once it has ended. After the
  // effect above, so that the toolbar is shown again by then.
  const chrome = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!presenting) return;
    chrome.current?.focus();
    return () => {
      if (keyboardIsLost()) focusById(PRESENT_BUTTON_ID);
    };
  }, [presenting]);

  // On the presenter's own screen, beside the notes, the controls stay.
  const resting = usePointerResting(presenting && screen !== 'presenter');
  useEffect(() => {
    if (!resting) return;
    document.documentElement.classList.add('presentation-resting');
    return () => document.documentElement.classList.remove('presentation-resting');
  }, [resting]);

  useEffect(() => {
    // The projector goes when the presenter stops.
    if (screen === 'presenter') return () => void host.closeProjector?.();
  }, [screen, host]);

  if (!presentation) return null;
  const slides = slidesOf(views);
  const slide = slides[presentation.slide];
  const title = slide ? viewName(slide, language) : t('wholeMap');
  const counter = t('slideCounter', { current: presentation.slide + 1, total: slides.length });
  return (
    <section
      ref={chrome}
      id={PRESENTATION_ID}
      className="presentation-chrome nodrag nopan"
      aria-label={t('presentation')}
      tabIndex={-1}
    >
      <h2 className="slide-title" aria-live="polite">
        {title}
      </h2>
      {!views?.length && <p className="slide-note">{t('noSlides')}</p>}
      <div className="slide-controls" role="group" aria-label={t('presentation')}>
        <button
          onClick={() => showSlide(presentation.slide - 1)}
          disabled={presentation.slide === 0}
          aria-label={t('previousSlide')}
        >
          ‹
        </button>
        <span className="slide-counter" aria-label={counter}>
          {counter}
        </span>
        <button
          onClick={() => showSlide(presentation.slide + 1)}
          disabled={presentation.slide >= slides.length - 1}
          aria-label={t('nextSlide')}
        >
          ›
        </button>
        <label className="text-size">
          <span>{t('textSize')}</span>
          <select
            value={textSize}
            onChange={(event) => setTextSize(event.target.value as TextSize)}
          >
            {TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(TEXT_SIZE_KEYS[size])}
              </option>
            ))}
          </select>
        </label>
        <button
          // As Escape ends it in full screen, where the browser takes Escape: full screen is left
          // first, which ends the presentation (see usePresentationKeys), and "Present" then
          // takes the keyboard back. Ended before, "Present" had it back before full screen was
          // left, and leaving it could drop it to the page. Not in full screen, it ends at once.
          onClick={() => void leaveFullScreen().finally(stop)}
        >
          {t('endPresentation')}
        </button>
      </div>
      <PresenterNotes />
    </section>
  );
}

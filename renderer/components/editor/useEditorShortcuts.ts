import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { selectSelectedNodeIds } from '../../store/selectors';
import { selectGathered } from '../../store/shownGraph';
import { useAppStore } from '../../store/StoreContext';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { indexById } from '../../store/flow';
import { cardIdOf, FLOW_CLASS, focusCanvas } from '../canvas/canvasFocus';
import { SEARCH_INPUT_ID } from './SearchBox';
import { stepHistory } from '../pipeline/boardKeyboard';
import { shortcutLetter } from '../shortcutLetter';

export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The canvas has the keyboard: a card, an edge, the canvas itself, or nothing in particular. Its
 * panels and the workshop's parts over it (the timer, the vote, the idea box) keep their keys.
 */
export function isCanvasFocus(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return (
    target instanceof Element &&
    target.closest(`.${FLOW_CLASS}`) !== null &&
    target.closest('.react-flow__panel, .workshop-layer') === null
  );
}

const ARROWS: Record<string, { dx: number; dy: number; direction: string }> = {
  ArrowUp: { dx: 0, dy: -1, direction: 'up' },
  ArrowDown: { dx: 0, dy: 1, direction: 'down' },
  ArrowLeft: { dx: -1, dy: 0, direction: 'left' },
  ArrowRight: { dx: 1, dy: 0, direction: 'right' },
};
const STEP = 10;
const BIG_STEP = 50;

/**
 * Undo/redo work everywhere, text fields included, because field edits are in the history too.
 * Delete, arrows, Enter and the copy keys act only outside text fields, where they would
 * otherwise take characters or the caret from the user.
 */
export function useEditorShortcuts(): void {
  const store = useAppStore();
  const flowStore = useStoreApi();
  useEffect(() => {
    /** Arrow presses so far; a held key repeats under one number and so undoes as one step. */
    let presses = 0;
    const blocked = () =>
      store.getState().pendingConnection !== null || document.querySelector('[role="dialog"]');

    // Runs before React Flow's own keys on a card, which move by other steps (each one an undo
    // step of its own) and take Enter to select where here it renames.
    const onKeyDownFirst = (event: KeyboardEvent) => {
      const state = store.getState();
      // The page-wide look for a dialog last: it is the one check that costs a walk of the page.
      if (
        state.editorView !== 'canvas' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTextEntry(event.target) ||
        !isCanvasFocus(event.target) ||
        blocked()
      )
        return;
      const arrow = ARROWS[event.key];
      if (arrow) {
        const selected = selectSelectedNodeIds(state);
        if (selected.length === 0 || selectGathered(state)) return;
        event.preventDefault();
        event.stopPropagation();
        if (!event.repeat) presses += 1;
        const step = event.shiftKey ? BIG_STEP : STEP;
        state.moveSelection(arrow.dx * step, arrow.dy * step, `arrow-move:${presses}`);
        // The card being moved stays on screen, the one with the keyboard when it is moved: off
        // screen it would leave the page, and the keyboard with it.
        const focused = cardIdOf(event.target);
        const lead = focused && selected.includes(focused) ? focused : selected[0]!;
        const moved = indexById(store.getState().nodes).get(lead);
        if (moved) {
          const { x, y } = moved.position;
          state.viewport?.keepInView({
            left: x,
            top: y,
            right: x + NODE_WIDTH,
            bottom: y + NODE_HEIGHT,
          });
          const { ariaLabelConfig } = flowStore.getState();
          flowStore.setState({
            ariaLiveMessage: ariaLabelConfig['node.a11yDescription.ariaLiveMessage']({
              direction: arrow.direction,
              x: Math.round(moved.position.x),
              y: Math.round(moved.position.y),
            }),
          });
        }
      } else if (event.key === 'Enter') {
        const id = cardIdOf(event.target);
        if (!id) return;
        event.preventDefault();
        event.stopPropagation();
        state.startRename(id);
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      // Plain keys typed in a field are the field's: none of the shortcuts below takes them.
      if (!mod && isTextEntry(event.target)) return;
      if (blocked()) return;
      const key = shortcutLetter(event);
      const onCanvas = state.editorView === 'canvas' && !isTextEntry(event.target);
      if (mod && key === 'z') {
        event.preventDefault();
        stepHistory(state, event.shiftKey ? 'redo' : 'undo');
      } else if (mod && key === 'y') {
        event.preventDefault();
        stepHistory(state, 'redo');
      } else if (mod && key === 'f') {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (mod && key === 'a' && onCanvas) {
        event.preventDefault();
        state.selectAllNodes();
      } else if (mod && key === 'c' && onCanvas) {
        // Text the user selected on the page is theirs to copy.
        if (window.getSelection()?.toString()) return;
        if (selectSelectedNodeIds(state).length === 0) return;
        event.preventDefault();
        state.copySelection();
      } else if (mod && key === 'v' && onCanvas && state.clipboard) {
        event.preventDefault();
        state.paste();
      } else if (mod && key === 'd' && onCanvas) {
        event.preventDefault();
        state.duplicateSelection();
      } else if (
        (event.key === 'Delete' || event.key === 'Backspace') &&
        !isTextEntry(event.target)
      ) {
        event.preventDefault();
        state.deleteSelection();
        if (state.editorView === 'canvas') focusCanvas();
      } else if (key === 'f' && !mod && !event.altKey && onCanvas) {
        if (selectSelectedNodeIds(state).length !== 1) return;
        event.preventDefault();
        state.focusOnSelection();
      } else if (event.key === 'Escape' && state.mapFocus && onCanvas) {
        state.clearFocus();
      }
    };
    window.addEventListener('keydown', onKeyDownFirst, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDownFirst, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [store, flowStore]);
}

/** The editor's shortcuts, as an element inside the canvas provider they announce through. */
export function EditorShortcuts() {
  useEditorShortcuts();
  return null;
}

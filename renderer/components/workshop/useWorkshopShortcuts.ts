import { useEffect, useRef } from 'react';
import { selectSelectedNodeIds } from '../../store/selectors';
import { useAppStore } from '../../store/StoreContext';
import { cardIdOf } from '../canvas/canvasFocus';
import { isCanvasFocus, isTextEntry } from '../editor/useEditorShortcuts';
import { shortcutLetter } from '../shortcutLetter';
import { enterFullScreen } from './fullScreen';

/**
 * N, or Enter on the empty canvas, starts typing ideas; V asks for a vote on the selected
 * cards (`startVote`, the Start vote button's own press); F5 presents. Other keys stay the
 * editor's, and nothing here acts while a dialog is open or text is being typed.
 */
export function useWorkshopShortcuts(startVote: (() => void) | null): void {
  const store = useAppStore();
  const vote = useRef(startVote);
  useEffect(() => {
    vote.current = startVote;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        state.editorView !== 'canvas' ||
        state.presentation ||
        state.ideaComposer ||
        state.pendingConnection ||
        document.querySelector('[role="dialog"]')
      )
        return;
      if (event.key === 'F5') {
        event.preventDefault();
        state.startPresentation();
        void enterFullScreen();
        return;
      }
      if (isTextEntry(event.target) || !isCanvasFocus(event.target)) return;
      const emptyCanvas =
        event.key === 'Enter' &&
        cardIdOf(event.target) === null &&
        selectSelectedNodeIds(state).length === 0;
      // A held key asks once: its repeats would open the idea box or the vote's notice again.
      const letter = event.shiftKey || event.repeat ? null : shortcutLetter(event);
      if (letter === 'n') {
        event.preventDefault();
        state.openIdeaComposer();
      } else if (letter === 'v' && vote.current) {
        event.preventDefault();
        vote.current();
      } else if (emptyCanvas) {
        event.preventDefault();
        state.openIdeaComposer();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

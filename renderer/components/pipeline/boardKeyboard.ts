import type { AppState } from '../../store/types';

/**
 * Undo or redo. From a card on the board (its `data-project-id`), the project's card keeps the
 * keyboard when the step takes it to another column: there it is a new card, and the old one
 * would have taken the keyboard with it to the page.
 */
export function stepHistory(state: AppState, step: 'undo' | 'redo'): void {
  const card =
    state.editorView === 'pipeline'
      ? document.activeElement?.closest<HTMLElement>('[data-project-id]')
      : null;
  const projectId = card?.dataset.projectId;
  if (projectId) state.stepFromBoardCard(step, projectId);
  else state[step]();
}

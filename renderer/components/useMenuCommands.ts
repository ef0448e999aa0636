import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/host/bridge';
import { useAppStore } from '../store/StoreContext';
import { stepHistory } from './pipeline/boardKeyboard';
import type { AppState } from '../store/types';

/** Runs the desktop menu's commands; the same actions the toolbar and shortcuts reach. */
export function runCommand(state: AppState, command: MenuCommand): void {
  const viewport = state.viewport;
  switch (command) {
    case 'newStrategy':
      void state.createStrategy().then((id) => (id ? state.openStrategy(id) : false));
      return;
    case 'importFile':
      void state.importStrategyFile();
      return;
    case 'exportFile':
      void state.exportStrategyFile();
      return;
    case 'exportPdf':
      return state.setPdfDialogOpen(true);
    case 'exportWord':
      return state.setWordDialogOpen(true);
    case 'undo':
    case 'redo':
      return stepHistory(state, command);
    case 'deleteSelected':
      return state.deleteSelection();
    case 'fitView':
      viewport?.fit(null, 200);
      return;
    case 'zoomIn':
      viewport?.zoomIn();
      return;
    case 'zoomOut':
      viewport?.zoomOut();
      return;
    case 'autoLayout':
      void state.autoLayout();
      return;
    case 'toggleLanguage':
      return state.toggleLanguage();
    case 'about':
      return state.setAboutOpen(true);
  }
}

export function useMenuCommands(): void {
  const store = useAppStore();
  useEffect(
    () => store.getState().host.onMenuCommand((command) => runCommand(store.getState(), command)),
    [store],
  );
}

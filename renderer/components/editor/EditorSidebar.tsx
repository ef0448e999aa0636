import { useState } from 'react';
import type { CsvTable } from '../../../shared/exchange/csvImport';
import { useT } from '../../i18n';
import {
  selectEditorView,
  selectExportActions,
  selectReadOnly,
  selectChangesRefused,
  selectSaveState,
} from '../../store/selectors';
import { useApp, useAppShallow } from '../../store/StoreContext';
import { LanguageSelect } from '../LanguageSelect';
import { Palette } from './Palette';
import { CsvImportDialog } from './CsvImportDialog';
import { ReportExportDialog } from './ReportExportDialog';
import { StrategyDetailsDialog } from './StrategyDetailsDialog';
import { TranslationStatus } from './TranslationStatus';

/**
 * Whether every change is stored. On its own: it changes with each save, others' edits in a
 * live session included, and nothing else in the sidebar need be drawn again for it.
 *
 * Typing flips it between saving and saved on every key, which a screen reader would read out
 * each time, so it is said aloud only when saving works again after a failure: the failure
 * itself is announced by the save problem bar.
 */
function SaveStatus() {
  const t = useT();
  const saveState = useApp(selectSaveState);
  const changesRefused = useApp(selectChangesRefused);
  const [previous, setPrevious] = useState(saveState);
  const [recovered, setRecovered] = useState(false);
  if (saveState !== previous) {
    setPrevious(saveState);
    setRecovered(previous === 'failed' && saveState === 'saved');
  }
  return (
    <p
      className={`save-state save-${saveState}`}
      role="status"
      aria-live={recovered ? 'polite' : 'off'}
    >
      {changesRefused
        ? t('changesRefusedStatus')
        : saveState === 'saving'
          ? t('saving')
          : saveState === 'saved'
            ? t('saved')
            : t('notSavedRetrying')}
    </p>
  );
}

/** Adding nodes (on the canvas), files in and out, language, names to translate, save state. */
export function EditorSidebar() {
  const t = useT();
  const view = useApp(selectEditorView);
  const readOnly = useApp(selectReadOnly);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  const importStrategyFile = useApp((s) => s.importStrategyFile);
  const pdfDialogOpen = useApp((s) => s.pdfDialogOpen);
  const setPdfDialogOpen = useApp((s) => s.setPdfDialogOpen);
  const wordDialogOpen = useApp((s) => s.wordDialogOpen);
  const setWordDialogOpen = useApp((s) => s.setWordDialogOpen);
  const exports = useAppShallow(selectExportActions);
  const openCsvFile = useApp((s) => s.openCsvFile);
  const [csvImport, setCsvImport] = useState<{ name: string; table: CsvTable } | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  return (
    <aside className="sidebar">
      {view === 'canvas' && <Palette />}
      <div className="sidebar-group" role="group" aria-label={t('menu.file')}>
        <button onClick={() => void exportStrategyFile()}>{t('exportFile')}</button>
        <button onClick={() => void importStrategyFile()}>{t('importFile')}</button>
        <button onClick={() => setDetailsOpen(true)}>{t('strategyDetails')}</button>
        <button onClick={() => setPdfDialogOpen(true)}>{t('exportPdf')}</button>
        <button onClick={() => setWordDialogOpen(true)}>{t('exportWord')}</button>
        <button
          disabled={readOnly}
          onClick={() => void openCsvFile().then((opened) => opened && setCsvImport(opened))}
        >
          {t('importCsv')}
        </button>
        <button onClick={() => void exports.exportCsv()}>{t('exportCsv')}</button>
        <button onClick={() => void exports.exportJsonCanvas()}>{t('exportJsonCanvas')}</button>
        <button onClick={() => void exports.exportGraphml()}>{t('exportGraphml')}</button>
        <button onClick={() => void exports.exportImage()}>{t('exportImage')}</button>
      </div>
      <div className="sidebar-footer">
        <LanguageSelect />
        <TranslationStatus />
        <SaveStatus />
      </div>
      {pdfDialogOpen && <ReportExportDialog format="pdf" onClose={() => setPdfDialogOpen(false)} />}
      {wordDialogOpen && (
        <ReportExportDialog format="word" onClose={() => setWordDialogOpen(false)} />
      )}
      {detailsOpen && <StrategyDetailsDialog onClose={() => setDetailsOpen(false)} />}
      {csvImport && (
        <CsvImportDialog
          fileName={csvImport.name}
          table={csvImport.table}
          onClose={() => setCsvImport(null)}
        />
      )}
    </aside>
  );
}

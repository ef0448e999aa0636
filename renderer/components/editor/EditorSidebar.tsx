import { useT } from '../../i18n';
import { selectEditorView, selectSaveState } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { LanguageSelect } from '../LanguageSelect';
import { Palette } from './Palette';
import { PdfExportDialog } from './PdfExportDialog';

/** Adding nodes (on the canvas), files in and out, language and save state. */
export function EditorSidebar() {
  const t = useT();
  const view = useApp(selectEditorView);
  const saveState = useApp(selectSaveState);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  const importStrategyFile = useApp((s) => s.importStrategyFile);
  const pdfDialogOpen = useApp((s) => s.pdfDialogOpen);
  const setPdfDialogOpen = useApp((s) => s.setPdfDialogOpen);
  return (
    <aside className="sidebar">
      {view === 'canvas' && <Palette />}
      <div className="sidebar-group" role="group" aria-label={t('menu.file')}>
        <button onClick={() => void exportStrategyFile()}>{t('exportFile')}</button>
        <button onClick={() => void importStrategyFile()}>{t('importFile')}</button>
        <button onClick={() => setPdfDialogOpen(true)}>{t('exportPdf')}</button>
      </div>
      <div className="sidebar-footer">
        <LanguageSelect />
        <p className={`save-state save-${saveState}`} role="status">
          {saveState === 'saving' ? t('saving') : saveState === 'saved' ? t('saved') : ''}
        </p>
      </div>
      {pdfDialogOpen && <PdfExportDialog onClose={() => setPdfDialogOpen(false)} />}
    </aside>
  );
}

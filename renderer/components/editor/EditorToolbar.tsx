import { useState } from 'react';
import { useT } from '../../i18n';
import {
  selectCanRedo,
  selectCanUndo,
  selectHasSelection,
  selectEditorView,
  selectOpenMeta,
} from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { SearchBox } from './SearchBox';

function TitleField() {
  const t = useT();
  const meta = useApp(selectOpenMeta);
  const setStrategyTitle = useApp((s) => s.setStrategyTitle);
  const [draft, setDraft] = useState(meta?.title ?? '');
  const [shownTitle, setShownTitle] = useState(meta?.title);
  if (meta?.title !== shownTitle) {
    setShownTitle(meta?.title);
    setDraft(meta?.title ?? '');
  }
  const save = () => {
    if (draft.trim() === '') setDraft(meta?.title ?? '');
    else if (draft !== meta?.title) void setStrategyTitle(draft);
  };
  return (
    <label className="title-field">
      <span className="visually-hidden">{t('strategyTitle')}</span>
      <input
        value={draft}
        maxLength={500}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </label>
  );
}

function ViewTabs() {
  const t = useT();
  const view = useApp(selectEditorView);
  const setEditorView = useApp((s) => s.setEditorView);
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views')}>
      {(['canvas', 'pipeline'] as const).map((v) => (
        <button key={v} role="tab" aria-selected={view === v} onClick={() => setEditorView(v)}>
          {t(v === 'canvas' ? 'canvasView' : 'pipelineView')}
        </button>
      ))}
    </div>
  );
}

export function EditorToolbar() {
  const t = useT();
  const canUndo = useApp(selectCanUndo);
  const canRedo = useApp(selectCanRedo);
  const hasSelection = useApp(selectHasSelection);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const deleteSelection = useApp((s) => s.deleteSelection);
  const closeStrategy = useApp((s) => s.closeStrategy);

  return (
    <header className="editor-toolbar">
      <button onClick={() => void closeStrategy()}>
        <span aria-hidden="true">← </span>
        {t('backToLibrary')}
      </button>
      <TitleField />
      <ViewTabs />
      <div className="toolbar-group" role="group" aria-label={t('menu.edit')}>
        <button onClick={undo} disabled={!canUndo}>
          {t('undo')}
        </button>
        <button onClick={redo} disabled={!canRedo}>
          {t('redo')}
        </button>
        <button onClick={deleteSelection} disabled={!hasSelection}>
          {t('deleteSelected')}
        </button>
      </div>
      <SearchBox />
    </header>
  );
}

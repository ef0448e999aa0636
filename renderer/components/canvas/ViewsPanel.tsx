import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { MAX_VIEW_NAME_LENGTH, viewName, type SavedView } from '../../../shared/map/savedViews';
import { useT } from '../../i18n';
import { selectLanguage, selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { Dialog } from '../Dialog';

const NO_VIEWS: SavedView[] = [];
const selectSavedViews = (s: AppState) => s.openMeta?.views ?? NO_VIEWS;

/**
 * Asks for a view's name; Enter or Save keeps it. Refused, it stays open with the name as typed
 * and says why there: the notice bar lies under the dialog.
 */
function ViewNameDialog({
  title,
  initial,
  onSave,
  onCancel,
}: {
  title: string;
  initial: string;
  /** False when the name was not kept; the store's notice says why. */
  onSave(name: string): boolean;
  onCancel(): void;
}) {
  const t = useT();
  const [name, setName] = useState(initial);
  const [refused, setRefused] = useState(false);
  const formId = useId();
  const refusalId = useId();
  // Above the canvas's layers, which would otherwise clip or cover it.
  return createPortal(
    <Dialog
      title={title}
      onCancel={onCancel}
      noticeId={refusalId}
      actions={
        <>
          <button onClick={onCancel}>{t('cancel')}</button>
          <button className="primary" type="submit" form={formId} disabled={name.trim() === ''}>
            {t('save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') setRefused(!onSave(name.trim()));
        }}
      >
        <label className="inline-field">
          <span>{t('viewName')}</span>
          <input
            value={name}
            maxLength={MAX_VIEW_NAME_LENGTH}
            aria-describedby={refused ? refusalId : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
      </form>
    </Dialog>,
    document.body,
  );
}

type Naming = { viewId: null } | { viewId: string; name: string };

/** The strategy's saved views: show one, save the current one, rename, reorder and delete. */
export function ViewsPanel({ id }: { id: string }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const readOnly = useApp(selectReadOnly);
  const views = useApp(selectSavedViews);
  const restoreView = useApp((s) => s.restoreView);
  const saveView = useApp((s) => s.saveView);
  const renameView = useApp((s) => s.renameView);
  const moveView = useApp((s) => s.moveView);
  const deleteView = useApp((s) => s.deleteView);
  const setViewNotes = useApp((s) => s.setViewNotes);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [notesOf, setNotesOf] = useState<string | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const notesBox = useRef<HTMLTextAreaElement>(null);
  // Notes opened are to be written: the keyboard goes to them, not left on the button.
  useEffect(() => {
    if (notesOf !== null) notesBox.current?.focus();
  }, [notesOf]);
  // The row goes with its Delete button: the keyboard goes to the view after it, or before it,
  // or with none left to "Save view", rather than to the page.
  const deleteKeepingKeyboard = (viewId: string, row: HTMLElement | null) => {
    const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
    deleteView(viewId);
    (neighbour?.querySelector<HTMLElement>('.saved-view-name') ?? saveButton.current)?.focus();
  };
  return (
    <section id={id} className="map-panel map-views" aria-label={t('savedViews')}>
      <button ref={saveButton} disabled={readOnly} onClick={() => setNaming({ viewId: null })}>
        {t('saveView')}
      </button>
      {views.length === 0 ? (
        <p className="muted">{t('noSavedViews')}</p>
      ) : (
        <ol className="saved-views" aria-label={t('savedViews')}>
          {views.map((view, index) => {
            const name = viewName(view, language);
            // Each row's buttons are named alike; the view's name tells them apart when heard.
            const nameId = `${id}-view-${index}`;
            return (
              <li key={view.id} aria-label={name}>
                <button
                  id={nameId}
                  className="saved-view-name"
                  onClick={() => restoreView(view.id)}
                >
                  {name}
                </button>
                <button
                  disabled={readOnly}
                  aria-describedby={nameId}
                  onClick={() => setNaming({ viewId: view.id, name })}
                >
                  {t('rename')}
                </button>
                <button
                  disabled={readOnly || index === 0}
                  aria-label={t('moveUp')}
                  aria-describedby={nameId}
                  title={t('moveUp')}
                  onClick={() => moveView(view.id, -1)}
                >
                  ↑
                </button>
                <button
                  disabled={readOnly || index === views.length - 1}
                  aria-label={t('moveDown')}
                  aria-describedby={nameId}
                  title={t('moveDown')}
                  onClick={() => moveView(view.id, 1)}
                >
                  ↓
                </button>
                <button
                  disabled={readOnly}
                  aria-describedby={nameId}
                  onClick={(event) =>
                    deleteKeepingKeyboard(view.id, event.currentTarget.closest('li'))
                  }
                >
                  {t('delete')}
                </button>
                <button
                  aria-expanded={notesOf === view.id}
                  aria-describedby={nameId}
                  onClick={() => setNotesOf(notesOf === view.id ? null : view.id)}
                >
                  {t('viewNotes')}
                </button>
                {notesOf === view.id && (
                  // Said on screen what the box is for; heard with the view's name, as the row's
                  // buttons are.
                  <label className="saved-view-notes-field">
                    <span>{t('presenterNotes')}</span>
                    <textarea
                      ref={notesBox}
                      className="saved-view-notes"
                      aria-label={t('viewNotesFor', { name })}
                      placeholder={t('viewNotesPlaceholder')}
                      defaultValue={view.notes ?? ''}
                      readOnly={readOnly}
                      rows={4}
                      // Kept when the text box is left, as one change rather than one per key.
                      onBlur={(event) => setViewNotes(view.id, event.target.value)}
                    />
                  </label>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {naming && (
        <ViewNameDialog
          title={t(naming.viewId === null ? 'saveView' : 'renameView')}
          initial={naming.viewId === null ? '' : naming.name}
          onCancel={() => setNaming(null)}
          onSave={(name) => {
            const kept = naming.viewId === null ? saveView(name) : renameView(naming.viewId, name);
            if (kept) setNaming(null);
            return kept;
          }}
        />
      )}
    </section>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import { parseFieldInput, STRATEGY_FIELDS, type FieldError } from '../../../shared/model/fields';
import { nameText, shownName, strategyNames } from '../../../shared/model/names';
import { useT } from '../../i18n';
import {
  selectCanRedo,
  selectCanUndo,
  selectHasSelection,
  selectEditorView,
  selectLanguage,
  selectOpenMeta,
  selectReadOnly,
} from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { SearchBox } from './SearchBox';
import { focusCanvas } from '../canvas/canvasFocus';
import { WorkshopMenu } from '../workshop/WorkshopMenu';
import { LiveControls } from '../../live/LiveControls';
import { VIEW_NAMES } from './viewNames';
import type { AppState } from '../../store/types';
import { isComposingKey, isEnterToAct } from '../enterKey';

/**
 * The strategy's title in the UI language. Where it has none, the placeholder shows what is
 * shown instead: its title in the other language, or "Untitled strategy".
 */
function TitleField() {
  const t = useT();
  const language = useApp(selectLanguage);
  const meta = useApp(selectOpenMeta);
  const setStrategyTitle = useApp((s) => s.setStrategyTitle);
  const readOnly = useApp(selectReadOnly);
  const editorView = useApp(selectEditorView);
  const key = language === 'ko' ? 'titleKo' : 'title';
  const title = meta?.[key] ?? '';
  const [draft, setDraft] = useState(title);
  const [shownTitle, setShownTitle] = useState(title);
  const [error, setError] = useState<FieldError | null>(null);
  if (title !== shownTitle) {
    setShownTitle(title);
    setDraft(title);
    setError(null);
  }
  /** Whether the title typed is kept: a refused one stays in the field with its message. */
  const save = () => {
    const parsed = parseFieldInput(STRATEGY_FIELDS[key], draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    if (parsed.value !== title) void setStrategyTitle(String(parsed.value), language);
    else setDraft(title);
    return true;
  };
  const placeholder = meta
    ? nameText(shownName(strategyNames({ ...meta, [key]: '' }), language), 'strategy', t)
    : '';
  return (
    <div className="title-field">
      <label>
        <span className="visually-hidden">{t('strategyTitle')}</span>
        <input
          value={draft}
          // A title longer than the field, as on a laptop's screen, is read whole on hover; one
          // that fits gets no tooltip, which screen readers would read as its description.
          onPointerEnter={(event) => {
            const field = event.currentTarget;
            field.title = field.scrollWidth > field.clientWidth ? field.value : '';
          }}
          placeholder={placeholder}
          readOnly={readOnly}
          maxLength={500}
          aria-invalid={error !== null}
          aria-describedby={error ? 'strategy-title-error' : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onBlur={save}
          // Enter saves and goes on to the map, where the keyboard's shortcuts work (or stays,
          // on a view with none); Escape takes back what was typed.
          onKeyDown={(event) => {
            if (isEnterToAct(event)) {
              if (save() && !readOnly && editorView === 'canvas') focusCanvas();
            } else if (event.key === 'Escape' && !isComposingKey(event)) {
              setDraft(title);
              setError(null);
            }
          }}
        />
      </label>
      {error && (
        <p className="field-error" id="strategy-title-error" role="alert">
          {t(FIELD_ERROR_MESSAGES[error])}
        </p>
      )}
    </div>
  );
}

const VIEWS = ['canvas', 'pipeline', 'activity', 'map'] as const;

function ViewTabs() {
  const t = useT();
  const view = useApp(selectEditorView);
  const setEditorView = useApp((s) => s.setEditorView);
  // One stop for the keyboard, on the view shown; the arrows, Home and End go to the others.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? VIEWS[(at + 1) % VIEWS.length]
        : event.key === 'ArrowLeft'
          ? VIEWS[(at - 1 + VIEWS.length) % VIEWS.length]
          : event.key === 'Home'
            ? VIEWS[0]
            : event.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setEditorView(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('views')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          role="tab"
          data-tab={v}
          aria-selected={view === v}
          tabIndex={view === v ? 0 : -1}
          onClick={() => setEditorView(v)}
        >
          {t(VIEW_NAMES[v])}
        </button>
      ))}
    </div>
  );
}

/** Undo's arrow, turning back to the left; mirrored, redo's. Drawn, as fonts may lack ↶ and ↷. */
function TurnArrow({ mirrored = false }: { mirrored?: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={mirrored ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path
        d="M5.5 3 2 6.5 5.5 10M2.5 6.5h7a4 4 0 0 1 0 8H7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

const selectInLiveSession = (s: AppState) => s.live !== null;

export function EditorToolbar() {
  const t = useT();
  const inLiveSession = useApp(selectInLiveSession);
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
        <button className="icon-button" onClick={undo} disabled={!canUndo} title={t('undo')}>
          <TurnArrow />
          <span className="visually-hidden">{t('undo')}</span>
        </button>
        <button className="icon-button" onClick={redo} disabled={!canRedo} title={t('redo')}>
          <TurnArrow mirrored />
          <span className="visually-hidden">{t('redo')}</span>
        </button>
        <button
          onClick={() => {
            deleteSelection();
            focusCanvas();
          }}
          disabled={!hasSelection}
        >
          {t('deleteSelected')}
        </button>
      </div>
      {inLiveSession && <SearchBox />}
      {/* A session's tools outnumber one row at 1366 px: in a session they get the second row
          whole, and the title keeps its room on the first. */}
      <div className={inLiveSession ? 'session-tools in-session' : 'session-tools'}>
        <LiveControls />
        <WorkshopMenu />
      </div>
      {!inLiveSession && <SearchBox />}
    </header>
  );
}

import { useState } from 'react';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import { LOCALES } from '../../../shared/i18n/locales';
import { parseFieldInput, STRATEGY_FIELDS, type FieldError } from '../../../shared/model/fields';
import { accessibleName, shownName, strategyNames } from '../../../shared/model/names';
import { NODE_KINDS } from '../../../shared/model/vocabulary';
import { useT } from '../../i18n';
import { NameText } from '../NameText';
import type { StrategySummary } from '../../persistence/database';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { joinedOn, liveRecordOf } from '../../live/liveRecords';

interface StrategyRowProps {
  strategy: StrategySummary;
  /** Called once the strategy is open, after a press of its Open button. */
  onOpened(): void;
  onDelete(): void;
}

export function StrategyRow({ strategy, onOpened, onDelete }: StrategyRowProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const openStrategy = useApp((s) => s.openStrategy);
  const renameStrategy = useApp((s) => s.renameStrategy);
  const duplicateStrategy = useApp((s) => s.duplicateStrategy);
  const [renaming, setRenaming] = useState(false);
  // Renaming edits the title in the UI language; the other language's title stays.
  const key = language === 'ko' ? 'titleKo' : 'title';
  const title = strategy[key];
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<FieldError | null>(null);
  const shown = shownName(strategyNames(strategy), language);
  const total = NODE_KINDS.reduce((sum, kind) => sum + strategy.counts[kind], 0);
  // This device's notes of a live session, not the strategy's: they are not in its file.
  const joined = joinedOn(strategy.id);
  const inSession = liveRecordOf(strategy.id) !== null;
  const changed = new Date(strategy.updatedAt).toLocaleString(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const finishRename = async (save: boolean) => {
    const parsed = parseFieldInput(STRATEGY_FIELDS[key], draft);
    if (save && !parsed.ok) return setError(parsed.error);
    setRenaming(false);
    setError(null);
    if (save && parsed.ok && parsed.value !== title)
      await renameStrategy(strategy.id, String(parsed.value), language);
    else setDraft(title);
  };

  return (
    <li className="strategy-row" aria-label={accessibleName(shown, 'strategy', t)}>
      <div className="strategy-info">
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(event) => {
              event.preventDefault();
              void finishRename(true);
            }}
          >
            <label className="inline-field">
              <span>{t('strategyTitle')}</span>
              <input
                autoFocus
                value={draft}
                maxLength={500}
                aria-invalid={error !== null}
                aria-describedby={error ? `${strategy.id}-title-error` : undefined}
                onChange={(event) => {
                  setDraft(event.target.value);
                  setError(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') void finishRename(false);
                }}
              />
            </label>
            <button type="submit">{t('save')}</button>
            <button type="button" onClick={() => void finishRename(false)}>
              {t('cancel')}
            </button>
            {error && (
              <p className="field-error" id={`${strategy.id}-title-error`} role="alert">
                {t(FIELD_ERROR_MESSAGES[error])}
              </p>
            )}
          </form>
        ) : (
          <h3>
            <NameText name={shown} thing="strategy" t={t} />
          </h3>
        )}
        <p className="strategy-meta">
          {inSession && <span className="live-tag">{t('libraryInLiveSession')}</span>}
          {joined && <span>{t('libraryJoinedOn', { date: joined })}</span>}
          <span>{t('lastChanged', { date: changed })}</span>
          <span>{t('nodeCount', { count: total })}</span>
          {NODE_KINDS.map((kind) => (
            <span key={kind} className={`count count-${kind}`}>
              {t(`kinds.${kind}`, { count: strategy.counts[kind] })}
            </span>
          ))}
        </p>
      </div>
      <div className="toolbar-group">
        <button
          className="primary"
          onClick={async () => {
            if (await openStrategy(strategy.id)) onOpened();
          }}
        >
          {t('open')}
        </button>
        <button
          onClick={() => {
            setDraft(title);
            setRenaming(true);
          }}
          disabled={renaming}
        >
          {t('rename')}
        </button>
        <button onClick={() => void duplicateStrategy(strategy.id)}>{t('duplicate')}</button>
        <button className="danger" onClick={onDelete}>
          {t('deleteStrategy')}
        </button>
      </div>
    </li>
  );
}

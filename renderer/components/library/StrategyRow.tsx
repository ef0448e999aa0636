import { useState } from 'react';
import { NODE_KINDS } from '../../../shared/model/vocabulary';
import { useT } from '../../i18n';
import type { StrategySummary } from '../../persistence/database';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

interface StrategyRowProps {
  strategy: StrategySummary;
  onDelete(): void;
}

export function StrategyRow({ strategy, onDelete }: StrategyRowProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const openStrategy = useApp((s) => s.openStrategy);
  const renameStrategy = useApp((s) => s.renameStrategy);
  const duplicateStrategy = useApp((s) => s.duplicateStrategy);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(strategy.title);
  const total = NODE_KINDS.reduce((sum, kind) => sum + strategy.counts[kind], 0);
  const changed = new Date(strategy.updatedAt).toLocaleString(
    language === 'ko' ? 'ko-KR' : 'en-GB',
    {
      dateStyle: 'medium',
      timeStyle: 'short',
    },
  );

  const finishRename = async (save: boolean) => {
    setRenaming(false);
    if (save && draft.trim() !== '' && draft.trim() !== strategy.title)
      await renameStrategy(strategy.id, draft);
    else setDraft(strategy.title);
  };

  return (
    <li className="strategy-row" aria-label={strategy.title}>
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
                onChange={(event) => setDraft(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') void finishRename(false);
                }}
              />
            </label>
            <button type="submit">{t('save')}</button>
            <button type="button" onClick={() => void finishRename(false)}>
              {t('cancel')}
            </button>
          </form>
        ) : (
          <h3>{strategy.title}</h3>
        )}
        <p className="strategy-meta">
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
        <button className="primary" onClick={() => void openStrategy(strategy.id)}>
          {t('open')}
        </button>
        <button onClick={() => setRenaming(true)} disabled={renaming}>
          {t('rename')}
        </button>
        <button
          onClick={() =>
            void duplicateStrategy(strategy.id, t('copyOf', { title: strategy.title }))
          }
        >
          {t('duplicate')}
        </button>
        <button className="danger" onClick={onDelete}>
          {t('deleteStrategy')}
        </button>
      </div>
    </li>
  );
}

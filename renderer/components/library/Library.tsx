import { useState } from 'react';
import { strategyTitle } from '../../../shared/model/names';
import { useT } from '../../i18n';
import { selectLanguage, selectStrategies } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { StrategySummary } from '../../persistence/database';
import { Dialog } from '../Dialog';
import { LanguageSelect } from '../LanguageSelect';
import { StrategyRow } from './StrategyRow';
import { JoinLiveButton } from '../../live/JoinPage';

interface LibraryProps {
  /** A strategy the user opened here, once it is open. */
  onOpened(id: string): void;
}

export function Library({ onOpened }: LibraryProps) {
  const t = useT();
  const strategies = useApp(selectStrategies);
  const language = useApp(selectLanguage);
  const createStrategy = useApp((s) => s.createStrategy);
  const openStrategy = useApp((s) => s.openStrategy);
  const restoreSample = useApp((s) => s.restoreSample);
  const importStrategyFile = useApp((s) => s.importStrategyFile);
  const deleteStrategy = useApp((s) => s.deleteStrategy);
  const [toDelete, setToDelete] = useState<StrategySummary | null>(null);

  return (
    <main className="library">
      <header className="library-header">
        <h1>{t('appName')}</h1>
        <div className="toolbar-group">
          <button
            className="primary"
            onClick={async () => {
              const id = await createStrategy();
              if (id && (await openStrategy(id))) onOpened(id);
            }}
          >
            {t('newStrategy')}
          </button>
          <button onClick={() => void importStrategyFile()}>{t('importFile')}</button>
          <button onClick={() => void restoreSample()}>{t('restoreSample')}</button>
          <JoinLiveButton />
          <LanguageSelect />
        </div>
      </header>
      <section aria-labelledby="library-title" className="library-list">
        <h2 id="library-title">{t('library')}</h2>
        {strategies === null ? (
          <p>{t('loading')}</p>
        ) : strategies.length === 0 ? (
          <p className="empty">{t('emptyLibrary')}</p>
        ) : (
          <ul>
            {strategies.map((strategy) => (
              <StrategyRow
                key={strategy.id}
                strategy={strategy}
                onOpened={() => onOpened(strategy.id)}
                onDelete={() => setToDelete(strategy)}
              />
            ))}
          </ul>
        )}
      </section>
      {toDelete && (
        <Dialog
          title={t('confirmDeleteTitle')}
          onCancel={() => setToDelete(null)}
          actions={
            <>
              <button onClick={() => setToDelete(null)}>{t('cancel')}</button>
              <button
                className="danger"
                onClick={async () => {
                  setToDelete(null);
                  await deleteStrategy(toDelete.id);
                }}
              >
                {t('deleteStrategy')}
              </button>
            </>
          }
        >
          <p>{t('confirmDeleteBody', { title: strategyTitle(toDelete, language) })}</p>
        </Dialog>
      )}
    </main>
  );
}

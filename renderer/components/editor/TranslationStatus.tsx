import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import { selectUntranslatedCount } from '../../store/translationActions';

/** How many names lack their other language, and a way to go through them one by one. */
export function TranslationStatus() {
  const t = useT();
  const count = useApp(selectUntranslatedCount);
  const goToNextUntranslated = useApp((s) => s.goToNextUntranslated);
  return (
    <div className="translation-status">
      <span className="count">
        {count === 0 ? t('allTranslated') : t('untranslatedCount', { count })}
      </span>
      <button onClick={goToNextUntranslated} disabled={count === 0} title={t('untranslatedHelp')}>
        {t('nextUntranslated')}
      </button>
    </div>
  );
}

import { useT } from '../i18n';
import { isLanguage } from '../../shared/i18n/translate';
import { selectLanguage } from '../store/selectors';
import { useApp } from '../store/StoreContext';

export function LanguageSelect() {
  const t = useT();
  const language = useApp(selectLanguage);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <label className="inline-field">
      <span>{t('language')}</span>
      <select
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        <option value="en">English</option>
        <option value="ko">한국어</option>
      </select>
    </label>
  );
}

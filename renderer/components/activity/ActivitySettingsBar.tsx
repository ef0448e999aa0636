import { useId, useState } from 'react';
import type { ActivitySettings } from '../../../shared/activity/types';
import { AS_OF_FIELD } from '../../../shared/model/detailsInput';
import { isWholeDate, parseFieldInput } from '../../../shared/model/fields';
import { DATE_PLACEHOLDER } from '../inspector/FieldInput';
import { useT } from '../../i18n';
import { selectActivitySettings, selectStoredAsOf } from '../../store/activitySelectors';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

const LIMITS: Record<keyof ActivitySettings, [number, number]> = {
  recentYears: [1, 50],
  followThroughMonths: [1, 120],
};

function NumberSetting({ name, label }: { name: keyof ActivitySettings; label: string }) {
  const id = useId();
  const settings = useApp(selectActivitySettings);
  const readOnly = useApp(selectReadOnly);
  const setActivitySettings = useApp((s) => s.setActivitySettings);
  const [draft, setDraft] = useState(String(settings[name]));
  const [min, max] = LIMITS[name];
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={draft}
        disabled={readOnly}
        onChange={(event) => {
          setDraft(event.target.value);
          const value = Number(event.target.value);
          if (Number.isInteger(value) && value >= min && value <= max)
            setActivitySettings({ ...settings, [name]: value });
        }}
      />
    </span>
  );
}

/**
 * The day the strategy is read as of, typed as in every date field (2018-12-31, 2018. 12. 31.);
 * what cannot be a day stays in the field, with a message, and the strategy keeps its day.
 */
function AsOfSetting() {
  const t = useT();
  const id = useId();
  const asOf = useApp(selectStoredAsOf);
  const readOnly = useApp(selectReadOnly);
  const setAsOf = useApp((s) => s.setAsOf);
  const [draft, setDraft] = useState(asOf);
  const [shown, setShown] = useState(asOf);
  const [refused, setRefused] = useState(false);
  // Changed elsewhere (undo, the strategy's details): shown as it is now.
  if (asOf !== shown) {
    setShown(asOf);
    setDraft(asOf);
    setRefused(false);
  }
  const read = (text: string) => {
    const result = parseFieldInput(AS_OF_FIELD, text);
    return result.ok ? String(result.value ?? '') : null;
  };
  const keep = (value: string) => {
    if (value === asOf) return;
    setShown(value);
    setAsOf(value);
  };
  /** On leaving, or Enter: the day kept, as it is stored, or a message. */
  const settle = () => {
    const value = read(draft.trim());
    if (value === null) {
      setRefused(true);
      return;
    }
    setDraft(value);
    keep(value);
  };
  return (
    <span className="inline-field" title={t('asOfHelp')}>
      <label htmlFor={id}>{t('asOfDate')}</label>
      <input
        id={id}
        type="text"
        className="date-input"
        placeholder={DATE_PLACEHOLDER}
        value={draft}
        disabled={readOnly}
        aria-invalid={refused}
        aria-describedby={refused ? `${id}-error` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setRefused(false);
          const value = isWholeDate(text.trim()) ? read(text.trim()) : null;
          if (value !== null) keep(value);
        }}
        onBlur={settle}
        onKeyDown={(event) => {
          if (event.key === 'Enter') settle();
        }}
      />
      {refused && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {t('errorDate')}
        </span>
      )}
    </span>
  );
}

/** How the open strategy reads its ties: the as-of day and the two windows. Kept with it. */
export function ActivitySettingsBar() {
  const t = useT();
  return (
    <>
      <AsOfSetting />
      <NumberSetting name="recentYears" label={t('recentYears')} />
      <NumberSetting name="followThroughMonths" label={t('monthsBeforeNoFollowThrough')} />
    </>
  );
}

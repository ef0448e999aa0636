import { useId, useState } from 'react';
import type { ActivitySettings } from '../../../shared/activity/types';
import { calendarDateSchema } from '../../../shared/model/fields';
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

/** How the open strategy reads its ties: the as-of day and the two windows. Kept with it. */
export function ActivitySettingsBar() {
  const t = useT();
  const id = useId();
  const asOf = useApp(selectStoredAsOf);
  const readOnly = useApp(selectReadOnly);
  const setAsOf = useApp((s) => s.setAsOf);
  return (
    <>
      <span className="inline-field" title={t('asOfHelp')}>
        <label htmlFor={id}>{t('asOfDate')}</label>
        <input
          id={id}
          type="date"
          value={asOf}
          disabled={readOnly}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '' || calendarDateSchema.safeParse(value).success) setAsOf(value);
          }}
        />
      </span>
      <NumberSetting name="recentYears" label={t('recentYears')} />
      <NumberSetting name="followThroughMonths" label={t('monthsBeforeNoFollowThrough')} />
    </>
  );
}

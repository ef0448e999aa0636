import { useId, useState } from 'react';
import type { ActivitySettings } from '../../../shared/activity/types';
import { AS_OF_FIELD } from '../../../shared/model/detailsInput';
import { FieldInput } from '../inspector/FieldInput';
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
  const asOf = useApp(selectStoredAsOf);
  const readOnly = useApp(selectReadOnly);
  const setAsOf = useApp((s) => s.setAsOf);
  return (
    <>
      {/* A date field as any other: typed, read as officers write it, kept only when a day. */}
      <FieldInput
        field={AS_OF_FIELD}
        label={t('asOfDate')}
        title={t('asOfHelp')}
        value={asOf}
        onCommit={(value) => setAsOf(String(value ?? ''))}
        inline
        disabled={readOnly}
      />
      <NumberSetting name="recentYears" label={t('recentYears')} />
      <NumberSetting name="followThroughMonths" label={t('monthsBeforeNoFollowThrough')} />
    </>
  );
}

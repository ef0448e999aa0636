import type { ActivitySettings } from '../../../shared/activity/types';
import { AS_OF_FIELD } from '../../../shared/model/detailsInput';
import { ACTIVITY_SETTING_FIELDS } from '../../../shared/model/fields';
import { FieldInput } from '../inspector/FieldInput';
import { useT } from '../../i18n';
import { selectActivitySettings, selectStoredAsOf } from '../../store/activitySelectors';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/** A window of the partner activity, kept with the strategy once it is a number in range. */
function SettingInput({ name, label }: { name: keyof ActivitySettings; label: string }) {
  const settings = useApp(selectActivitySettings);
  const readOnly = useApp(selectReadOnly);
  const setActivitySettings = useApp((s) => s.setActivitySettings);
  return (
    <FieldInput
      field={ACTIVITY_SETTING_FIELDS[name]}
      label={label}
      value={settings[name]}
      onCommit={(value) => setActivitySettings({ ...settings, [name]: Number(value) })}
      inline
      disabled={readOnly}
    />
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
      <SettingInput name="recentYears" label={t('recentYears')} />
      <SettingInput name="followThroughMonths" label={t('monthsBeforeNoFollowThrough')} />
    </>
  );
}

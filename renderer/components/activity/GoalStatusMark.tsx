import { useMemo } from 'react';
import { useT } from '../../i18n';
import { selectGoalStatus } from '../../store/activitySelectors';
import { useApp } from '../../store/StoreContext';
import { StatusBadge } from './StatusBadge';
import './activity.css';

/** A goal card's on-track, at-risk or off-track mark: that of its worst measure. */
export function GoalStatusMark({ goalId }: { goalId: string }) {
  const t = useT();
  const status = useApp(useMemo(() => selectGoalStatus(goalId), [goalId]));
  if (status === null) return null;
  const text = t(`status.${status}`);
  return (
    <span className="node-kind-mark" title={t('goalStatus', { status: text })}>
      <StatusBadge status={status} text={text} />
    </span>
  );
}

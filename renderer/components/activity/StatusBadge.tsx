import type { MeasureStatus } from '../../../shared/activity/measures';

/** A measure's or goal's status as a coloured word. */
export function StatusBadge({ status, text }: { status: MeasureStatus; text: string }) {
  return <span className={`status-badge status-${status}`}>{text}</span>;
}

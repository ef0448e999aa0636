import { formatMessage, useT } from '../i18n';
import { selectNotice } from '../store/selectors';
import { useApp } from '../store/StoreContext';

/** Results of file actions and problems, announced to screen readers as they appear. */
export function NoticeBar() {
  const t = useT();
  const notice = useApp(selectNotice);
  const dismiss = useApp((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{formatMessage(t, notice)}</span>
      <button className="ghost" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

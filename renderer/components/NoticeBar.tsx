import { useEffect, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import { formatMessage, useT } from '../i18n';
import { selectNotice, selectNoticeInDialog } from '../store/selectors';
import { useApp } from '../store/StoreContext';

/** How long a confirmation stays once nobody is pointing at it or reading it with the keyboard. */
export const PASSING_NOTICE_MS = 8000;

/**
 * Confirmations of what the user just did, which go by themselves. Problems, and what changed
 * without the user's doing (another window took over, a peer's deletion, relationships a
 * conversion dropped, a session ended), stay until dismissed.
 */
const PASSING_NOTICES: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'exported',
  'exportedFiles',
  'pdfSaved',
  'imported',
  'csvImported',
  'convertedIdea',
  'addedLinked',
  'addedNotLinked',
  'voteKept',
  'layoutOfShownNodes',
  'layoutBeyondFocus',
  'layoutOfWholeBeyondFocus',
  'voteNeedsSelection',
]);

/**
 * Results of file actions and problems, announced to screen readers as they appear. A
 * confirmation goes by itself, left on screen it covers the map's legend and the lists under
 * it; problems and what changed without the user's doing stay until dismissed.
 */
export function NoticeBar() {
  const t = useT();
  const notice = useApp(selectNotice);
  const inDialog = useApp(selectNoticeInDialog);
  const dismiss = useApp((s) => s.dismissNotice);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // A bar removed under the pointer or the keyboard hears neither leave: the next one starts
  // free. A notice that replaces another in the same bar is held as that one was.
  if (notice === null && (hovered || focused)) {
    setHovered(false);
    setFocused(false);
  }
  const held = hovered || focused;
  useEffect(() => {
    if (!notice || !PASSING_NOTICES.has(notice.key) || held) return;
    const timer = setTimeout(dismiss, PASSING_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, dismiss]);
  // Said inside the open dialog instead, until it closes.
  if (!notice || notice === inDialog) return null;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span>{formatMessage(t, notice)}</span>
      <button className="ghost" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

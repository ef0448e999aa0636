import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatMessage, useT } from '../i18n';
import { selectNotice } from '../store/selectors';
import { useApp } from '../store/StoreContext';
import { tabStops } from './tabStops';

interface DialogProps {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onCancel(): void;
  className?: string;
  /** The id of the problem said inside, for a field it is about to be described by. */
  noticeId?: string;
}

/**
 * Tab from the last control goes round to the first, and Shift+Tab the other way: the page
 * under a modal dialog cannot be used, so the keyboard should not wander into it either.
 */
function keepTabInside(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const stops = tabStops(dialog);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  if (event.shiftKey ? at === first || at === dialog : at === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * A problem met while the dialog is open (an edit refused, the strategy taken over elsewhere),
 * said inside it: the notice bar lies under the backdrop, out of the keyboard's reach and of a
 * screen reader's, which keeps to a modal dialog. A notice already there as it opened is not
 * about it and stays in the bar.
 */
function DialogNotice({ id }: { id: string | undefined }) {
  const t = useT();
  const notice = useApp(selectNotice);
  const setNoticeInDialog = useApp((s) => s.setNoticeInDialog);
  const [openedWith] = useState(notice);
  const shown = notice && notice !== openedWith && notice.tone === 'error' ? notice : null;
  // Before paint, so the bar never says it too; given back to the bar once the dialog closes.
  useLayoutEffect(() => {
    setNoticeInDialog(shown);
    return () => setNoticeInDialog(null);
  }, [shown, setNoticeInDialog]);
  if (!shown) return null;
  return (
    <p className="field-error dialog-notice" id={id} role="alert">
      {formatMessage(t, shown)}
    </p>
  );
}

/** A modal dialog: focus moves in, Escape cancels, and its title names it. */
export function Dialog({ title, children, actions, onCancel, className, noticeId }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('button, input, select, textarea')?.focus();
    return () => previous?.focus?.();
  }, []);

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
          else if (event.key === 'Tab') keepTabInside(event, ref.current);
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <DialogNotice id={noticeId} />
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>
  );
}

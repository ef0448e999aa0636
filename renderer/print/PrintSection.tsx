import type { ReactNode } from 'react';
import type { Translate } from '../../shared/i18n/translate';

interface PrintSectionProps {
  id: string;
  title: string;
  notes: boolean;
  t: Translate;
  className?: string;
  children: ReactNode;
}

/** One chapter of the plan: starts on a new page, with an optional ruled notes box at its end. */
export function PrintSection({ id, title, notes, t, className, children }: PrintSectionProps) {
  return (
    <section id={id} className={`print-section ${className ?? ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {notes && (
        <div className="notes-box">
          <h3>{t('reportNotes')}</h3>
        </div>
      )}
    </section>
  );
}

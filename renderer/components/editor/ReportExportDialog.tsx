import { useState } from 'react';
import {
  DEFAULT_REPORT_SECTIONS,
  REPORT_SECTIONS,
  type ReportSection,
} from '../../../shared/report/reportData';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';

/**
 * Which chapters the plan holds, and whether each gets a notes box: the same choice for the
 * PDF and for the Word copy.
 */
export function ReportExportDialog({
  format,
  onClose,
}: {
  format: 'pdf' | 'word';
  onClose(): void;
}) {
  const t = useT();
  const exportPlan = useApp((s) => (format === 'pdf' ? s.exportPdf : s.exportWord));
  const [sections, setSections] = useState<ReportSection[]>([...DEFAULT_REPORT_SECTIONS]);
  const [notes, setNotes] = useState(false);
  const toggle = (section: ReportSection) =>
    setSections((current) =>
      current.includes(section)
        ? current.filter((s) => s !== section)
        : REPORT_SECTIONS.filter((s) => s === section || current.includes(s)),
    );
  return (
    <Dialog
      title={t(format === 'pdf' ? 'exportPdfTitle' : 'exportWordTitle')}
      onCancel={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button
            className="primary"
            disabled={sections.length === 0}
            onClick={() => {
              onClose();
              void exportPlan({ sections, notes });
            }}
          >
            {t('exportAction')}
          </button>
        </>
      }
    >
      <fieldset className="section-choice">
        <legend>{t('includeSections')}</legend>
        {REPORT_SECTIONS.map((section) => (
          <label key={section} className="check-row">
            <input
              type="checkbox"
              checked={sections.includes(section)}
              onChange={() => toggle(section)}
            />
            <span>{t(`section.${section}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="check-row">
        <input
          type="checkbox"
          checked={notes}
          onChange={(event) => setNotes(event.target.checked)}
        />
        <span>{t('addNotes')}</span>
      </label>
    </Dialog>
  );
}

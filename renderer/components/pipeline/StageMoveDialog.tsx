import { useState } from 'react';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { indexById } from '../../store/flow';
import { selectLanguage, selectNodes, selectPendingStageMove } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';

/** Asks before a project leaves a stage with gate items unchecked; the reason goes on record. */
export function StageMoveDialog() {
  const t = useT();
  const pending = useApp(selectPendingStageMove);
  const language = useApp(selectLanguage);
  const nodes = useApp(selectNodes);
  const confirm = useApp((s) => s.confirmStageMove);
  const cancel = useApp((s) => s.cancelStageMove);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  if (!pending) return null;
  const node = indexById(nodes).get(pending.projectId);
  if (node?.type !== 'project') return null;
  const title = displayName({ kind: 'project', data: node.data }, language);
  const close = () => {
    setReason('');
    setTried(false);
    cancel();
  };
  const submit = () => {
    if (reason.trim() === '') return setTried(true);
    confirm(reason.trim());
    setReason('');
    setTried(false);
  };

  return (
    <Dialog
      title={t('gateDialogTitle')}
      onCancel={close}
      actions={
        <>
          <button onClick={close}>{t('cancel')}</button>
          <button className="primary" onClick={submit}>
            {t('moveAnyway')}
          </button>
        </>
      }
    >
      <p>
        {t('gateDialogBody', {
          title,
          from: t(`option.${node.data.stage}`),
          to: t(`option.${pending.to}`),
        })}
      </p>
      <ul className="unmet-list">
        {pending.unmet.map((item) => (
          <li key={item.id}>{language === 'ko' && item.labelKo ? item.labelKo : item.label}</li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="override-reason">{t('overrideReason')}</label>
        <textarea
          id="override-reason"
          rows={2}
          maxLength={2000}
          value={reason}
          aria-invalid={tried && reason.trim() === ''}
          aria-describedby={tried && reason.trim() === '' ? 'override-reason-error' : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {tried && reason.trim() === '' && (
          <p className="field-error" id="override-reason-error" role="alert">
            {t('reasonRequired')}
          </p>
        )}
      </div>
    </Dialog>
  );
}

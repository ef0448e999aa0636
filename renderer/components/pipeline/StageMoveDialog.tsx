import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StrategyNode } from '../../../shared/model/graph';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import {
  selectLanguage,
  selectNodeDataById,
  selectNodeKindById,
  selectPendingStageMove,
} from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { PendingStageMove } from '../../store/types';
import { Dialog } from '../Dialog';
import { focusInspectorField } from '../inspector/inspectorFocus';

/** Asks before a project leaves a stage with gate items unchecked; the reason goes on record. */
export function StageMoveDialog() {
  const pending = useApp(selectPendingStageMove);
  // The form looks its project up only while asking: a lookup builds the nodes' index, which on
  // a large strategy just opened is work nobody else needs yet.
  return pending ? (
    <StageMoveForm key={`${pending.projectId} ${pending.to}`} pending={pending} />
  ) : null;
}

function StageMoveForm({ pending }: { pending: PendingStageMove }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const kind = useApp(useMemo(() => selectNodeKindById(pending.projectId), [pending.projectId]));
  const data = useApp(useMemo(() => selectNodeDataById(pending.projectId), [pending.projectId]));
  const confirm = useApp((s) => s.confirmStageMove);
  const cancel = useApp((s) => s.cancelStageMove);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const shown = kind === 'project' && !!data;
  // Asked from the inspector's Stage, the keyboard goes back to the Stage as the dialog closes,
  // whatever had it before: a stage picked with the pointer may leave it where it was, on the
  // project's card say. The dialog gives it back to what has it as the dialog opens, so the
  // Stage takes it first (a layout effect, before the dialog's effect looks). Asked on the
  // board, it goes back to the board as before.
  useLayoutEffect(() => {
    if (shown && !pending.fromBoard) focusInspectorField('stage');
  }, [shown, pending.fromBoard]);
  if (!shown) return null;
  const project = { kind, data } as Extract<StrategyNode, { kind: 'project' }>;
  const title = displayName(project, language);
  const submit = () => {
    if (reason.trim() === '') {
      // The reason is what is missing: the keyboard goes there, beside what says so.
      reasonField.current?.focus();
      return setTried(true);
    }
    confirm(reason.trim());
  };

  return (
    <Dialog
      title={t('gateDialogTitle')}
      onCancel={cancel}
      actions={
        <>
          <button onClick={cancel}>{t('cancel')}</button>
          <button className="primary" onClick={submit}>
            {t('moveAnyway')}
          </button>
        </>
      }
    >
      <p>
        {t('gateDialogBody', {
          title,
          from: t(`option.${project.data.stage}`),
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
          ref={reasonField}
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

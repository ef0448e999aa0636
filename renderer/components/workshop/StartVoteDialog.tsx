import { useState } from 'react';
import { MIN_VOTE_OPTIONS } from '../../../shared/workshop/vote';
import { useT } from '../../i18n';
import { selectSelectedNodeIds } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';
import { isEnterToAct } from '../enterKey';

/** The question and dots per person of a vote on the selected cards. */
export function StartVoteDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const count = useApp(selectSelectedNodeIds).length;
  const startVote = useApp((s) => s.startVote);
  const [question, setQuestion] = useState(() => t('voteQuestionDefault'));
  const [dots, setDots] = useState('3');
  const start = () => {
    if (startVote(question, Number(dots))) onClose();
  };
  return (
    <Dialog
      title={t('startVote')}
      onCancel={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button className="primary" disabled={count < MIN_VOTE_OPTIONS} onClick={start}>
            {t('startVote')}
          </button>
        </>
      }
    >
      <p>{t('voteOptions', { count })}</p>
      <label className="field">
        <span>{t('voteQuestion')}</span>
        <input
          value={question}
          maxLength={500}
          onChange={(event) => setQuestion(event.target.value)}
          onKeyDown={(event) => {
            if (isEnterToAct(event)) start();
          }}
        />
      </label>
      <label className="field">
        <span>{t('dotsPerPerson')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={dots}
          onChange={(event) => setDots(event.target.value)}
        />
      </label>
    </Dialog>
  );
}

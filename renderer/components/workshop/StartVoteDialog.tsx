import { useId, useRef, useState } from 'react';
import {
  MAX_DOTS_PER_PERSON,
  MIN_VOTE_OPTIONS,
  parseDotsPerPerson,
  voteQuestionError,
} from '../../../shared/workshop/vote';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import type { FieldError } from '../../../shared/model/fields';
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
  const [dotsRefused, setDotsRefused] = useState(false);
  const dotsField = useRef<HTMLInputElement>(null);
  const questionField = useRef<HTMLInputElement>(null);
  const [questionRefused, setQuestionRefused] = useState<FieldError | null>(null);
  const questionErrorId = useId();
  const dotsErrorId = useId();
  const start = () => {
    const refused = voteQuestionError(question);
    if (refused) {
      setQuestionRefused(refused);
      questionField.current?.focus();
      return;
    }
    const parsed = parseDotsPerPerson(dots);
    // Said beside the field, not quietly made 1 or 20: the room is told how many dots it has.
    if (parsed === null) {
      setDotsRefused(true);
      dotsField.current?.focus();
      return;
    }
    if (startVote(question, parsed)) onClose();
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
          ref={questionField}
          value={question}
          maxLength={500}
          aria-invalid={questionRefused !== null}
          aria-describedby={questionRefused ? questionErrorId : undefined}
          // The suggested question is selected, so that a question typed replaces it.
          onFocus={(event) => {
            if (question === t('voteQuestionDefault')) event.currentTarget.select();
          }}
          onChange={(event) => {
            setQuestion(event.target.value);
            setQuestionRefused(null);
          }}
          onKeyDown={(event) => {
            if (isEnterToAct(event)) start();
          }}
        />
        {questionRefused && (
          <small id={questionErrorId} className="field-error">
            {t(FIELD_ERROR_MESSAGES[questionRefused])}
          </small>
        )}
      </label>
      <label className="field">
        <span>{t('dotsPerPerson')}</span>
        <input
          ref={dotsField}
          type="number"
          min={1}
          max={MAX_DOTS_PER_PERSON}
          value={dots}
          aria-invalid={dotsRefused}
          aria-describedby={dotsRefused ? dotsErrorId : undefined}
          onChange={(event) => {
            setDots(event.target.value);
            setDotsRefused(false);
          }}
          onKeyDown={(event) => {
            if (isEnterToAct(event)) start();
          }}
        />
        {dotsRefused && (
          <small id={dotsErrorId} className="field-error">
            {t('errorCount', { min: 1, max: MAX_DOTS_PER_PERSON })}
          </small>
        )}
      </label>
    </Dialog>
  );
}

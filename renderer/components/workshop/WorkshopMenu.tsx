import { useState } from 'react';
import { useT } from '../../i18n';
import { MIN_VOTE_OPTIONS } from '../../../shared/workshop/vote';
import { selectReadOnly, selectSelectedNodeIds } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { enterFullScreen } from './fullScreen';
import { SecondScreenButton } from './SecondScreenButton';
import { StartVoteDialog } from './StartVoteDialog';
import { TimerMenu } from './TimerMenu';
import { useWorkshopShortcuts } from './useWorkshopShortcuts';
import { PRESENT_BUTTON_ID, START_VOTE_BUTTON_ID } from './workshopFocus';
import { selectRunsWorkshop, selectVote } from './workshopSelectors';
import './workshop.css';

const selectSelectedNodeCount = (s: AppState) => selectSelectedNodeIds(s).length;

/** The toolbar's workshop tools: present, time-box a round, vote on the selected cards. */
export function WorkshopMenu() {
  const t = useT();
  const startPresentation = useApp((s) => s.startPresentation);
  const selectedCount = useApp(selectSelectedNodeCount);
  const showNotice = useApp((s) => s.showNotice);
  const readOnly = useApp(selectReadOnly);
  const voting = useApp(selectVote) !== null;
  const runs = useApp(selectRunsWorkshop);
  const [voteDialog, setVoteDialog] = useState(false);
  const canVote = runs && !voting && !readOnly;
  const startVote = () =>
    selectedCount >= MIN_VOTE_OPTIONS
      ? setVoteDialog(true)
      : showNotice({ tone: 'info', key: 'voteNeedsSelection' });
  useWorkshopShortcuts(canVote ? startVote : null);
  return (
    <div className="toolbar-group workshop-menu" role="group" aria-label={t('workshop')}>
      <button
        id={PRESENT_BUTTON_ID}
        onClick={() => {
          startPresentation();
          void enterFullScreen();
        }}
        aria-keyshortcuts="F5"
      >
        {t('present')}
      </button>
      <SecondScreenButton />
      <TimerMenu />
      {runs && (
        <button
          id={START_VOTE_BUTTON_ID}
          // Not disabled for want of cards: a press says what a vote needs.
          onClick={startVote}
          disabled={voting || readOnly}
          aria-keyshortcuts="V"
        >
          {t('startVote')}
        </button>
      )}
      {voteDialog && <StartVoteDialog onClose={() => setVoteDialog(false)} />}
    </div>
  );
}

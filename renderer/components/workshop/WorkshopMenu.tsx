import { useState } from 'react';
import { useT } from '../../i18n';
import { selectHasSelection, selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { enterFullScreen } from './fullScreen';
import { SecondScreenButton } from './SecondScreenButton';
import { StartVoteDialog } from './StartVoteDialog';
import { TimerMenu } from './TimerMenu';
import { useWorkshopShortcuts } from './useWorkshopShortcuts';
import { selectRunsWorkshop, selectVote } from './workshopSelectors';
import './workshop.css';

/** The toolbar's workshop tools: present, time-box a round, vote on the selected cards. */
export function WorkshopMenu() {
  const t = useT();
  useWorkshopShortcuts();
  const startPresentation = useApp((s) => s.startPresentation);
  const hasSelection = useApp(selectHasSelection);
  const readOnly = useApp(selectReadOnly);
  const voting = useApp(selectVote) !== null;
  const runs = useApp(selectRunsWorkshop);
  const [voteDialog, setVoteDialog] = useState(false);
  return (
    <div className="toolbar-group workshop-menu" role="group" aria-label={t('workshop')}>
      <button
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
          onClick={() => setVoteDialog(true)}
          disabled={!hasSelection || voting || readOnly}
          title={hasSelection ? undefined : t('voteNeedsSelection')}
        >
          {t('startVote')}
        </button>
      )}
      {voteDialog && <StartVoteDialog onClose={() => setVoteDialog(false)} />}
    </div>
  );
}

import type { AppState } from '../../store/types';

export const selectIdeaComposer = (s: AppState) => s.ideaComposer;
export const selectPresentation = (s: AppState) => s.presentation;
export const selectPresenting = (s: AppState) => s.presentation !== null;
export const selectPresentTextSize = (s: AppState) => s.presentTextSize;
export const selectSavedViews = (s: AppState) => s.openMeta?.views;
export const selectTimer = (s: AppState) => s.timer;
export const selectVote = (s: AppState) => s.vote;
export const selectVoteRound = (s: AppState) => s.vote?.round ?? null;
export const selectVoteResults = (s: AppState) => s.openMeta?.votes;
/** Solo, or the facilitator of a live session: the one who runs the timer and the vote. */
export const selectRunsWorkshop = (s: AppState) => s.live === null || s.live.role === 'facilitator';
/** Dots are each person's own in a live session; solo, the facilitator enters tallies. */
export const selectOwnDots = (s: AppState) => s.liveWorkshop?.myDots ?? null;

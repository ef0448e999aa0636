import type { StateCreator } from 'zustand';
import { newId } from '../../shared/model/ids';
import type { MapFilter } from '../../shared/map/filters';
import { displayName } from '../../shared/model/nodes';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { convertIdea, planIdea, type ConvertibleKind } from '../../shared/workshop/ideas';
import { clampSlide, presentZoom, slidesOf, type TextSize } from '../../shared/workshop/present';
import {
  addMinute,
  pauseTimer,
  resumeTimer,
  startTimer,
  type WorkshopTimer,
} from '../../shared/workshop/timer';
import {
  changeTally,
  endVote,
  nextRound,
  startVote,
  voteQuestionError,
  type ActiveVote,
} from '../../shared/workshop/vote';
import { voteResultLimitPassed, withNewestResult } from '../../shared/format/workshopSchema';
import { FIELD_ERROR_MESSAGES } from '../../shared/i18n/fieldErrors';
import { formatCount } from '../../shared/i18n/formatNumbers';
import { indexById, strategyGraphOf, toStrategyNode } from './flow';
import { limitNotice } from './limitNotice';
import { selectSelectedNodeIds } from './selectors';
import { takenPlaces } from './editingActions';
import type { AppState, SliceContext } from './types';
import type { ContextMenuAt } from '../components/workshop/CanvasContextMenu';

/** Typing ideas one after another: the idea new ones go under with Tab, and how many so far. */
export interface IdeaComposer {
  currentId: string | null;
  added: number;
}

/**
 * A presentation shown here alone, or split: this window keeps the presenter's notes while a
 * projector window (which follows it) shows the slides.
 */
export type PresentScreen = 'stage' | 'presenter' | 'projector';

export interface Presentation {
  slide: number;
  screen: PresentScreen;
}

/** Where the map was before a presentation, to go back there after it. */
interface BeforePresenting {
  filters: MapFilter;
  focus: AppState['mapFocus'];
  added: AppState['addedInSight'];
  centre: { x: number; y: number; zoom: number } | null;
}

/**
 * Workshop state is plain data (the composer, slide, timer and vote), so it can be shared with
 * other screens as it is; the rules that change it are in shared/workshop.
 */
export interface WorkshopSlice {
  ideaComposer: IdeaComposer | null;
  /** Opens the text box for new ideas; a selected node becomes the one Tab links under. */
  openIdeaComposer(): void;
  /** Adds an idea; `linked` puts it under the current one, joined to it. Returns its id. */
  /** `coveredBelow`: the pixels at the canvas's foot the idea box covers, where no idea lands. */
  addComposedIdea(
    text: string,
    author: string,
    linked: boolean,
    coveredBelow?: number,
  ): string | null;
  closeIdeaComposer(): void;
  /** Turns an idea into another kind as one undoable step, and says which relationships went. */
  /** Whether the idea became a card of `kind` (false: refused, and said why). */
  convertIdea(ideaId: string, kind: ConvertibleKind): boolean;

  presentation: Presentation | null;
  presentTextSize: TextSize;
  startPresentation(slide?: number, screen?: PresentScreen): void;
  stopPresentation(): void;
  showSlide(index: number): void;
  setPresentTextSize(size: TextSize): void;

  timer: WorkshopTimer | null;
  startTimer(minutes: number): void;
  pauseTimer(): void;
  resumeTimer(): void;
  addTimerMinute(): void;
  stopTimer(): void;

  vote: ActiveVote | null;
  /** Starts a vote on the selected nodes; false when none is selected. */
  startVote(question: string, dotsPerPerson: number): boolean;
  changeTally(nodeId: string, by: number): void;
  revealVotes(): void;
  /**
   * Keeps the result in the strategy as one undoable step; at the file's limit of results the
   * oldest gives way, except in a live session, where the vote stays open (the user is told).
   */
  endVote(): void;
  cancelVote(): void;

  contextMenu: ContextMenuAt | null;
  openContextMenu(at: ContextMenuAt): void;
  closeContextMenu(): void;
}

export const createWorkshopSlice =
  ({ deps }: SliceContext): StateCreator<AppState, [], [], WorkshopSlice> =>
  (set, get) => {
    const now = () => deps.now().getTime();
    let before: BeforePresenting | null = null;

    const graph = () => strategyGraphOf(get().nodes, get().edges);

    return {
      ideaComposer: null,
      presentation: null,
      presentTextSize: 'normal',
      timer: null,
      vote: null,

      openIdeaComposer() {
        if (get().readOnly || !get().openMeta) return;
        const selected = selectSelectedNodeIds(get());
        set({ ideaComposer: { currentId: selected.length === 1 ? selected[0]! : null, added: 0 } });
      },

      addComposedIdea(text, author, linked, coveredBelow = 0) {
        const composer = get().ideaComposer;
        if (!composer || text.trim() === '') return null;
        const under = linked ? composer.currentId : null;
        const plan = planIdea(
          graph(),
          get().viewport?.visibleArea(coveredBelow) ?? null,
          { text, author, under },
          newId,
          takenPlaces(get()),
          get().viewport?.coveredAreas() ?? [],
        );
        if (!get().commit(plan.change)) return null;
        // The room sees each idea land, a filter that hid ideas or a focus notwithstanding.
        get().showNodeKind('idea');
        get().keepInSight([plan.id]);
        // Moved only as far as it takes: centred on, the map the room was reading jumped away.
        const zoom = get().viewport?.centre()?.zoom;
        if (!plan.inView && zoom)
          get().viewport?.keepInView({
            left: plan.position.x,
            top: plan.position.y,
            right: plan.position.x + NODE_WIDTH,
            // Clear of the composer, which covers the view's foot.
            bottom: plan.position.y + NODE_HEIGHT + coveredBelow / zoom,
          });
        // An idea typed with Enter is the one the next Tab goes under; Tab keeps the parent.
        set({
          ideaComposer: {
            currentId: linked && composer.currentId ? composer.currentId : plan.id,
            added: composer.added + 1,
          },
        });
        return plan.id;
      },

      closeIdeaComposer() {
        set({ ideaComposer: null });
      },

      convertIdea(ideaId, kind) {
        const conversion = convertIdea(graph(), ideaId, kind, get().language, get().today());
        if (!conversion || !get().commit(conversion.change)) return false;
        const kindName = { key: `kind.${kind}` } as const;
        if (conversion.dropped.length === 0) {
          get().showNotice({ tone: 'info', key: 'convertedIdea', values: { kind: kindName } });
          return true;
        }
        const index = indexById(get().nodes);
        const language = get().language;
        const list = conversion.dropped
          .map(({ otherId }) => {
            const other = index.get(otherId);
            return other ? displayName(toStrategyNode(other), language) : otherId;
          })
          .join(', ');
        get().showNotice({
          tone: 'info',
          key: 'convertedIdeaDropped',
          values: { kind: kindName, count: conversion.dropped.length, list },
        });
        return true;
      },

      startPresentation(slide = 0, screen = 'stage') {
        const open = get().openMeta;
        if (!open) return;
        before = {
          filters: open.filters,
          focus: get().mapFocus,
          added: get().addedInSight,
          centre: get().viewport?.centre() ?? null,
        };
        // Nothing stays selected: the keys that step through slides would otherwise move cards.
        set({
          ideaComposer: null,
          presentation: { slide: 0, screen },
          nodes: get().nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
          edges: get().edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        });
        get().showSlide(slide);
      },

      stopPresentation() {
        if (!get().presentation) return;
        set({ presentation: null });
        const back = before;
        before = null;
        if (!back) return;
        get().setMapFilter(back.filters);
        // The slides changed the map, not the user: the cards they had added come back with it.
        set({ mapFocus: back.focus, addedInSight: back.added });
        if (back.centre) get().viewport?.centreOn(back.centre, back.centre.zoom, 0);
      },

      showSlide(index) {
        if (!get().presentation) return;
        const slides = slidesOf(get().openMeta?.views);
        const slide = clampSlide(index, slides.length);
        const current = get().presentation;
        if (current && current.slide !== slide) set({ presentation: { ...current, slide } });
        const view = slides[slide];
        const canvas = get().viewport;
        if (view) get().restoreView(view.id);
        else canvas?.fit(null, 0);
        const centre = canvas?.centre();
        if (!canvas || !centre) return;
        const zoom = presentZoom(centre.zoom, get().presentTextSize);
        if (zoom !== centre.zoom) canvas.centreOn(centre, zoom, 0);
      },

      setPresentTextSize(size) {
        set({ presentTextSize: size });
        const presentation = get().presentation;
        if (presentation) get().showSlide(presentation.slide);
      },

      startTimer(minutes) {
        set({ timer: startTimer(minutes, now()) });
      },
      pauseTimer() {
        const timer = get().timer;
        if (timer) set({ timer: pauseTimer(timer, now()) });
      },
      resumeTimer() {
        const timer = get().timer;
        if (timer) set({ timer: resumeTimer(timer, now()) });
      },
      addTimerMinute() {
        const timer = get().timer;
        if (timer) set({ timer: addMinute(timer, now()) });
      },
      stopTimer() {
        set({ timer: null });
      },

      startVote(question, dotsPerPerson) {
        const language = get().language;
        const index = indexById(get().nodes);
        const options = selectSelectedNodeIds(get()).flatMap((id) => {
          const node = index.get(id);
          return node ? [{ nodeId: id, label: displayName(toStrategyNode(node), language) }] : [];
        });
        // Refused here, not when it ends: the room's dots would then have nowhere to be kept.
        const questionError = voteQuestionError(question);
        if (questionError) {
          get().showNotice({ tone: 'error', key: FIELD_ERROR_MESSAGES[questionError] });
          return false;
        }
        const round = nextRound(get().openMeta?.votes ?? []);
        const vote = startVote(options, question, dotsPerPerson, round);
        if (!vote) {
          get().showNotice({ tone: 'error', key: 'voteNeedsSelection' });
          return false;
        }
        set({ vote });
        // What the vote needed, said before, is answered: left up, it would contradict the vote.
        if (get().notice?.key === 'voteNeedsSelection') get().dismissNotice();
        return true;
      },

      changeTally(nodeId, by) {
        const vote = get().vote;
        if (vote) set({ vote: changeTally(vote, nodeId, by) });
      },

      revealVotes() {
        const vote = get().vote;
        if (vote && !vote.revealed) set({ vote: { ...vote, revealed: true } });
      },

      endVote() {
        const vote = get().vote;
        const open = get().openMeta;
        if (!vote || !open || get().readOnly) return;
        const language = get().language;
        const results = open.votes ?? [];
        const passed = voteResultLimitPassed(results.length + 1);
        // A live session's copies each keep every result the facilitator ended, up to the limit,
        // and refuse newer ones past it: one dropped here would stay in theirs, and this vote's
        // result would never reach them. So the vote stays open for the room to read out.
        if (passed && get().liveWorkshop) {
          get().showNotice(limitNotice(passed, language));
          return;
        }
        // Alone, the facilitator expects the vote the room has just held to be kept: refusing
        // would lose it, and every vote after it, as kept results cannot be deleted. The oldest
        // round matters least by then, and the notice names it.
        const { kept, dropped } = withNewestResult(
          results,
          endVote(vote, newId('vote'), get().today()),
        );
        // Refused, the vote stays open, and the notice says why: nothing the room did is lost.
        if (!get().commitMeta({ votes: kept })) return;
        set({ vote: null });
        get().showNotice(
          passed && dropped.length > 0
            ? {
                tone: 'info',
                key: 'voteKeptOldestDropped',
                values: {
                  maximum: formatCount(passed.maximum, language),
                  rounds: dropped.map((result) => result.round).join(', '),
                },
              }
            : { tone: 'info', key: 'voteKept' },
        );
      },

      cancelVote() {
        set({ vote: null });
      },

      contextMenu: null,
      openContextMenu(at) {
        if (get().presentation) return;
        // The card a menu acts on is the one selected, as after a click.
        if (at.nodeId) get().selectOnly(at.nodeId);
        set({ contextMenu: at });
      },
      closeContextMenu() {
        if (get().contextMenu) set({ contextMenu: null });
      },
    };
  };

import type { StateCreator } from 'zustand';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { ProjectData } from '../../shared/model/fields';
import type { StrategyNode } from '../../shared/model/graph';
import { unmetGateItems } from '../../shared/pipeline/gates';
import { gateOverride, isoDate, recordStageChange } from '../../shared/pipeline/history';
import { matchesFilter, NO_FILTER, projectContexts } from '../../shared/pipeline/projects';
import { displayName } from '../../shared/model/nodes';
import { indexById, strategyGraphOf, toStrategyNode } from './flow';
import type { AppState, PipelineSlice, SliceContext } from './types';

type ProjectNode = Extract<StrategyNode, { kind: 'project' }>;

/** How long a card waits for an undo taken in a live session to reach the store. */
const STEP_ARRIVES_WITHIN_MS = 1000;

export const createPipelineSlice =
  ({ deps }: SliceContext): StateCreator<AppState, [], [], PipelineSlice> =>
  (set, get, api) => {
    const projectOf = (id: string): ProjectNode | undefined => {
      const node = indexById(get().nodes).get(id);
      return node?.type === 'project' ? (toStrategyNode(node) as ProjectNode) : undefined;
    };

    const commitProject = (project: ProjectNode, data: ProjectData, coalesceKey?: string) => {
      get().commit({ ...EMPTY_CHANGE, putNodes: [{ ...project, data }] }, coalesceKey);
    };

    return {
      editorView: 'canvas',
      boardFilter: NO_FILTER,
      boardSort: 'daysInStage',
      pendingStageMove: null,
      pendingFocus: null,
      boardFocusRequest: null,

      today: () => isoDate(deps.now()),

      setBoardFilter(boardFilter) {
        set({ boardFilter });
      },

      setBoardSort(boardSort) {
        set({ boardSort });
      },

      setEditorView(view) {
        set({ editorView: view });
      },

      requestStageChange(projectId, to, { fromBoard = false } = {}) {
        const project = projectOf(projectId);
        const settings = get().openMeta?.pipeline;
        if (!project || !settings || project.data.stage === to) return;
        const unmet = unmetGateItems(
          project.data.stage,
          to,
          project.data.gateChecks,
          settings.gates,
        );
        if (unmet.length > 0) {
          set({ pendingStageMove: { projectId, to, unmet, fromBoard } });
          return;
        }
        commitProject(
          project,
          recordStageChange(project.data, to, { date: get().today(), note: '' }),
        );
        if (fromBoard) set({ boardFocusRequest: projectId });
      },

      confirmStageMove(reason) {
        const pending = get().pendingStageMove;
        set({ pendingStageMove: null });
        const project = pending && projectOf(pending.projectId);
        if (!pending || !project) return;
        const override = gateOverride(reason, pending.unmet);
        commitProject(
          project,
          recordStageChange(project.data, pending.to, {
            date: get().today(),
            note: reason,
            override,
          }),
        );
        if (pending.fromBoard) set({ boardFocusRequest: pending.projectId });
      },

      cancelStageMove() {
        set({ pendingStageMove: null });
      },

      toggleGateCheck(projectId, itemId) {
        const project = projectOf(projectId);
        if (!project) return;
        const checks = project.data.gateChecks;
        const gateChecks = checks.includes(itemId)
          ? checks.filter((id) => id !== itemId)
          : [...checks, itemId];
        commitProject(project, { ...project.data, gateChecks });
      },

      setFundingLines(projectId, funding, coalesceKey) {
        const project = projectOf(projectId);
        if (project) commitProject(project, { ...project.data, funding }, coalesceKey);
      },

      updatePipelineSettings(pipeline) {
        return get().commitMeta({ pipeline });
      },

      revealNode(nodeId) {
        get().selectOnly(nodeId);
        set({ editorView: 'canvas', pendingFocus: nodeId });
      },

      showOnBoard(projectId) {
        const project = projectOf(projectId);
        if (!project) return;
        get().selectOnly(projectId);
        const { nodes, edges, boardFilter, language } = get();
        const context = projectContexts(strategyGraphOf(nodes, edges)).find(
          (p) => p.id === projectId,
        );
        if (context && !matchesFilter(context, boardFilter)) {
          set({ boardFilter: NO_FILTER });
          get().showNotice({
            tone: 'info',
            key: 'boardFiltersClearedFor',
            values: { name: displayName(project, language) },
          });
        }
        set({ boardFocusRequest: projectId });
      },

      clearPendingFocus() {
        set({ pendingFocus: null });
      },

      clearBoardFocusRequest() {
        set({ boardFocusRequest: null });
      },

      stepFromBoardCard(step, projectId) {
        const stage = () => projectOf(projectId)?.data.stage;
        const before = stage();
        const follow = () => {
          if (stage()) set({ boardFocusRequest: projectId });
        };
        get()[step]();
        if (stage() !== before) return follow();
        if (!get().live) return;
        // While shared, the step reaches the store once the shared document has it, within a
        // frame or so: the card follows it then. A step that moved no card leaves it be.
        const stopWatching = api.subscribe(() => {
          if (stage() === before) return;
          stopWatching();
          follow();
        });
        setTimeout(stopWatching, STEP_ARRIVES_WITHIN_MS);
      },
    };
  };

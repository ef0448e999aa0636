import type { StateCreator } from 'zustand';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { StrategyNode } from '../../shared/model/graph';
import { newId } from '../../shared/model/ids';
import { isPartner, type PartnerNode } from '../../shared/activity/exchangeLog';
import {
  emptyMeasure,
  projectFromExchange,
  withExchange,
  withMeasure,
  withoutExchange,
  withoutMeasure,
} from '../../shared/activity/edits';
import type { ActivitySettings, Exchange, Measure } from '../../shared/activity/types';
import type { ExchangeImportPlan } from '../../shared/exchange/exchangeLogCsv';
import { indexById, toStrategyNode } from './flow';
import { limitNotice } from './limitNotice';
import type { AppState, SliceContext } from './types';

type GoalNode = Extract<StrategyNode, { kind: 'goal' }>;

export interface ActivitySlice {
  /**
   * Adds an exchange to a partner's log, or replaces the one with its id. False when nothing
   * changed: the window refused the edit, or the log would pass the file's limit.
   */
  putExchange(partnerId: string, exchange: Exchange): boolean;
  deleteExchange(partnerId: string, exchangeId: string): void;
  /** Makes a project from an exchange and links the two; returns its id, or null if refused. */
  createProjectFromExchange(partnerId: string, exchangeId: string): string | null;
  /**
   * Adds an empty measure to a goal; returns its id, or null when nothing changed: the window
   * refused the edit, or the goal would pass the file's limit of measures.
   */
  addMeasure(goalId: string): string | null;
  putMeasure(goalId: string, measure: Measure, coalesceKey?: string): void;
  deleteMeasure(goalId: string, measureId: string): void;
  /** Sets the day the open strategy is read as of; '' for today. Stored, not undone. */
  setAsOf(date: string): void;
  setActivitySettings(settings: ActivitySettings): void;
  /**
   * Adds the plan's exchanges to their partners' logs as one undoable action. False when
   * nothing was added: the window refused the edit, or a log would pass the file's limit; the
   * user is told which.
   */
  applyExchangeImport(plan: ExchangeImportPlan): boolean;
}

export const createActivitySlice =
  (_context: SliceContext): StateCreator<AppState, [], [], ActivitySlice> =>
  (_set, get) => {
    const nodeOf = (id: string): StrategyNode | undefined => {
      const node = indexById(get().nodes).get(id);
      return node ? toStrategyNode(node) : undefined;
    };
    const partnerOf = (id: string): PartnerNode | undefined => {
      const node = nodeOf(id);
      return node && isPartner(node) ? node : undefined;
    };
    const goalOf = (id: string): GoalNode | undefined => {
      const node = nodeOf(id);
      return node?.kind === 'goal' ? node : undefined;
    };
    const put = (node: StrategyNode, coalesceKey?: string) =>
      get().commit({ ...EMPTY_CHANGE, putNodes: [node] }, coalesceKey);

    return {
      putExchange(partnerId, exchange) {
        const partner = partnerOf(partnerId);
        return !!partner && put(withExchange(partner, exchange));
      },

      deleteExchange(partnerId, exchangeId) {
        const partner = partnerOf(partnerId);
        if (partner) put(withoutExchange(partner, exchangeId));
      },

      createProjectFromExchange(partnerId, exchangeId) {
        const partner = partnerOf(partnerId);
        const exchange = partner?.data.exchanges?.find((e) => e.id === exchangeId);
        if (!partner || !exchange || get().readOnly) return null;
        const ids = { project: newId('project'), edge: newId('e') };
        const taken = get().nodes.map((n) => n.position);
        const change = projectFromExchange(
          partner,
          exchange,
          ids,
          taken,
          get().language,
          get().today(),
        );
        return get().commit(change) ? ids.project : null;
      },

      addMeasure(goalId) {
        const goal = goalOf(goalId);
        if (!goal || get().readOnly) return null;
        const measure = emptyMeasure(newId('measure'));
        return put(withMeasure(goal, measure)) ? measure.id : null;
      },

      putMeasure(goalId, measure, coalesceKey) {
        const goal = goalOf(goalId);
        if (goal) put(withMeasure(goal, measure), coalesceKey);
      },

      deleteMeasure(goalId, measureId) {
        const goal = goalOf(goalId);
        if (goal) put(withoutMeasure(goal, measureId));
      },

      setAsOf(asOf) {
        get().commitMeta({ asOf }, 'asOf');
      },

      setActivitySettings(activity) {
        get().commitMeta({ activity }, 'activity');
      },

      applyExchangeImport(plan) {
        if (plan.limitPassed) {
          get().showNotice(limitNotice(plan.limitPassed, get().language));
          return false;
        }
        const partners = new Map<string, PartnerNode>();
        for (const { partnerId, exchange } of plan.additions) {
          const partner = partners.get(partnerId) ?? partnerOf(partnerId);
          if (partner)
            partners.set(partnerId, withExchange(partner, { ...exchange, id: newId('exchange') }));
        }
        return get().commit({ ...EMPTY_CHANGE, putNodes: [...partners.values()] });
      },
    };
  };

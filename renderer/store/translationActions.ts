import type { StoreApi } from 'zustand';
import { missingLanguage } from '../../shared/model/names';
import { nameFieldKey } from '../../shared/model/nameField';
import { nextUntranslated, nodeNames } from '../../shared/model/nodes';
import { strategyGraphOf, toStrategyNode, type FlowNode } from './flow';
import type { AppState, EditorSlice } from './types';

export type TranslationActions = Pick<
  EditorSlice,
  'fieldFocusRequest' | 'clearFieldFocusRequest' | 'goToNextUntranslated'
>;

/** Going through the names written in one language only, to give each its other language. */
export function createTranslationActions(
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
): TranslationActions {
  return {
    fieldFocusRequest: null,

    clearFieldFocusRequest() {
      set({ fieldFocusRequest: null });
    },

    goToNextUntranslated() {
      const { nodes, edges } = get();
      const selected = nodes.filter((n) => n.selected);
      const current = selected.length === 1 ? selected[0]!.id : null;
      const next = nextUntranslated(strategyGraphOf(nodes, edges).nodes, current);
      if (!next) return;
      get().revealNode(next.id);
      set({
        fieldFocusRequest: { nodeId: next.id, field: nameFieldKey(next.kind, next.missing) },
      });
    },
  };
}

/** Whether each node's data lacks a language, kept per data object: a drag changes no data. */
const lacksLanguage = new WeakMap<object, boolean>();

/** How many nodes are named in one language only. */
export function countUntranslated(nodes: readonly FlowNode[]): number {
  let count = 0;
  for (const node of nodes) {
    let lacks = lacksLanguage.get(node.data);
    if (lacks === undefined) {
      lacks = missingLanguage(nodeNames(toStrategyNode(node))) !== null;
      lacksLanguage.set(node.data, lacks);
    }
    if (lacks) count++;
  }
  return count;
}

export const selectUntranslatedCount = (s: AppState) => countUntranslated(s.nodes);

import type { StoreApi } from 'zustand';
import { nameFieldKey } from '../../shared/model/nameField';
import { namedInOneLanguage, nextUntranslated } from '../../shared/model/nodes';
import { strategyGraphOf, type FlowNode } from './flow';
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

/** The last list counted, with what each of its nodes lacked, to count the next from. */
let lastCount: { nodes: readonly FlowNode[]; lacks: Uint8Array; count: number } | null = null;

/**
 * How many nodes are named in one language only. The sidebar asks on every change of the store,
 * and a large strategy has tens of thousands of nodes: the same list is not counted twice, and a
 * list that differs from the last one only in some nodes' records (an edit, a drag) looks again
 * only at the nodes whose data changed.
 */
export function countUntranslated(nodes: readonly FlowNode[]): number {
  const last = lastCount;
  if (last?.nodes === nodes) return last.count;
  const lacks = new Uint8Array(nodes.length);
  const comparable = last !== null && last.nodes.length === nodes.length;
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const before = comparable ? last.nodes[i]! : undefined;
    const lacking =
      before !== undefined && before.data === node.data && before.type === node.type
        ? last!.lacks[i] === 1
        : namedInOneLanguage(node.type, node.data);
    lacks[i] = lacking ? 1 : 0;
    if (lacking) count++;
  }
  lastCount = { nodes, lacks, count };
  return count;
}

export const selectUntranslatedCount = (s: AppState) => countUntranslated(s.nodes);

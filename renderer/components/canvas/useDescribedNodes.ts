import { useMemo, useState } from 'react';
import type { Translate } from '../../../shared/i18n/translate';
import type { FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from '../../store/keepArray';

interface Described {
  node: FlowNode;
  attributes: FlowNode['domAttributes'];
}

/**
 * The nodes React Flow is given, each described to screen readers as a card in the UI language:
 * React Flow otherwise calls every node a "node", in English. A node keeps its described copy
 * while it and the language stay the same, so a drag frame copies only the nodes it moves.
 */
export function useDescribedNodes(nodes: FlowNode[], t: Translate): FlowNode[] {
  const [described] = useState(() => new WeakMap<FlowNode, Described>());
  const [stable] = useState(() => keepArrayWhileSame<FlowNode>());
  const attributes = useMemo(() => ({ 'aria-roledescription': t('flow.nodeRole') }), [t]);
  return useMemo(
    () =>
      stable(
        nodes.map((node) => {
          const previous = described.get(node);
          if (previous?.attributes === attributes) return previous.node;
          const copy = { ...node, domAttributes: attributes } as FlowNode;
          described.set(node, { node: copy, attributes });
          return copy;
        }),
      ),
    [nodes, attributes, described, stable],
  );
}

import { useMemo, useState } from 'react';
import type { Translate } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/model/graph';
import { accessibleName } from '../../../shared/model/names';
import { nodeShownName } from '../../../shared/model/nodes';
import { relationshipName } from '../../../shared/model/relationships';
import { NODE_KINDS } from '../../../shared/model/vocabulary';
import { indexById, toStrategyNode, type FlowEdge, type FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from '../../store/keepArray';

interface Named {
  edge: FlowEdge;
  source: unknown;
  target: unknown;
  t: Translate;
}

/**
 * The edges with accessible names read from both ends and the relationship, in the UI language
 * ("Busan — serves goal — Global hub city"), each end named as its card names it to screen readers
 * ("오사카 (untranslated)" for a name shown from the other language). An edge keeps its named copy while neither end's
 * data nor the language changes, so an edit renames only the edges of the node edited.
 */
export function useNamedEdges(
  edges: FlowEdge[],
  nodes: FlowNode[],
  t: Translate,
  language: Language,
): FlowEdge[] {
  const [named] = useState(() => new WeakMap<FlowEdge, Named>());
  const [stable] = useState(() => keepArrayWhileSame<FlowEdge>());
  // React Flow tells screen readers each edge is an "edge", in English, unless told otherwise.
  const roleAttributes = useMemo(() => ({ 'aria-roledescription': t('flow.edgeRole') }), [t]);
  return useMemo(() => {
    // No edges, no index: a large strategy opens with none near the view until it is placed.
    if (edges.length === 0) return stable(edges);
    const index = indexById(nodes);
    const nameOf = (node: FlowNode | undefined, id: string) => {
      // A record of a kind this version does not know goes by its id rather than break the canvas.
      if (!node || !(NODE_KINDS as readonly string[]).includes(node.type)) return id;
      const strategyNode = toStrategyNode(node);
      // Said as the card says it: a name shown from the other language is marked untranslated.
      return accessibleName(nodeShownName(strategyNode, language), strategyNode.kind, t);
    };
    return stable(
      edges.map((edge) => {
        const source = index.get(edge.source);
        const target = index.get(edge.target);
        const previous = named.get(edge);
        if (
          previous &&
          previous.source === source?.data &&
          previous.target === target?.data &&
          previous.t === t
        )
          return previous.edge;
        const ariaLabel = relationshipName(
          nameOf(source, edge.source),
          t(`edge.${edge.data?.kind ?? 'partnersWith'}`),
          nameOf(target, edge.target),
        );
        const copy =
          previous?.edge.ariaLabel === ariaLabel && previous.edge.domAttributes === roleAttributes
            ? previous.edge
            : { ...edge, ariaLabel, domAttributes: roleAttributes };
        named.set(edge, { edge: copy, source: source?.data, target: target?.data, t });
        return copy;
      }),
    );
  }, [edges, nodes, t, language, named, stable, roleAttributes]);
}

import { describe, expect, it } from 'vitest';
import { createNode } from '../../shared/model/nodes';
import { createEdgeRouter, edgeNameSizes } from '../../renderer/components/canvas/useEdgeRoutes';
import { translator } from '../../shared/i18n/translate';
import { toFlowEdge, toFlowNode } from '../../renderer/store/flow';

// A row of cards with edges from each to the cards two and five along: others lie in their way.
const nodes = Array.from({ length: 120 }, (_, i) =>
  toFlowNode(
    createNode('partnerCity', `c${i}`, { x: (i % 30) * 300, y: Math.floor(i / 30) * 200 }),
  ),
);
const edges = nodes.flatMap((_, i) =>
  [2, 5]
    .filter((step) => i + step < nodes.length)
    .map((step) =>
      toFlowEdge({
        id: `e${i}-${step}`,
        kind: 'partnersWith',
        source: `c${i}`,
        target: `c${i + step}`,
      }),
    ),
);

const nameSizes = edgeNameSizes(translator('en'));

describe('routing edges round the cards in their way', () => {
  it('works the routes out over as many slices as it takes, the same as in one', () => {
    const inOne = createEdgeRouter();
    inOne.route(edges, nodes, edges, false, nameSizes);
    expect(inOne.settle(Infinity)).toBe('done');
    const whole = inOne.route(edges, nodes, edges, false, nameSizes);

    const inSlices = createEdgeRouter();
    const straight = inSlices.route(edges, nodes, edges, false, nameSizes);
    let slices = 0;
    let progress;
    do {
      progress = inSlices.settle(0);
      slices++;
    } while (progress === 'more');
    expect(progress).toBe('done');
    expect(slices).toBeGreaterThan(2);
    const sliced = inSlices.route(edges, nodes, edges, false, nameSizes);

    expect(sliced.map((e) => e.data?.route)).toEqual(whole.map((e) => e.data?.route));
    // Some routes bend round cards: the edges drawn before settling ran slightly bowed.
    expect(sliced.some((e, i) => e.data?.route !== straight[i]!.data?.route)).toBe(true);
    expect(inSlices.settle(0)).toBe('none');
  });
});

import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createNode } from '../../shared/model/nodes';
import {
  createEdgeRouter,
  edgeNameSizes,
  useEdgeRoutes,
} from '../../renderer/components/canvas/useEdgeRoutes';
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

// The sample's goal tree in small: two rows 28 units apart, and an edge from a task two rows
// down to the vision, whose middle passes under the direction beside it.
const tree = [
  toFlowNode(createNode('goal', 'vision', { x: 348, y: 0 })),
  toFlowNode(createNode('goal', 'left', { x: 0, y: 100 })),
  toFlowNode(createNode('goal', 'middle', { x: 232, y: 100 })),
];
const treeEdges = [
  toFlowEdge({ id: 'up', kind: 'subgoalOf', source: 'left', target: 'vision' }),
  toFlowEdge({ id: 'beside', kind: 'subgoalOf', source: 'middle', target: 'vision' }),
];
const nameOf = (
  routed: ReturnType<typeof createEdgeRouter>['route'] extends (...args: never[]) => infer R
    ? R
    : never,
  id: string,
) => routed.find((edge) => edge.id === id)?.data?.route?.name;

describe("placing the edges' names", () => {
  it('at reading zoom only, where names show', () => {
    const zoomedOut = createEdgeRouter();
    zoomedOut.route(treeEdges, tree, treeEdges, true, nameSizes);
    zoomedOut.settle(Infinity);
    expect(nameOf(zoomedOut.route(treeEdges, tree, treeEdges, true, nameSizes), 'up')).toBe(
      undefined,
    );

    const reading = createEdgeRouter();
    reading.route(treeEdges, tree, treeEdges, false, nameSizes);
    expect(reading.settle(Infinity)).toBe('done');
    expect(nameOf(reading.route(treeEdges, tree, treeEdges, false, nameSizes), 'up')).toBeDefined();
    expect(reading.settle(Infinity)).toBe('none');
  });

  it('again when the relationship changes: another name, of another length', () => {
    const router = createEdgeRouter();
    router.route(treeEdges, tree, treeEdges, false, nameSizes);
    router.settle(Infinity);
    const before = router.calls();
    const changed = treeEdges.map((edge) =>
      edge.id === 'up'
        ? toFlowEdge({ id: 'up', kind: 'locatedIn', source: 'left', target: 'vision' })
        : edge,
    );
    router.route(changed, tree, changed, false, nameSizes);
    expect(router.calls()).toBeGreaterThan(before);
    expect(router.settle(Infinity)).toBe('done');
  });

  it('once the view zooms in to reading size, though no route changes', async () => {
    const { result, rerender } = renderHook(
      ({ bundled }) => useEdgeRoutes(treeEdges, tree, treeEdges, bundled, nameSizes),
      { initialProps: { bundled: true } },
    );
    await waitFor(() =>
      expect(result.current.find((e) => e.id === 'up')?.data?.route?.bend).not.toBe(0),
    );
    expect(result.current.find((e) => e.id === 'up')?.data?.route?.name).toBe(undefined);
    rerender({ bundled: false });
    await waitFor(() =>
      expect(result.current.find((e) => e.id === 'up')?.data?.route?.name).toBeDefined(),
    );
  });
});

import type { Exchange } from '../../shared/activity/types';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { Language, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import { toFlowEdge, toFlowNode } from '../../renderer/store/flow';
import { makeTestStore } from './testStore';

const named = (kind: 'goal' | 'project' | 'actor', id: string, name: string, x: number) => {
  const made = createNode(kind, id, { x, y: 0 });
  const key = kind === 'actor' ? 'name' : 'title';
  return { ...made, data: { ...made.data, [key]: name } } as StrategyNode;
};

/**
 * A strategy open for editing with a goal (vision), a partner city (hanoi) whose log holds
 * `logged` exchanges, a project (metro) and an actor (koica), saved, in `language`. Fillers put into the
 * window's copy only bring it to a limit cheaply, without writing thousands of records.
 */
export async function openWithFourCards(logged = 0, language: Language = 'en') {
  const test = await makeTestStore({ seed: false, language });
  const id = (await test.state().createStrategy('Plan'))!;
  await test.state().openStrategy(id);
  const city = createNode('partnerCity', 'hanoi', { x: 300, y: 0 });
  const exchanges = Array.from({ length: logged }, (_, i): Exchange => ({
    id: `x${i}`,
    kind: 'other',
    date: '2020-01-01',
    who: '',
    topic: `Meeting ${i}`,
    followUp: i === 0,
    projectId: '',
  }));
  const hanoi = { ...city, data: { ...city.data, name: 'Hanoi', exchanges } } as StrategyNode;
  const cards = [
    named('goal', 'vision', 'Global Seoul', 0),
    hanoi,
    named('project', 'metro', 'Metro line', 600),
    named('actor', 'koica', 'KOICA', 900),
  ];
  test.state().commit({ ...EMPTY_CHANGE, putNodes: cards });
  await test.whenSaved();
  return {
    ...test,
    id,
    stored: async () => (await test.db.loadStrategy(id))!,
    log: () =>
      (test.state().nodes.find((n) => n.id === 'hanoi')!.data as { exchanges: Exchange[] })
        .exchanges,
    /** Cards standing in for a strategy's others, up to `count` in all. */
    fillNodesTo(count: number) {
      const { nodes } = test.state();
      const fillers = Array.from({ length: count - nodes.length }, (_, i) =>
        toFlowNode(createNode('goal', `filler-${i}`, { x: -1000, y: 0 })),
      );
      test.store.setState({ nodes: [...nodes, ...fillers] });
    },
    /** Relationships standing in for a strategy's others, up to `count` in all. */
    fillEdgesTo(count: number) {
      const { edges } = test.state();
      const fillers = Array.from({ length: count - edges.length }, (_, i) =>
        toFlowEdge({ id: `filler-e${i}`, kind: 'relatesTo', source: 'metro', target: 'koica' }),
      );
      test.store.setState({ edges: [...edges, ...fillers] });
    },
  };
}

export type OpenAtLimit = Awaited<ReturnType<typeof openWithFourCards>>;

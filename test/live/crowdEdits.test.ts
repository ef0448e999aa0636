import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startLiveSession, type LiveSession } from '../../renderer/live/liveSession';
import type { LiveRecord } from '../../renderer/live/liveRecords';
import { blankStrategy } from '../../shared/model/blankStrategy';
import {
  applyChange,
  deletionChange,
  EMPTY_CHANGE,
  type GraphChange,
} from '../../shared/model/change';
import type { Strategy, StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { newId } from '../../shared/model/ids';
import { createNode, withFieldValue } from '../../shared/model/nodes';
import { nodesOf } from '../../shared/live/liveDoc';
import { BrowserLikeWebSocket, eventually, sessionEvents, startTestServer } from './liveTestKit';

// Ten copies of the app's live session (the module the editor uses, with its undo, refusals and
// local copy) against the real server, each with a store as small as the editor's: what they
// edit at random, all at once, must end the same everywhere, with every deletion kept.

(globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Person {
  name: string;
  graph: StrategyGraph;
  session: LiveSession;
  notices: number;
}

function personOn(
  strategyId: string,
  name: string,
  record: LiveRecord,
  seed: boolean,
  graph: StrategyGraph = { nodes: [], edges: [] },
  unsharedEdits = false,
): Person {
  const meta = blankStrategy('2026-01-01T00:00:00.000Z', 'Crowd plan');
  const person = { name, graph, notices: 0 } as unknown as Person;
  person.session = startLiveSession({
    strategyId,
    record,
    name,
    participantId: `${name.toLowerCase()}-participant-0001`,
    seedFromStore: seed,
    takeUnsharedEdits: () => unsharedEdits,
    events: sessionEvents({
      snapshot: () => ({ ...meta, id: strategyId, ...person.graph }) as unknown as Strategy,
      onReading: (reading) => (person.graph = applyChange(person.graph, reading.change)),
      onRefused: (reason) => {
        throw new Error(`${name} refused: ${reason}`);
      },
      onEditOfDeleted: () => (person.notices += 1),
    }),
  });
  return person;
}

/** A session opened on `strategyId` by Ahn, sharing her copy, and the record others join with. */
async function hostedByAhn(strategyId: string) {
  const { hostToken, joinCode } = await server.server.openSession(strategyId);
  const syncUrl = server.server.syncUrl;
  const hostRecord: LiveRecord = { syncUrl, credential: { hostToken }, role: 'facilitator' };
  const ahn = personOn(strategyId, 'Ahn', hostRecord, true);
  await ahn.session.ready;
  const joinRecord: LiveRecord = { syncUrl, credential: { code: joinCode }, role: 'editor' };
  return { ahn, joinRecord };
}

/** One person's edit through the path the editor's take: the store first, then the document. */
function edit(person: Person, change: GraphChange) {
  person.graph = applyChange(person.graph, change);
  person.session.link.push(change, undefined, undefined);
}

const plain = (person: Person) =>
  JSON.stringify({
    nodes: [...person.graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: [...person.graph.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
  });

test('ten people editing at random, deletions among the edits, end with one graph', async () => {
  const strategyId = 'crowd-plan';
  const { ahn, joinRecord } = await hostedByAhn(strategyId);
  const people = [ahn];
  for (const name of ['Bora', 'Chul', 'Dami', 'Eun', 'Hana', 'Ilsu', 'Jiwoo', 'Kyung', 'Minji'])
    people.push(personOn(strategyId, name, joinRecord, false));
  await Promise.all(people.map((person) => person.session.ready));
  await eventually(
    () => people.every((p) => p.session.provider?.isSynced),
    'everyone synced',
    20_000,
  );

  let state = 7;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const added: string[] = [];
  const deleted = new Set<string>();
  const pause = () => new Promise((resolve) => setTimeout(resolve, random() * 15));

  async function act(person: Person, adds: number, count: number) {
    for (let i = 0; i < adds + count; i++) {
      const ids = person.graph.nodes.map((node) => node.id);
      const choice = i < adds || ids.length < 4 ? 0 : random();
      if (choice < 0.2) {
        const node = createNode('goal', newId('goal'), { x: random() * 500, y: random() * 500 });
        const named = {
          ...node,
          data: withFieldValue('goal', node.data, 'title', `${person.name} ${i}`),
        } as StrategyNode;
        edit(person, { ...EMPTY_CHANGE, putNodes: [named] });
        added.push(node.id);
      } else if (choice < 0.35) {
        const chosen = pick(ids);
        const node = person.graph.nodes.find((n) => n.id === chosen)!;
        edit(person, {
          ...EMPTY_CHANGE,
          putNodes: [
            {
              ...node,
              data: { ...node.data, title: `${person.name} renamed ${i}` },
            } as StrategyNode,
          ],
        });
      } else if (choice < 0.5) {
        const chosen = pick(ids);
        const node = person.graph.nodes.find((n) => n.id === chosen)!;
        edit(person, {
          ...EMPTY_CHANGE,
          putNodes: [{ ...node, position: { x: node.position.x + 10, y: node.position.y - 10 } }],
        });
      } else if (choice < 0.62) {
        const id = pick(ids);
        edit(person, deletionChange(person.graph, [id], []));
        deleted.add(id);
      } else if (choice < 0.85) {
        const source = pick(ids);
        const target = pick(ids.filter((id) => id !== source));
        edit(person, {
          ...EMPTY_CHANGE,
          putEdges: [{ id: newId('e'), kind: 'subgoalOf', source, target }],
        });
      } else if (person.graph.edges.length > 0) {
        edit(person, deletionChange(person.graph, [], [pick(person.graph.edges).id]));
      }
      if (i >= adds) await pause();
    }
  }

  await Promise.all(people.map((person) => act(person, 2, 0)));
  await eventually(
    () => people.every((p) => p.graph.nodes.length === 20),
    'all twenty goals everywhere',
    20_000,
  );
  await Promise.all(people.map((person) => act(person, 0, 12)));
  await eventually(
    () => people.every((p) => plain(p) === plain(people[0]!)),
    'one graph everywhere',
    20_000,
  );

  const shown = people[0]!.graph.nodes.map((node) => node.id).sort();
  expect(shown).toEqual(added.filter((id) => !deleted.has(id)).sort());
  await Promise.all(people.map((person) => person.session.destroy(true)));
}, 60_000);

test('edits made while no session ran are shared on reconnecting; a deletion meanwhile stays', async () => {
  const strategyId = 'away-plan';
  const { ahn, joinRecord } = await hostedByAhn(strategyId);
  const goal = (title: string) => {
    const node = createNode('goal', newId('goal'), { x: 0, y: 0 });
    return { ...node, data: withFieldValue('goal', node.data, 'title', title) } as StrategyNode;
  };
  const [kept, renamed, dropped] = [goal('Kept'), goal('Renamed away'), goal('Dropped away')];
  edit(ahn, { ...EMPTY_CHANGE, putNodes: [kept, renamed, dropped] });
  let bora = personOn(strategyId, 'Bora', joinRecord, false);
  await eventually(() => bora.graph.nodes.length === 3, 'Bora has the three goals', 20_000);

  // Bora closes the app; what she edits next has no session to go to.
  await bora.session.destroy();
  const added = goal('Added away');
  const title = (node: StrategyNode, text: string) =>
    ({ ...node, data: { ...node.data, title: text } }) as StrategyNode;
  bora.graph = applyChange(bora.graph, {
    ...EMPTY_CHANGE,
    putNodes: [added, title(renamed, 'Renamed by Bora'), title(kept, 'Kept, renamed by Bora')],
    removeNodeIds: [dropped.id],
  });
  // Meanwhile Ahn deletes the goal Bora renamed.
  edit(ahn, deletionChange(ahn.graph, [renamed.id], []));

  bora = personOn(strategyId, 'Bora', joinRecord, false, bora.graph, true);
  await eventually(
    () => plain(bora) === plain(ahn) && ahn.graph.nodes.length === 2,
    'one graph',
    20_000,
  );
  expect(ahn.graph.nodes.map((node) => (node.data as { title: string }).title).sort()).toEqual([
    'Added away',
    'Kept, renamed by Bora',
  ]);
  await Promise.all([ahn.session.destroy(true), bora.session.destroy(true)]);
}, 60_000);

test('a first join takes the whole strategy, and an edit made before it arrives is shared', async () => {
  const strategyId = 'first-join-plan';
  const { ahn, joinRecord } = await hostedByAhn(strategyId);
  const goals = Array.from({ length: 50 }, (_, i) => {
    const node = createNode('goal', newId('goal'), { x: i * 10, y: 0 });
    return {
      ...node,
      data: withFieldValue('goal', node.data, 'title', `Goal ${i}`),
    } as StrategyNode;
  });
  edit(ahn, { ...EMPTY_CHANGE, putNodes: goals });

  const bora = personOn(strategyId, 'Bora', joinRecord, false);
  await bora.session.ready;
  // Before the session's document has arrived: her copy is still empty.
  expect(bora.session.provider?.isSynced).toBe(false);
  const early = createNode('goal', newId('goal'), { x: 0, y: 100 });
  edit(bora, { ...EMPTY_CHANGE, putNodes: [early] });
  await eventually(
    () => ahn.graph.nodes.length === 51 && plain(bora) === plain(ahn),
    'one graph with her early goal',
    20_000,
  );

  // After her first join, an edit of hers reaches the others as any edit does.
  const renamed = { ...goals[3]!, data: { ...goals[3]!.data, title: 'Renamed by Bora' } };
  edit(bora, { ...EMPTY_CHANGE, putNodes: [renamed as StrategyNode] });
  await eventually(
    () =>
      ahn.graph.nodes.some((node) => (node.data as { title: string }).title === 'Renamed by Bora'),
    'her rename at Ahn',
    20_000,
  );
  await Promise.all([ahn.session.destroy(true), bora.session.destroy(true)]);
}, 60_000);

test('a copy opened again keeps its last good version of a goal a peer broke, until it is deleted', async () => {
  const strategyId = 'broken-plan';
  const { ahn, joinRecord } = await hostedByAhn(strategyId);
  const vision = createNode('goal', newId('goal'), { x: 0, y: 0 });
  const named = { ...vision, data: withFieldValue('goal', vision.data, 'title', 'Vision') };
  edit(ahn, { ...EMPTY_CHANGE, putNodes: [named as StrategyNode] });
  let bora = personOn(strategyId, 'Bora', joinRecord, false);
  await eventually(() => bora.graph.nodes.length === 1, 'Bora has the goal', 20_000);

  // A peer writes a kind no copy of the app knows; Bora's copy keeps the goal and closes.
  const shared = ahn.session.doc;
  shared.transact(() => nodesOf(shared).get(vision.id)!.set('kind', 'bogus'), 'hostile');
  const boraDoc = bora.session.doc;
  await eventually(
    () => nodesOf(boraDoc).get(vision.id)?.get('kind') === 'bogus',
    'the broken goal in her copy',
    20_000,
  );
  expect(bora.graph.nodes.map((node) => node.id)).toEqual([vision.id]);
  await bora.session.destroy();

  bora = personOn(strategyId, 'Bora', joinRecord, false, bora.graph);
  await bora.session.ready;
  await eventually(() => !!bora.session.provider?.isSynced, 'Bora back in the session', 20_000);
  expect(bora.graph.nodes).toEqual([named]);

  // Deleted in the session, it goes from her copy too.
  shared.transact(() => nodesOf(shared).delete(vision.id));
  await eventually(() => bora.graph.nodes.length === 0, 'the goal gone at Bora', 20_000);
  await Promise.all([ahn.session.destroy(true), bora.session.destroy(true)]);
}, 60_000);

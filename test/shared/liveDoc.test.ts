import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { applyChange, EMPTY_CHANGE } from '../../shared/model/change';
import type { Strategy, StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { edgesOf, nodesOf, metaOf } from '../../shared/live/liveDoc';
import { createDocReader, observeDoc, type DocReading } from '../../shared/live/readDoc';
import { diffGraphs } from '../../shared/live/diffGraph';
import { convertIdea } from '../../shared/workshop/ideas';
import { applyChangeToDoc, seedDoc, writeMeta } from '../../shared/live/writeDoc';
import { edge, node } from './fixtures';

const LOCAL = { local: true };

function strategy(graph: StrategyGraph): Strategy {
  return {
    id: 's1',
    title: 'Shared',
    titleKo: '공유',
    organization: '',
    author: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    filters: SHOW_EVERYTHING,
    views: [],
    votes: [],
    ...graph,
  };
}

/** Two replicas that exchange updates only when told, like two people on a slow network. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const exchange = () => {
    const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, fromA, 'remote');
    Y.applyUpdate(a, fromB, 'remote');
  };
  return { a, b, exchange };
}

/**
 * A replica's graph as the store would hold it: the first read, then every change (the store
 * applies its own edits itself, which comes to the same); `readings` keeps the remote ones.
 */
function follow(doc: Y.Doc) {
  const reader = createDocReader(doc);
  const first = reader.readAll();
  const state = { graph: first.graph, meta: first.meta, readings: [] as DocReading[] };
  observeDoc(doc, reader, (reading, origin) => {
    if (origin !== LOCAL) state.readings.push(reading);
    state.graph = applyChange(state.graph, reading.change);
    state.meta = { ...state.meta, ...reading.meta };
  });
  return state;
}

const sorted = (graph: StrategyGraph) =>
  JSON.stringify({
    nodes: [...graph.nodes].sort((x, y) => (x.id < y.id ? -1 : 1)),
    edges: [...graph.edges].sort((x, y) => (x.id < y.id ? -1 : 1)),
  });

const rename = (original: StrategyNode, key: string, value: unknown): StrategyNode =>
  ({ ...original, data: { ...original.data, [key]: value } }) as StrategyNode;

describe('a strategy as a shared document', () => {
  const goal = node('goal', 'g1', 'Vision');
  const city = node('partnerCity', 'c1', 'Ulaanbaatar', 300, 0);
  const start = strategy({
    nodes: [goal, city],
    edges: [edge('e1', 'servesGoal', 'c1', 'g1')],
  });

  it('reads back what was seeded, meta included', () => {
    const doc = new Y.Doc();
    seedDoc(doc, start, LOCAL);
    const read = createDocReader(doc).readAll();
    expect(sorted(read.graph)).toBe(sorted(start));
    expect(read.meta.title).toBe('Shared');
    expect(read.meta.pipeline).toEqual(DEFAULT_PIPELINE_SETTINGS);
    expect(read.problems).toEqual([]);
  });

  it('merges edits to different fields of one node, and converges on one value for the same field', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenA = follow(a);
    const seenB = follow(b);

    applyChangeToDoc(a, { ...EMPTY_CHANGE, putNodes: [rename(goal, 'title', 'Vision A')] }, LOCAL);
    applyChangeToDoc(b, { ...EMPTY_CHANGE, putNodes: [rename(goal, 'titleKo', '비전 B')] }, LOCAL);
    applyChangeToDoc(a, { ...EMPTY_CHANGE, putNodes: [rename(city, 'notes', 'from A')] }, LOCAL);
    applyChangeToDoc(b, { ...EMPTY_CHANGE, putNodes: [rename(city, 'notes', 'from B')] }, LOCAL);
    exchange();

    const readA = createDocReader(a).readAll().graph;
    const readB = createDocReader(b).readAll().graph;
    expect(sorted(readA)).toBe(sorted(readB));
    const mergedGoal = readA.nodes.find((n) => n.id === 'g1')!;
    expect(mergedGoal.data).toMatchObject({ title: 'Vision A', titleKo: '비전 B' });
    const notes = (readA.nodes.find((n) => n.id === 'c1')!.data as { notes: string }).notes;
    expect(['from A', 'from B']).toContain(notes);
    // What each replica's store was told adds up to the same graph.
    expect(sorted(seenA.graph)).toBe(sorted(readA));
    expect(sorted(seenB.graph)).toBe(sorted(readB));
  });

  it('converges after concurrent adds, moves and deletions, with no edge left dangling', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenA = follow(a);
    const seenB = follow(b);
    // A deletes the city; B links a new project to it at the same time.
    applyChangeToDoc(a, { ...EMPTY_CHANGE, removeNodeIds: ['c1'], removeEdgeIds: ['e1'] }, LOCAL);
    const project = node('project', 'p1', 'Transit', 0, 300);
    applyChangeToDoc(
      b,
      {
        ...EMPTY_CHANGE,
        putNodes: [project, { ...goal, position: { x: 50, y: 60 } }],
        putEdges: [edge('e2', 'locatedIn', 'p1', 'c1')],
      },
      LOCAL,
    );
    exchange();
    expect(sorted(seenA.graph)).toBe(sorted(seenB.graph));
    expect(seenA.graph.edges).toEqual([]);
    expect(seenA.graph.nodes.find((n) => n.id === 'g1')!.position).toEqual({ x: 50, y: 60 });
    expect(seenA.graph.nodes.map((n) => n.id).sort()).toEqual(['g1', 'p1']);
  });

  it('keeps a deleted node deleted when a late move or rename of it arrives, until undone', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenA = follow(a);
    // A deletes the city; B hears of it, but B's editor still holds the city and saves a move
    // and a rename of it, and a new relationship to it.
    applyChangeToDoc(a, { ...EMPTY_CHANGE, removeNodeIds: ['c1'], removeEdgeIds: ['e1'] }, LOCAL);
    exchange();
    const project = node('project', 'p1', 'Transit', 0, 300);
    const refused = applyChangeToDoc(
      b,
      {
        ...EMPTY_CHANGE,
        putNodes: [{ ...rename(city, 'name', 'Ulan Bator'), position: { x: 9, y: 9 } }, project],
        putEdges: [edge('e2', 'locatedIn', 'p1', 'c1')],
      },
      LOCAL,
    );
    expect(refused.removeNodeIds).toEqual(['c1']);
    expect(refused.removeEdgeIds).toEqual(['e2']);
    exchange();
    for (const doc of [a, b])
      expect(
        createDocReader(doc)
          .readAll()
          .graph.nodes.map((n) => n.id)
          .sort(),
      ).toEqual(['g1', 'p1']);
    expect(seenA.graph.edges).toEqual([]);

    // Undoing the deletion brings the city back, for everyone.
    const undo = new Y.UndoManager([nodesOf(a), edgesOf(a), metaOf(a), a.getMap('removed')], {
      trackedOrigins: new Set([LOCAL]),
    });
    applyChangeToDoc(a, { ...EMPTY_CHANGE, removeNodeIds: ['g1'] }, LOCAL);
    undo.undo();
    expect(nodesOf(a).has('g1')).toBe(true);
    exchange();
    applyChangeToDoc(
      b,
      { ...EMPTY_CHANGE, putNodes: [{ ...goal, position: { x: 1, y: 2 } }] },
      LOCAL,
    );
    exchange();
    expect(
      createDocReader(a)
        .readAll()
        .graph.nodes.find((n) => n.id === 'g1')!.position,
    ).toEqual({
      x: 1,
      y: 2,
    });
  });

  it('tells the store only about the records a transaction touched', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenB = follow(b);
    const cityBefore = seenB.graph.nodes.find((n) => n.id === 'c1');
    applyChangeToDoc(a, { ...EMPTY_CHANGE, putNodes: [rename(goal, 'title', 'New')] }, LOCAL);
    exchange();
    expect(seenB.readings).toHaveLength(1);
    expect(seenB.readings[0]!.change.putNodes.map((n) => n.id)).toEqual(['g1']);
    expect(seenB.readings[0]!.change.putEdges).toEqual([]);
    expect(seenB.graph.nodes.find((n) => n.id === 'c1')).toBe(cityBefore);
  });

  it('writes only the fields that differ, so an untouched field never overwrites a peer', () => {
    const doc = new Y.Doc();
    seedDoc(doc, start, LOCAL);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    applyChangeToDoc(doc, { ...EMPTY_CHANGE, putNodes: [goal] }, LOCAL);
    seedDoc(doc, start, LOCAL);
    expect(updates).toEqual([]);
  });

  it('shares saved views and the title, and passes over its own writes', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenB = follow(b);
    const view = {
      id: 'v1',
      name: 'Mine',
      nameKo: '',
      viewport: null,
      focus: null,
      filters: SHOW_EVERYTHING,
    };
    writeMeta(a, { ...start, title: 'Renamed', views: [view] }, LOCAL);
    exchange();
    expect(seenB.meta.title).toBe('Renamed');
    expect(seenB.meta.views).toEqual([view]);
  });

  it('shares the day activity is read as of and how it is judged; a malformed one is refused', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenB = follow(b);
    const activity = { recentYears: 5, followThroughMonths: 9 };
    writeMeta(a, { ...start, asOf: '2018-12-31', activity }, LOCAL);
    exchange();
    expect(seenB.meta.asOf).toBe('2018-12-31');
    expect(seenB.meta.activity).toEqual(activity);
    a.transact(() => metaOf(a).set('asOf', '2018-13-45'), 'hostile');
    exchange();
    expect(seenB.readings.flatMap((r) => r.problems).map((p) => `${p.part}:${p.key}`)).toEqual([
      'meta:asOf',
    ]);
    expect(seenB.meta.asOf).toBe('2018-12-31');
  });

  it('refuses and reports what a hostile peer writes, keeping the last good copy', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    const seenB = follow(b);
    a.transact(() => {
      const badData = new Y.Map<unknown>();
      badData.set('title', 12);
      const bad = new Y.Map<unknown>();
      bad.set('kind', 'goal');
      bad.set('x', 'left');
      bad.set('y', 0);
      bad.set('data', badData);
      nodesOf(a).set('evil', bad);
      nodesOf(a).set('plain', 'not a node' as unknown as Y.Map<unknown>);
      (nodesOf(a).get('g1')!.get('data') as Y.Map<unknown>).set('targetYear', 'soon');
      edgesOf(a).set('e9', { id: 'e9', kind: 'teleports', source: 'g1', target: 'c1' });
      metaOf(a).set('title', { toString: 'x' });
      metaOf(a).set('views', [{ id: 'v', name: '' }]);
    }, 'hostile');
    expect(() => exchange()).not.toThrow();
    const problems = seenB.readings.flatMap((r) => r.problems);
    expect(problems.map((p) => `${p.part}:${p.key}`).sort()).toEqual([
      'edge:e9',
      'meta:title',
      'meta:views',
      'node:evil',
      'node:g1',
      'node:plain',
    ]);
    expect(sorted(seenB.graph)).toBe(sorted(start));
    expect(seenB.meta.title).toBe('Shared');
  });

  it('keeps its last good copy of what a peer broke when opened again, until the peer deletes it', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    a.transact(() => {
      nodesOf(a).get('g1')!.set('kind', 'bogus');
      edgesOf(a).set('e1', { id: 'e1', kind: 'servesGoal', source: 'c1' });
    }, 'hostile');
    exchange();
    // b's copy is opened again, its store holding the strategy as it last had it.
    const reader = createDocReader(b);
    const read = reader.readAll();
    expect(read.problems.map((p) => `${p.part}:${p.key}`).sort()).toEqual(['edge:e1', 'node:g1']);
    expect(read.graph.nodes.map((n) => n.id)).toEqual(['c1']);
    let graph = reader.keepLastGood(start);
    expect(diffGraphs(start, graph)).toEqual({
      putNodes: [],
      removeNodeIds: [],
      putEdges: [],
      removeEdgeIds: [],
    });
    observeDoc(b, reader, (reading) => (graph = applyChange(graph, reading.change)));
    a.transact(() => {
      nodesOf(a).delete('g1');
      edgesOf(a).delete('e1');
    }, LOCAL);
    exchange();
    expect(sorted(graph)).toBe(sorted({ nodes: [city], edges: [] }));
  });

  it('leaves out a relationship the rules do not allow between its ends, reporting it', () => {
    const idea = node('idea', 'i1', 'Green bonds', 0, 200);
    const { a, b, exchange } = pair();
    seedDoc(a, strategy({ ...start, nodes: [...start.nodes, idea] }), LOCAL);
    exchange();
    const seenA = follow(a);
    const seenB = follow(b);
    // One person turns the idea into a goal while another links the idea to the city.
    const conversion = convertIdea(seenA.graph, 'i1', 'goal', 'en', '2024-05-01')!;
    applyChangeToDoc(a, conversion.change, LOCAL);
    const linked = edge('e2', 'relatesTo', 'i1', 'c1');
    applyChangeToDoc(b, { ...EMPTY_CHANGE, putEdges: [linked] }, LOCAL);
    seenB.graph = applyChange(seenB.graph, { ...EMPTY_CHANGE, putEdges: [linked] });
    // A peer writes a goal "funded by" a goal as well.
    edgesOf(a).set('e3', { id: 'e3', kind: 'fundedBy', source: 'g1', target: 'i1' });
    exchange();
    for (const seen of [seenA, seenB]) {
      expect(seen.graph.edges.map((e) => e.id).sort()).toEqual(['e1']);
      expect(seen.graph.nodes.find((n) => n.id === 'i1')?.kind).toBe('goal');
    }
    for (const seen of [seenA, seenB])
      expect(seen.readings.flatMap((r) => r.problems.map((p) => p.key)).sort()).toEqual([
        'e2',
        'e3',
      ]);
  });

  it('writes only what the person changed, where a peer’s change has not reached their screen yet', () => {
    const { a, b, exchange } = pair();
    seedDoc(a, start, LOCAL);
    exchange();
    // What b's screen shows: read once, and not yet told of what arrives next.
    const reader = createDocReader(b);
    const shown = reader.readAll().graph.nodes.find((n) => n.id === 'g1')!;
    applyChangeToDoc(
      a,
      { ...EMPTY_CHANGE, putNodes: [rename(goal, 'title', 'Vision 2040')] },
      LOCAL,
    );
    writeMeta(a, { ...start, title: 'Shared plan' }, LOCAL);
    exchange();
    const edit = { ...EMPTY_CHANGE, putNodes: [rename(shown, 'targetYear', 2040)] };
    applyChangeToDoc(b, edit, LOCAL, reader.editBase);
    writeMeta(b, { ...start, titleKo: '공유 계획' }, LOCAL, reader.editBase.meta());
    exchange();
    for (const doc of [a, b]) {
      const read = createDocReader(doc).readAll();
      expect(read.graph.nodes.find((n) => n.id === 'g1')!.data).toMatchObject({
        title: 'Vision 2040',
        targetYear: 2040,
      });
      expect(read.meta).toMatchObject({ title: 'Shared plan', titleKo: '공유 계획' });
    }
  });
});

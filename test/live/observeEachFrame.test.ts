import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChange, EMPTY_CHANGE } from '../../shared/model/change';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { createDocReader, type DocReading } from '../../shared/live/readDoc';
import { applyChangeToDoc } from '../../shared/live/writeDoc';
import { observeEachFrame, onceAFrame } from '../../renderer/live/observeEachFrame';
import { node } from '../shared/fixtures';

const LOCAL = { local: true };

/** A copy whose store follows the document, with frames drawn when the test says so. */
function copyWithFrames(doc: Y.Doc) {
  const reader = createDocReader(doc);
  const frames: (() => void)[] = [];
  const store = { graph: reader.readAll().graph as StrategyGraph, readings: [] as DocReading[] };
  const observer = observeEachFrame(doc, reader, {
    isOwn: (origin) => origin === LOCAL,
    onReading: (reading) => {
      store.readings.push(reading);
      store.graph = applyChange(store.graph, reading.change);
    },
    schedule: (run) => frames.push(run),
  });
  const drawFrame = () => frames.splice(0).forEach((run) => run());
  /** An edit made here: the store shows it at once, as the editor's store does. */
  const edit = (put: StrategyNode) => {
    store.graph = applyChange(store.graph, { ...EMPTY_CHANGE, putNodes: [put] });
    applyChangeToDoc(doc, { ...EMPTY_CHANGE, putNodes: [put] }, LOCAL);
  };
  return { store, observer, drawFrame, edit };
}

function sendTo(to: Y.Doc, from: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

const titleOf = (graph: StrategyGraph, id: string) =>
  (graph.nodes.find((n) => n.id === id)?.data as { title?: string } | undefined)?.title;

describe('others’ edits, read once a frame', () => {
  it('draws several messages of a peer’s drag as one change at the next frame', () => {
    const peer = new Y.Doc();
    const here = new Y.Doc();
    const copy = copyWithFrames(here);
    for (let x = 0; x < 5; x++) {
      applyChangeToDoc(
        peer,
        { ...EMPTY_CHANGE, putNodes: [node('goal', 'g1', 'Goal', x * 10, 0)] },
        'peer',
      );
      sendTo(here, peer);
    }
    expect(copy.store.readings).toHaveLength(0);
    copy.drawFrame();
    expect(copy.store.readings).toHaveLength(1);
    expect(copy.store.graph.nodes.find((n) => n.id === 'g1')?.position).toEqual({ x: 40, y: 0 });
  });

  it('keeps one’s own edit made before the frame over the peer’s older value', () => {
    const peer = new Y.Doc();
    const here = new Y.Doc();
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g1', 'Start')] }, 'peer');
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g2', 'Other')] }, 'peer');
    sendTo(here, peer);
    const copy = copyWithFrames(here);
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g1', 'Theirs')] }, 'peer');
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g2', 'Moved on')] }, 'peer');
    sendTo(here, peer);
    // Typed here after their edit arrived, before it was drawn.
    copy.edit(node('goal', 'g1', 'Mine'));
    copy.drawFrame();
    expect(titleOf(copy.store.graph, 'g1')).toBe('Mine');
    expect(titleOf(copy.store.graph, 'g2')).toBe('Moved on');
  });

  it('passes what is waiting on when asked, and nothing once stopped', () => {
    const peer = new Y.Doc();
    const here = new Y.Doc();
    const copy = copyWithFrames(here);
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g1', 'Goal')] }, 'peer');
    sendTo(here, peer);
    copy.observer.deliverNow();
    expect(copy.store.graph.nodes.map((n) => n.id)).toEqual(['g1']);
    applyChangeToDoc(peer, { ...EMPTY_CHANGE, putNodes: [node('goal', 'g2', 'Late')] }, 'peer');
    sendTo(here, peer);
    copy.observer.stop();
    copy.drawFrame();
    expect(copy.store.graph.nodes.map((n) => n.id)).toEqual(['g1']);
  });
});

describe('a lone change drawn at once, a burst once a frame', () => {
  it('runs the first call after the current task, and more in the same frame at the next', async () => {
    const frames: (() => void)[] = [];
    const schedule = onceAFrame((run) => frames.push(run));
    const ran: string[] = [];
    schedule(() => ran.push('lone edit'));
    schedule(() => ran.push('same frame'));
    expect(ran).toEqual([]);
    await Promise.resolve();
    expect(ran).toEqual(['lone edit']);
    frames.splice(0).forEach((run) => run());
    expect(ran).toEqual(['lone edit', 'same frame']);
    // A frame has passed: the next edit is drawn at once again.
    schedule(() => ran.push('next edit'));
    await Promise.resolve();
    expect(ran).toEqual(['lone edit', 'same frame', 'next edit']);
  });
});

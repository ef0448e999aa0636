import { describe, expect, it } from 'vitest';
import { emptyMeasure } from '../../shared/activity/edits';
import type { Exchange } from '../../shared/activity/types';
import { MAX_EXCHANGES, MAX_MEASURES } from '../../shared/format/activitySchema';
import { changeLimitPassed } from '../../shared/format/changeLimit';
import { MAX_EDGES, MAX_NODES } from '../../shared/format/strategyFile';
import { EMPTY_CHANGE, lookupOf, type GraphChange } from '../../shared/model/change';
import type { StrategyNode } from '../../shared/model/graph';
import { edge, node } from './fixtures';

const vision = node('goal', 'vision');
const hanoi = node('partnerCity', 'hanoi');
const serves = edge('e1', 'servesGoal', 'hanoi', 'vision');
const before = lookupOf({ nodes: [vision, hanoi], edges: [serves] });

/** Counts standing in for a strategy's records: only their number matters to a limit. */
const counted = (nodes: number, edges: number) => ({
  nodes: { length: nodes } as readonly unknown[],
  edges: { length: edges } as readonly unknown[],
});

const change = (part: Partial<GraphChange>): GraphChange => ({ ...EMPTY_CHANGE, ...part });

const withLog = (partner: StrategyNode, length: number) =>
  ({
    ...partner,
    data: {
      ...partner.data,
      exchanges: Array.from({ length }, (_, i): Exchange => ({
        id: `x${i}`,
        kind: 'other',
        date: '2024-01-01',
        who: '',
        topic: `Meeting ${i}`,
        followUp: false,
        projectId: '',
      })),
    },
  }) as StrategyNode;

describe('the limit a change would pass', () => {
  it('refuses a new card or relationship past the limit, and lets one up to it', () => {
    const goal = node('goal', 'new-goal');
    const link = edge('e2', 'servesGoal', 'hanoi', 'new-goal');
    expect(changeLimitPassed(counted(MAX_NODES - 1, 0), change({ putNodes: [goal] }), before)).toBe(
      null,
    );
    expect(changeLimitPassed(counted(MAX_NODES, 0), change({ putNodes: [goal] }), before)).toEqual({
      limit: 'nodes',
      maximum: MAX_NODES,
    });
    expect(changeLimitPassed(counted(2, MAX_EDGES), change({ putEdges: [link] }), before)).toEqual({
      limit: 'edges',
      maximum: MAX_EDGES,
    });
  });

  it('counts what a change leaves, not what it writes', () => {
    const full = counted(MAX_NODES, MAX_EDGES);
    const moved = { ...vision, position: { x: 40, y: 0 } };
    expect(changeLimitPassed(full, change({ putNodes: [moved, hanoi] }), before)).toBeNull();
    const swapped = change({ putNodes: [node('goal', 'new-goal')], removeNodeIds: ['vision'] });
    expect(changeLimitPassed(full, swapped, before)).toBeNull();
    const reKinded = change({ putEdges: [{ ...serves, kind: 'relatesTo' }] });
    expect(changeLimitPassed(full, reKinded, before)).toBeNull();
  });

  it('lets a strategy already past one limit grow in the other, and shrink', () => {
    const link = edge('e2', 'relatesTo', 'vision', 'hanoi');
    expect(
      changeLimitPassed(counted(MAX_NODES + 5, 1), change({ putEdges: [link] }), before),
    ).toBeNull();
    expect(
      changeLimitPassed(counted(MAX_NODES + 5, 1), change({ removeNodeIds: ['vision'] }), before),
    ).toBeNull();
  });

  it('refuses an exchange log grown past its limit, and lets a full one be edited', () => {
    const full = lookupOf({ nodes: [withLog(hanoi, MAX_EXCHANGES)], edges: [] });
    const grown = change({ putNodes: [withLog(hanoi, MAX_EXCHANGES + 1)] });
    expect(changeLimitPassed(counted(1, 0), grown, full)).toEqual({
      limit: 'exchanges',
      maximum: MAX_EXCHANGES,
    });
    const edited = change({ putNodes: [withLog(hanoi, MAX_EXCHANGES)] });
    expect(changeLimitPassed(counted(1, 0), edited, full)).toBeNull();
    const pasted = change({ putNodes: [{ ...withLog(hanoi, MAX_EXCHANGES + 1), id: 'copy' }] });
    expect(changeLimitPassed(counted(1, 0), pasted, full)).toEqual({
      limit: 'exchanges',
      maximum: MAX_EXCHANGES,
    });
  });

  it('refuses a goal given more measures than a file holds, and lets a full one be edited', () => {
    const withMeasures = (length: number) =>
      ({
        ...vision,
        data: {
          ...vision.data,
          measures: Array.from({ length }, (_, i) => emptyMeasure(`m${i}`)),
        },
      }) as StrategyNode;
    const full = lookupOf({ nodes: [withMeasures(MAX_MEASURES)], edges: [] });
    const grown = change({ putNodes: [withMeasures(MAX_MEASURES + 1)] });
    expect(changeLimitPassed(counted(1, 0), grown, full)).toEqual({
      limit: 'measures',
      maximum: MAX_MEASURES,
    });
    const edited = change({ putNodes: [withMeasures(MAX_MEASURES)] });
    expect(changeLimitPassed(counted(1, 0), edited, full)).toBeNull();
  });
});

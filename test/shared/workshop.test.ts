import { describe, expect, it } from 'vitest';
import { connectionOptions, isEdgeAllowed } from '../../shared/model/edgeRules';
import { applyChange, invertChange, lookupOf } from '../../shared/model/change';
import type { Strategy, StrategyGraph } from '../../shared/model/graph';
import { displayName, untranslatedNodes } from '../../shared/model/nodes';
import { NODE_KINDS } from '../../shared/model/vocabulary';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { convertIdea, planIdea } from '../../shared/workshop/ideas';
import {
  addMinute,
  formatRemaining,
  isOver,
  MINUTE_MS,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  timerMinutes,
} from '../../shared/workshop/timer';
import {
  changeTally,
  endVote,
  leadersOf,
  nextRound,
  rankOptions,
  startVote,
  totalDots,
} from '../../shared/workshop/vote';
import { voteResultSchema } from '../../shared/format/workshopSchema';
import { edge, node } from './fixtures';

let counter = 0;
const ids = (prefix: string) => `${prefix}-${++counter}`;

describe('ideas', () => {
  it('relate to anything, and anything dragged to an idea relates back to it', () => {
    for (const kind of NODE_KINDS) {
      expect(isEdgeAllowed('relatesTo', 'idea', kind)).toBe(true);
      if (kind !== 'idea')
        expect(connectionOptions(kind, 'idea')).toEqual([{ kind: 'relatesTo', reversed: true }]);
    }
    expect(isEdgeAllowed('relatesTo', 'goal', 'idea')).toBe(false);
  });

  it('are named by their text in both languages and never count as untranslated', () => {
    const idea = node('idea', 'i1', 'Bike lanes to the river');
    expect(displayName(idea, 'ko')).toBe('Bike lanes to the river');
    expect(untranslatedNodes([idea])).toEqual([]);
    expect(displayName(node('idea', 'i2', ''), 'en')).toBe('Empty idea');
  });

  it('are placed where no card lies, in view, and linked under another when asked', () => {
    const view = { left: 0, top: 0, right: 2000, bottom: 1200 };
    let graph: StrategyGraph = { nodes: [], edges: [] };
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 10; i++) {
      const plan = planIdea(graph, view, { text: `Idea ${i}` }, ids);
      expect(plan.inView).toBe(true);
      placed.push(plan.position);
      graph = applyChange(graph, plan.change);
    }
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(10);
    const under = graph.nodes[0]!;
    const child = planIdea(graph, view, { text: 'Child', author: ' Mina ', under: under.id }, ids);
    expect(child.change.putNodes[0]).toMatchObject({
      kind: 'idea',
      data: { text: 'Child', author: 'Mina' },
    });
    expect(child.change.putEdges).toEqual([
      { id: expect.any(String), kind: 'relatesTo', source: child.id, target: under.id },
    ]);
    expect(child.position.y).toBeGreaterThan(under.position.y);
  });

  it('convert to another kind keeping id, place and the relationships the rules allow', () => {
    const graph: StrategyGraph = {
      nodes: [
        { ...node('idea', 'i1', 'Metro for Hanoi'), position: { x: 10, y: 20 } },
        node('goal', 'g1', 'Export'),
        node('partnerCity', 'c1', 'Hanoi'),
        node('idea', 'i2', 'Ask KOICA'),
        node('project', 'p1', 'Existing project'),
      ],
      edges: [
        edge('e1', 'relatesTo', 'i1', 'g1'),
        edge('e2', 'relatesTo', 'i1', 'c1'),
        edge('e3', 'relatesTo', 'i2', 'i1'),
        edge('e4', 'relatesTo', 'i1', 'p1'),
      ],
    };
    const conversion = convertIdea(graph, 'i1', 'project', 'en', '2026-03-01')!;
    const after = applyChange(graph, conversion.change);
    const project = after.nodes.find((n) => n.id === 'i1')!;
    expect(project).toMatchObject({
      kind: 'project',
      position: { x: 10, y: 20 },
      data: { title: 'Metro for Hanoi', titleKo: '', stage: 'discovery' },
    });
    expect(project.kind === 'project' && project.data.history).toEqual([
      { date: '2026-03-01', from: null, to: 'discovery', note: '' },
    ]);
    const byId = new Map(after.edges.map((e) => [e.id, e]));
    expect(byId.get('e1')).toMatchObject({ kind: 'servesGoal', source: 'i1', target: 'g1' });
    expect(byId.get('e2')).toMatchObject({ kind: 'locatedIn', source: 'i1', target: 'c1' });
    expect(byId.get('e3')).toEqual(graph.edges[2]);
    // Project to project: no relationship fits.
    expect(byId.has('e4')).toBe(false);
    expect(conversion.dropped).toEqual([{ edge: graph.edges[3], otherId: 'p1' }]);
    expect(conversion.kept).toBe(3);
    for (const e of after.edges) {
      const kind = (id: string) => after.nodes.find((n) => n.id === id)!.kind;
      expect(isEdgeAllowed(e.kind, kind(e.source), kind(e.target))).toBe(true);
    }
    // One change: undone at once.
    const undone = applyChange(after, invertChange(conversion.change, lookupOf(graph)));
    expect(undone.nodes.find((n) => n.id === 'i1')).toEqual(graph.nodes[0]);
    expect(undone.edges.sort((a, b) => a.id.localeCompare(b.id))).toEqual(graph.edges);
  });

  it('take the name field of the language the user works in', () => {
    const graph = { nodes: [node('idea', 'i1', '청년 교류')], edges: [] };
    const converted = convertIdea(graph, 'i1', 'partnerCity', 'ko', '2026-03-01')!;
    expect(converted.change.putNodes[0]!.data).toMatchObject({ name: '', nameKo: '청년 교류' });
    expect(convertIdea(graph, 'missing', 'goal', 'en', '2026-03-01')).toBeNull();
  });
});

describe('workshop timer', () => {
  it('counts down from its start, pauses, resumes and takes another minute', () => {
    const start = 1_000_000;
    let timer = startTimer(1, start);
    expect(remainingMs(timer, start + 15_000)).toBe(45_000);
    timer = pauseTimer(timer, start + 20_000);
    expect(remainingMs(timer, start + 500_000)).toBe(40_000);
    timer = resumeTimer(timer, start + 500_000);
    expect(remainingMs(timer, start + 510_000)).toBe(30_000);
    timer = addMinute(timer, start + 510_000);
    expect(remainingMs(timer, start + 510_000)).toBe(90_000);
    expect(isOver(timer, start + 600_000)).toBe(true);
    expect(remainingMs(timer, start + 700_000)).toBe(0);
    // Out of time, a minute more runs again at once.
    const again = addMinute(timer, start + 700_000);
    expect(remainingMs(again, start + 700_000)).toBe(MINUTE_MS);
    expect(
      resumeTimer(pauseTimer(timer, start + 700_000), start + 800_000).runningSince,
    ).toBeNull();
  });

  it('shows m:ss rounded up and reads custom minutes', () => {
    expect(formatRemaining(60_000)).toBe('1:00');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(59_000)).toBe('0:59');
    expect(formatRemaining(0)).toBe('0:00');
    expect(timerMinutes(' 7 ')).toBe(7);
    for (const bad of ['0', '-3', '2.5', 'ten', '', '999']) expect(timerMinutes(bad)).toBeNull();
  });
});

describe('dot voting', () => {
  const options = [
    { nodeId: 'a', label: 'Bike share' },
    { nodeId: 'b', label: 'Night buses' },
    { nodeId: 'c', label: 'River park' },
    { nodeId: 'a', label: 'Bike share' },
  ];

  it('tallies dots per option, never below nought, and ranks ties together', () => {
    let vote = startVote(options, '  What first?  ', 3, nextRound([{ round: 1 }, { round: 4 }]))!;
    expect(vote).toMatchObject({
      round: 5,
      question: 'What first?',
      dotsPerPerson: 3,
      revealed: false,
    });
    expect(vote.options.map((o) => o.nodeId)).toEqual(['a', 'b', 'c']);
    vote = changeTally(vote, 'b', 1);
    vote = changeTally(vote, 'b', 1);
    vote = changeTally(vote, 'c', 1);
    vote = changeTally(vote, 'c', 1);
    vote = changeTally(vote, 'a', -1);
    vote = changeTally(vote, 'a', 1);
    expect(changeTally(vote, 'zzz', 1)).toBe(vote);
    expect(totalDots(vote)).toBe(5);
    const result = endVote(vote, 'v1', '2026-03-01');
    expect(result).toMatchObject({ id: 'v1', round: 5, date: '2026-03-01' });
    expect(rankOptions(result.options).map((o) => [o.label, o.total, o.rank])).toEqual([
      ['Night buses', 2, 1],
      ['River park', 2, 1],
      ['Bike share', 1, 3],
    ]);
    expect(startVote([], 'Q', 3, 1)).toBeNull();
    // One card, even chosen twice, leaves nothing to choose between.
    expect(startVote([options[0]!, options[3]!], 'Q', 3, 1)).toBeNull();
    // What the room is told when it ends: the options tied first, or none without a dot.
    expect(leadersOf(result)).toEqual({ labels: ['Night buses', 'River park'], total: 2 });
    const untouched = endVote(startVote(options, 'Q', 3, 1)!, 'v2', '2026-03-01');
    expect(leadersOf(untouched)).toEqual({ labels: [], total: 0 });
  });

  it('names an option after a card of any length, clipped so the vote held can be saved', () => {
    const long = `${'가'.repeat(998)}😀 and more`;
    const vote = startVote([{ nodeId: 'long', label: long }, options[1]!], 'Q', 3, 1)!;
    const label = vote.options[0]!.label;
    expect(label).toBe(`${'가'.repeat(998)}…`);
    expect(voteResultSchema.safeParse(endVote(vote, 'v1', '2026-03-01')).success).toBe(true);
    expect(vote.options[1]!.label).toBe('Night buses');
  });
});

describe('strategy file version 4', () => {
  const strategy: Strategy = {
    id: 'local',
    title: 'Workshop',
    titleKo: '',
    organization: '',
    author: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    filters: SHOW_EVERYTHING,
    views: [],
    votes: [
      {
        id: 'v1',
        round: 1,
        question: 'What first?',
        dotsPerPerson: 3,
        date: '2026-03-01',
        options: [{ nodeId: 'i1', label: 'Bike share', total: 4 }],
      },
    ],
    nodes: [node('idea', 'i1', 'Bike share'), node('goal', 'g1', 'Green city')],
    edges: [edge('e1', 'relatesTo', 'i1', 'g1')],
  };

  it('keeps ideas, their relationships and the votes held', () => {
    const text = serializeStrategy(strategy, '2026-03-02T00:00:00.000Z');
    const parsed = parseStrategyFile(text);
    expect(parsed.ok && parsed.strategy).toMatchObject({
      votes: strategy.votes,
      nodes: strategy.nodes,
      edges: strategy.edges,
    });
  });

  it('is refused by a reader of version 3, and lifts version 3 files with no votes', () => {
    const v3 = JSON.parse(serializeStrategy(strategy, '2026-03-02T00:00:00.000Z'));
    v3.version = 3;
    delete v3.strategy.votes;
    v3.strategy.nodes = [node('goal', 'g1', 'Green city')];
    v3.strategy.edges = [];
    const parsed = parseStrategyFile(JSON.stringify(v3));
    expect(parsed.ok && parsed.strategy.votes).toEqual([]);
  });

  it('refuses damaged votes', () => {
    const doc = JSON.parse(serializeStrategy(strategy, '2026-03-02T00:00:00.000Z'));
    doc.strategy.votes[0].options[0].total = -1;
    expect(parseStrategyFile(JSON.stringify(doc)).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { linkOptions, relationForNewNode, severalFitNewNode } from '../../shared/model/edgeRules';
import { copyOfFragment, fragmentOf } from '../../shared/model/fragment';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { nameFieldKey } from '../../shared/model/nameField';
import { displayName, placeOf } from '../../shared/model/nodes';
import {
  edgeEnds,
  hasEdge,
  headedRelationships,
  linkCandidates,
  namesShared,
  relationshipName,
  relationshipsOf,
} from '../../shared/model/relationships';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from '../../shared/layout/layoutByKind';
import { pasteOffset, placeInView } from '../../shared/layout/placeInView';
import { edge, node, withKoreanName } from './fixtures';

const graph: StrategyGraph = {
  nodes: [
    node('goal', 'hub', 'Global hub city'),
    node('goal', 'vision', 'Vision 2030'),
    node('goal', 'task', 'Smart transport task'),
    withKoreanName(node('partnerCity', 'busan', 'Busan'), '부산'),
    node('partnerCity', 'hanoi', 'Hanoi'),
    node('project', 'metro', 'Hanoi metro'),
    node('actor', 'koica', 'KOICA'),
  ],
  edges: [
    edge('e1', 'servesGoal', 'busan', 'hub'),
    edge('e2', 'subgoalOf', 'hub', 'vision'),
    edge('e3', 'subgoalOf', 'task', 'hub'),
    edge('e4', 'servesGoal', 'hanoi', 'hub'),
    edge('e5', 'locatedIn', 'metro', 'hanoi'),
  ],
};

describe('relationships of a node', () => {
  it('groups them by kind, outgoing first, each part by the other end’s name', () => {
    const nameOf = (id: string) =>
      displayName(
        graph.nodes.find((n) => n.id === id)!,
        'en',
      );
    expect(relationshipsOf(graph.edges, 'hub', nameOf)).toEqual([
      {
        kind: 'servesGoal',
        relationships: [
          { edgeId: 'e1', kind: 'servesGoal', otherId: 'busan', outgoing: false },
          { edgeId: 'e4', kind: 'servesGoal', otherId: 'hanoi', outgoing: false },
        ],
      },
      {
        kind: 'subgoalOf',
        relationships: [
          { edgeId: 'e2', kind: 'subgoalOf', otherId: 'vision', outgoing: true },
          { edgeId: 'e3', kind: 'subgoalOf', otherId: 'task', outgoing: false },
        ],
      },
    ]);
  });

  it('heads each part by which way it reads from the node, a two-way kind whole', () => {
    const headings = (id: string, edges = graph.edges) =>
      headedRelationships(relationshipsOf(edges, id)).map((part) => [
        part.heading,
        part.relationships.map((r) => r.otherId),
      ]);
    expect(headings('hub')).toEqual([
      ['edgeInverse.servesGoal', ['busan', 'hanoi']],
      ['edgeOutgoing.subgoalOf', ['vision']],
      ['edgeInverse.subgoalOf', ['task']],
    ]);
    expect(headings('busan')).toEqual([['edge.servesGoal', ['hub']]]);
    const partners = [
      edge('p1', 'partnersWith', 'busan', 'hanoi'),
      edge('p2', 'partnersWith', 'hanoi', 'busan'),
    ];
    expect(headings('busan', partners)).toEqual([['edge.partnersWith', ['hanoi', 'hanoi']]]);
  });

  it('is empty for a node nothing joins', () => {
    expect(relationshipsOf(graph.edges, 'koica')).toEqual([]);
  });

  it('reads an edge from source through relationship to target', () => {
    expect(relationshipName('Busan', 'serves goal', 'Global hub city')).toBe(
      'Busan — serves goal — Global hub city',
    );
  });

  it('tells apart the nodes at the other end that share a name, by their place', () => {
    const project = (id: string, city: string, country: string) => {
      const made = node('project', id, 'Pre-consulting for an integrity system');
      return { ...made, data: { ...made.data, city, country } } as StrategyNode;
    };
    const nodes = [
      node('goal', 'task', 'Share policies'),
      project('p1', 'Ulaanbaatar', 'MN'),
      project('p2', '', 'TZ'),
      node('project', 'p3', 'Smart card'),
    ];
    const edges = ['p1', 'p2', 'p3'].map((id) => edge(`e-${id}`, 'servesGoal', id, 'task'));
    const nameOf = (id: string) =>
      displayName(
        nodes.find((n) => n.id === id)!,
        'en',
      );
    expect([...namesShared(relationshipsOf(edges, 'task', nameOf), nameOf)].sort()).toEqual([
      'p1',
      'p2',
    ]);
    expect(placeOf(nodes[1]!, 'en')).toBe('Ulaanbaatar, Mongolia');
    expect(placeOf(nodes[1]!, 'ko')).toBe('Ulaanbaatar, 몽골');
    expect(placeOf(nodes[2]!, 'en')).toBe('Tanzania');
    expect(placeOf(nodes[0]!, 'en')).toBe('');
  });
});

describe('linking from the inspector', () => {
  it('offers both directions, but a symmetric kind once', () => {
    expect(linkOptions('goal', 'goal')).toEqual([
      { kind: 'subgoalOf', reversed: false },
      { kind: 'subgoalOf', reversed: true },
    ]);
    expect(linkOptions('partnerCity', 'partnerCity')).toEqual([
      { kind: 'partnersWith', reversed: false },
    ]);
    expect(linkOptions('goal', 'partnerCity')).toEqual([{ kind: 'servesGoal', reversed: true }]);
    expect(linkOptions('actor', 'project').map((o) => o.kind)).toEqual([
      'fundedBy',
      'implementedBy',
    ]);
    expect(linkOptions('project', 'project')).toEqual([]);
  });

  it('finds nodes by English or Korean name, with the relationships still open', () => {
    expect(linkCandidates(graph, 'metro', 'bus').map((c) => c.node.id)).toEqual(['busan']);
    expect(linkCandidates(graph, 'metro', '부산').map((c) => c.node.id)).toEqual(['busan']);
    const [koica] = linkCandidates(graph, 'metro', 'KOICA');
    expect(koica!.options).toEqual([
      { kind: 'fundedBy', reversed: false },
      { kind: 'implementedBy', reversed: false },
    ]);
  });

  it('leaves out the node itself, nodes it cannot join and those joined every way', () => {
    expect(linkCandidates(graph, 'metro', 'hanoi')).toEqual([]);
    expect(linkCandidates(graph, 'metro', '')).toEqual([]);
    const hub = linkCandidates(graph, 'vision', 'Global');
    // The hub is already a subgoal of "Vision 2030": only the other way round is left.
    expect(hub[0]!.options).toEqual([{ kind: 'subgoalOf', reversed: false }]);
  });

  it('knows an edge exists either way round when it reads the same both ways', () => {
    const edges = [edge('p', 'partnersWith', 'busan', 'hanoi')];
    expect(hasEdge(edges, { source: 'hanoi', target: 'busan' }, 'partnersWith')).toBe(true);
    expect(hasEdge(edges, { source: 'hanoi', target: 'busan' }, 'servesGoal')).toBe(false);
    expect(edgeEnds('a', 'b', { kind: 'servesGoal', reversed: true })).toEqual({
      source: 'b',
      target: 'a',
    });
  });
});

describe('a node added next to the selected one', () => {
  it('joins it by the one relationship that fits, the new node’s way first', () => {
    expect(relationForNewNode('goal', 'goal')).toEqual({ kind: 'subgoalOf', reversed: false });
    expect(relationForNewNode('project', 'partnerCity')).toEqual({
      kind: 'locatedIn',
      reversed: false,
    });
    expect(relationForNewNode('goal', 'partnerCity')).toEqual({
      kind: 'servesGoal',
      reversed: true,
    });
  });

  it('guesses nothing when several or none fit', () => {
    expect(relationForNewNode('actor', 'project')).toBeNull();
    expect(relationForNewNode('project', 'actor')).toBeNull();
    expect(relationForNewNode('project', 'project')).toBeNull();
    // Several fitting is said to the user; none fitting needs no word.
    expect(severalFitNewNode('actor', 'project')).toBe(true);
    expect(severalFitNewNode('project', 'actor')).toBe(true);
    expect(severalFitNewNode('project', 'project')).toBe(false);
    expect(severalFitNewNode('goal', 'goal')).toBe(false);
  });

  it('gets its name in the field of the UI language', () => {
    expect(nameFieldKey('goal', 'ko')).toBe('titleKo');
    expect(nameFieldKey('project', 'en')).toBe('title');
    expect(nameFieldKey('partnerCity', 'ko')).toBe('nameKo');
    expect(nameFieldKey('actor', 'en')).toBe('name');
  });
});

describe('placing a new node in view', () => {
  const view = { left: 0, top: 0, right: 1000, bottom: 600 };
  const inside = (p: { x: number; y: number }) =>
    p.x >= view.left &&
    p.y >= view.top &&
    p.x + NODE_WIDTH <= view.right &&
    p.y + NODE_HEIGHT <= view.bottom;

  it('goes in the middle of the view when nothing is selected', () => {
    expect(placeInView([], view, null)).toEqual({
      position: { x: 400, y: 264 },
      inView: true,
    });
  });

  it('goes just below the selected node, on a free spot', () => {
    const anchor = { x: 100, y: 100 };
    const first = placeInView([anchor], view, anchor);
    expect(first).toEqual({ position: { x: 100, y: 212 }, inView: true });
    const second = placeInView([anchor, first.position], view, anchor);
    expect(second.inView).toBe(true);
    expect(overlaps(second.position, first.position)).toBe(false);
    expect(overlaps(second.position, anchor)).toBe(false);
    // Beside the first, on its row: not right beside the selected node, which hid the line.
    expect(second.position).toEqual({ x: 316, y: 212 });
    const third = placeInView([anchor, first.position, second.position], view, anchor);
    expect(third.position.y).toBeGreaterThanOrEqual(anchor.y + NODE_HEIGHT + 40);
  });

  it('stays wholly inside the view when the selected node is at its edge or beyond', () => {
    for (const anchor of [
      { x: 950, y: 580 },
      { x: -5000, y: 300 },
    ]) {
      const placed = placeInView([anchor], view, anchor);
      expect(placed.inView).toBe(true);
      expect(inside(placed.position)).toBe(true);
    }
  });

  it('keeps clear of what lies over the view, as the map tools over its top right corner', () => {
    const tools = { left: 600, top: 0, right: 1000, bottom: 320 };
    const anchor = { x: 700, y: 20 };
    const placed = placeInView([anchor], view, anchor, [tools]);
    expect(placed.inView).toBe(true);
    expect(inside(placed.position)).toBe(true);
    const { x, y } = placed.position;
    const underTools = x < tools.right && x + NODE_WIDTH > tools.left && y < tools.bottom;
    expect(underTools).toBe(false);
    // Without the tools, it goes just below the selected node: under them.
    expect(placeInView([anchor], view, anchor).position).toEqual({ x: 700, y: 132 });
  });

  it('says so when the view has no free room', () => {
    const tiny = { left: 0, top: 0, right: 220, bottom: 100 };
    const taken = [{ x: 10, y: 10 }];
    const placed = placeInView(taken, tiny, null);
    expect(placed.inView).toBe(false);
    expect(overlaps(placed.position, taken[0]!)).toBe(false);
  });

  it('uses the old free-spot rule before the canvas has a size', () => {
    expect(placeInView([], null, null)).toEqual({ position: { x: 0, y: 0 }, inView: false });
  });
});

describe('copy and paste', () => {
  it('copies nodes with the edges among them only', () => {
    const fragment = fragmentOf(graph, ['hub', 'busan', 'koica']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['hub', 'busan', 'koica']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('pastes under new ids, rewired and moved', () => {
    let count = 0;
    const copy = copyOfFragment(
      fragmentOf(graph, ['hub', 'busan']),
      { x: 40, y: 40 },
      (prefix) => `${prefix}-copy${++count}`,
    );
    expect(copy.nodes.map((n) => n.id)).toEqual(['goal-copy1', 'partnerCity-copy2']);
    expect(copy.nodes[0]!.position).toEqual({ x: 40, y: 40 });
    expect(copy.nodes[0]!.data).toEqual(graph.nodes[0]!.data);
    expect(copy.edges).toEqual([
      { id: 'e-copy3', kind: 'servesGoal', source: 'partnerCity-copy2', target: 'goal-copy1' },
    ]);
  });

  it('steps each paste on, and brings what is out of view into it', () => {
    const view = { left: 0, top: 0, right: 1000, bottom: 600 };
    expect(pasteOffset([{ x: 100, y: 100 }], view, 2)).toEqual({ x: 80, y: 80 });
    expect(pasteOffset([{ x: 5000, y: 5000 }], view, 1)).toEqual({ x: -4560, y: -4696 });
    expect(pasteOffset([{ x: 5000, y: 5000 }], null, 1)).toEqual({ x: 40, y: 40 });
  });
});

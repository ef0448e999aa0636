import { isSymmetric, linkOptions, type ConnectionOption, type SymmetricKind } from './edgeRules';
import type { StrategyEdge, StrategyGraph, StrategyNode } from './graph';
import { searchNodes } from './nodes';
import { EDGE_KINDS, type EdgeKind } from './vocabulary';

/** One edge as seen from one of its ends. */
export interface Relationship {
  edgeId: string;
  kind: EdgeKind;
  otherId: string;
  /** True when the node is the edge's source (it serves, is located in… the other end). */
  outgoing: boolean;
}

export interface RelationshipGroup {
  kind: EdgeKind;
  relationships: Relationship[];
}

/**
 * A node's relationships grouped by kind, in the vocabulary's order; in each group those the
 * node starts come first, then those that end at it, each part sorted by the other end's name.
 */
export function relationshipsOf(
  edges: readonly StrategyEdge[],
  nodeId: string,
  nameOf: (id: string) => string = (id) => id,
): RelationshipGroup[] {
  const byKind = new Map<EdgeKind, Relationship[]>();
  for (const edge of edges) {
    const outgoing = edge.source === nodeId;
    if (!outgoing && edge.target !== nodeId) continue;
    const list = byKind.get(edge.kind) ?? [];
    list.push({
      edgeId: edge.id,
      kind: edge.kind,
      otherId: outgoing ? edge.target : edge.source,
      outgoing,
    });
    byKind.set(edge.kind, list);
  }
  const names = new Map<string, string>();
  const name = (id: string) => {
    let known = names.get(id);
    if (known === undefined) names.set(id, (known = nameOf(id)));
    return known;
  };
  return EDGE_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    relationships: byKind
      .get(kind)!
      .sort(
        (a, b) =>
          Number(b.outgoing) - Number(a.outgoing) || name(a.otherId).localeCompare(name(b.otherId)),
      ),
  }));
}

/**
 * The nodes at the other end of a node's relationships whose name another of them has too
 * (five projects called "Pre-consulting for an integrity system"): a list needs more than the
 * name to tell them apart.
 */
export function namesShared(
  groups: readonly RelationshipGroup[],
  nameOf: (id: string) => string,
): Set<string> {
  const idsByName = new Map<string, Set<string>>();
  for (const { relationships } of groups)
    for (const { otherId } of relationships) {
      const name = nameOf(otherId);
      const ids = idsByName.get(name) ?? new Set<string>();
      ids.add(otherId);
      idsByName.set(name, ids);
    }
  return new Set([...idsByName.values()].filter((ids) => ids.size > 1).flatMap((ids) => [...ids]));
}

/** The message that heads a part of a node's relationships, read from the node. */
export type RelationshipHeading =
  `edge.${EdgeKind}` | `edgeInverse.${Exclude<EdgeKind, SymmetricKind>}` | 'edgeOutgoing.subgoalOf';

export interface HeadedRelationships {
  kind: EdgeKind;
  heading: RelationshipHeading;
  relationships: Relationship[];
}

/**
 * A node's relationship groups split by which way they read from it: what it does (a task is a
 * subgoal of its direction) under the kind's name, what others do to it (the direction's
 * subgoals) under the name read the other way. A kind that reads the same both ways stays whole.
 */
export function headedRelationships(groups: readonly RelationshipGroup[]): HeadedRelationships[] {
  return groups.flatMap(({ kind, relationships }): HeadedRelationships[] => {
    if (isSymmetric(kind)) return [{ kind, heading: `edge.${kind}`, relationships }];
    const parts: HeadedRelationships[] = [
      // Its own tie names the other end in Korean: 상위 목표, beside the 하위 목표 it has.
      {
        kind,
        heading: kind === 'subgoalOf' ? 'edgeOutgoing.subgoalOf' : `edge.${kind}`,
        relationships: relationships.filter((r) => r.outgoing),
      },
      {
        kind,
        heading: `edgeInverse.${kind}`,
        relationships: relationships.filter((r) => !r.outgoing),
      },
    ];
    return parts.filter((part) => part.relationships.length > 0);
  });
}

/** The ends of the edge an option makes between `fromId` and `otherId`. */
export function edgeEnds(
  fromId: string,
  otherId: string,
  option: ConnectionOption,
): { source: string; target: string } {
  return option.reversed
    ? { source: otherId, target: fromId }
    : { source: fromId, target: otherId };
}

/** True when the graph already has the edge an option would make (either way, if it reads so). */
export function hasEdge(
  edges: readonly StrategyEdge[],
  ends: { source: string; target: string },
  kind: EdgeKind,
): boolean {
  return edges.some(
    (edge) =>
      edge.kind === kind &&
      ((edge.source === ends.source && edge.target === ends.target) ||
        (isSymmetric(kind) && edge.source === ends.target && edge.target === ends.source)),
  );
}

export interface LinkCandidate {
  node: StrategyNode;
  /** The relationships still open between the two, most natural first. */
  options: ConnectionOption[];
}

/**
 * Nodes a node may be linked to whose English or Korean name matches `query`, each with the
 * relationships that fit and do not exist yet. A node already joined every possible way is left
 * out, so choosing a candidate always creates something.
 */
export function linkCandidates(
  graph: StrategyGraph,
  fromId: string,
  query: string,
  limit = 12,
): LinkCandidate[] {
  const from = graph.nodes.find((node) => node.id === fromId);
  if (!from || query.trim() === '') return [];
  const own = graph.edges.filter((edge) => edge.source === fromId || edge.target === fromId);
  const open = new Map<string, ConnectionOption[]>();
  for (const node of graph.nodes) {
    if (node.id === fromId) continue;
    const options = linkOptions(from.kind, node.kind).filter(
      (option) => !hasEdge(own, edgeEnds(fromId, node.id, option), option.kind),
    );
    if (options.length > 0) open.set(node.id, options);
  }
  const matches = searchNodes(
    graph.nodes.filter((node) => open.has(node.id)),
    query,
    limit,
  );
  return matches.map((node) => ({ node, options: open.get(node.id)! }));
}

/** How a relationship is read out: "Busan — serves goal — Global hub city". */
export function relationshipName(source: string, relation: string, target: string): string {
  return `${source} — ${relation} — ${target}`;
}

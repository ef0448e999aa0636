import { EMPTY_CHANGE, type GraphChange } from '../model/change';
import { edgeKindsBetween, isEdgeAllowed } from '../model/edgeRules';
import { fieldsOf, parseFieldInput } from '../model/fields';
import type { Language, Position, StrategyEdge, StrategyGraph, StrategyNode } from '../model/graph';
import { nameFieldKey } from '../model/nameField';
import { createNode } from '../model/nodes';
import type { EdgeKind, NodeKind } from '../model/vocabulary';
import { placeInView } from '../layout/placeInView';
import type { Rect } from '../layout/viewport';

/** What an idea may become. */
export const CONVERTIBLE_KINDS = ['goal', 'partnerCity', 'network', 'actor', 'project'] as const;
export type ConvertibleKind = (typeof CONVERTIBLE_KINDS)[number];

/**
 * A new idea and, when it goes under another card, the "relates to" edge joining them, as one
 * change so one undo takes both away. The idea lands on a free spot in view: under `under`, or
 * in the middle of the view, so ideas typed one after another never cover each other.
 */
export function planIdea(
  graph: StrategyGraph,
  view: Rect | null,
  input: { text: string; author?: string; under?: string | null },
  newId: (prefix: string) => string,
  /** Where cards are that the idea should keep clear of: every node's place unless told. */
  taken: readonly Position[] = graph.nodes.map((node) => node.position),
  /** What lies over the view (see placeInView). */
  covered: readonly Rect[] = [],
): { id: string; change: GraphChange; position: Position; inView: boolean } {
  const id = newId('idea');
  const anchor = input.under ? graph.nodes.find((node) => node.id === input.under) : undefined;
  const placed = placeInView(taken, view, anchor?.position ?? null, covered);
  const created = createNode('idea', id, placed.position);
  const node: StrategyNode = {
    ...created,
    data: { text: input.text.trim(), author: (input.author ?? '').trim() },
  };
  const putEdges: StrategyEdge[] = anchor
    ? [{ id: newId('e'), kind: 'relatesTo', source: id, target: anchor.id }]
    : [];
  return {
    id,
    position: placed.position,
    inView: placed.inView,
    change: { ...EMPTY_CHANGE, putNodes: [node], putEdges },
  };
}

export interface DroppedRelationship {
  edge: StrategyEdge;
  otherId: string;
}

export interface Conversion {
  change: GraphChange;
  /** Relationships the new kind cannot have, removed with the conversion. */
  dropped: DroppedRelationship[];
  kept: number;
}

/**
 * The edge an idea's relationship becomes once the idea is a node of `kind`, or null when the
 * edge rules allow none. An idea pointing at another idea is read from that idea's side ("that
 * idea relates to this goal"); otherwise the first relationship the rules allow between the two
 * kinds is taken, running from the converted node where one fits that way, so "relates to" a goal becomes
 * "serves goal" for a project and "subgoal of" for a goal.
 */
function convertedEdge(
  edge: StrategyEdge,
  ideaId: string,
  kind: NodeKind,
  other: StrategyNode,
): StrategyEdge | null {
  const outgoing = edge.source === ideaId;
  const [source, target] = outgoing ? [kind, other.kind] : [other.kind, kind];
  if (isEdgeAllowed(edge.kind, source, target)) return edge;
  const forwardKinds: EdgeKind[] = edgeKindsBetween(kind, other.kind);
  if (forwardKinds.length > 0)
    return { ...edge, kind: forwardKinds[0]!, source: ideaId, target: other.id };
  const backwardKinds: EdgeKind[] = edgeKindsBetween(other.kind, kind);
  if (backwardKinds.length > 0)
    return { ...edge, kind: backwardKinds[0]!, source: other.id, target: ideaId };
  return null;
}

/**
 * An idea turned into a node of another kind, keeping its id, place and relationships where the
 * edge rules allow, as one change. Its text becomes the name in the language the user works in.
 */
export function convertIdea(
  graph: StrategyGraph,
  ideaId: string,
  kind: ConvertibleKind,
  language: Language,
  today: string,
): Conversion | null {
  const idea = graph.nodes.find((node) => node.id === ideaId);
  if (!idea || idea.kind !== 'idea') return null;
  const created = createNode(kind, idea.id, idea.position);
  const nameKey = nameFieldKey(kind, language);
  const nameField = fieldsOf(kind).find((field) => field.key === nameKey);
  const parsed = nameField && parseFieldInput(nameField, idea.data.text);
  const data: Record<string, unknown> = { ...created.data };
  if (parsed?.ok) data[nameKey] = parsed.value;
  // A project's record starts on the day it becomes one, in its first stage.
  if (kind === 'project') data.history = [{ date: today, from: null, to: data.stage, note: '' }];
  const node = { ...created, data } as StrategyNode;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const putEdges: StrategyEdge[] = [];
  const removeEdgeIds: string[] = [];
  const dropped: DroppedRelationship[] = [];
  let kept = 0;
  for (const edge of graph.edges) {
    if (edge.source !== ideaId && edge.target !== ideaId) continue;
    const otherId = edge.source === ideaId ? edge.target : edge.source;
    const other = byId.get(otherId);
    const converted = other && convertedEdge(edge, ideaId, kind, other);
    if (!converted) {
      removeEdgeIds.push(edge.id);
      dropped.push({ edge, otherId });
      continue;
    }
    kept += 1;
    if (converted !== edge) putEdges.push(converted);
  }
  return {
    change: { putNodes: [node], removeNodeIds: [], putEdges, removeEdgeIds },
    dropped,
    kept,
  };
}

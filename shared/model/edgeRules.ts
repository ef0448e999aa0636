import { NODE_KINDS, type EdgeKind, type NodeKind } from './vocabulary';

/**
 * Which edge kinds may run from one node kind to another. An edge reads "source <kind> target":
 * a project is "located in" a partner city, a partner city "serves" a goal.
 */
const RULES: Record<EdgeKind, readonly (readonly [NodeKind, NodeKind])[]> = {
  servesGoal: [
    ['partnerCity', 'goal'],
    ['network', 'goal'],
    ['project', 'goal'],
    ['actor', 'goal'],
  ],
  subgoalOf: [['goal', 'goal']],
  partnersWith: [
    ['partnerCity', 'partnerCity'],
    ['actor', 'actor'],
    ['actor', 'partnerCity'],
    ['actor', 'network'],
    ['network', 'network'],
    ['project', 'network'],
  ],
  memberOf: [
    ['partnerCity', 'network'],
    ['actor', 'network'],
  ],
  fundedBy: [
    ['project', 'actor'],
    ['project', 'network'],
  ],
  implementedBy: [['project', 'actor']],
  locatedIn: [['project', 'partnerCity']],
  // Raw input may bear on anything; it gets a firmer relationship once it is converted.
  relatesTo: NODE_KINDS.map((kind) => ['idea', kind] as const),
};

export function isEdgeAllowed(kind: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  return RULES[kind].some(([s, t]) => s === source && t === target);
}

export interface ConnectionOption {
  kind: EdgeKind;
  /** True when the edge must run opposite to the way the user dragged. */
  reversed: boolean;
}

/**
 * The edges a drag from one node to another may create. Users drag in whichever direction is
 * handy, so when no edge fits the drag's direction, the reverse direction is offered.
 */
export function connectionOptions(source: NodeKind, target: NodeKind): ConnectionOption[] {
  const kinds = Object.keys(RULES) as EdgeKind[];
  const forward = kinds.filter((kind) => isEdgeAllowed(kind, source, target));
  if (forward.length > 0) return forward.map((kind) => ({ kind, reversed: false }));
  return kinds
    .filter((kind) => isEdgeAllowed(kind, target, source))
    .map((kind) => ({ kind, reversed: true }));
}

/** Edge kinds an existing edge may be changed to, keeping its ends. */
export function edgeKindsBetween(source: NodeKind, target: NodeKind): EdgeKind[] {
  return (Object.keys(RULES) as EdgeKind[]).filter((kind) => isEdgeAllowed(kind, source, target));
}

/** Kinds that read the same both ways round: "A partners with B" is "B partners with A". */
const SYMMETRIC = ['partnersWith'] as const satisfies readonly EdgeKind[];
export type SymmetricKind = (typeof SYMMETRIC)[number];

export const isSymmetric = (kind: EdgeKind): kind is SymmetricKind =>
  (SYMMETRIC as readonly EdgeKind[]).includes(kind);

/**
 * Every edge that may join two nodes when the user names the pair without a direction (linking
 * from the inspector): those running from `from` to `to` first, then those running back, except
 * where the way back says the same thing.
 */
export function linkOptions(from: NodeKind, to: NodeKind): ConnectionOption[] {
  const forward = edgeKindsBetween(from, to);
  const backward = edgeKindsBetween(to, from).filter(
    (kind) => !(isSymmetric(kind) && forward.includes(kind)),
  );
  return [
    ...forward.map((kind) => ({ kind, reversed: false })),
    ...backward.map((kind) => ({ kind, reversed: true })),
  ];
}

/**
 * The edge that joins a node added while another is selected, when exactly one fits: a new goal
 * becomes the selected goal's subgoal, a new project is located in the selected partner city.
 * The new node's own direction (new → selected) wins over the reverse. Null when none or several
 * fit, so a guess never puts a wrong relationship in the plan.
 */
export function relationForNewNode(added: NodeKind, selected: NodeKind): ConnectionOption | null {
  const forward = edgeKindsBetween(added, selected);
  if (forward.length === 1) return { kind: forward[0]!, reversed: false };
  if (forward.length > 1) return null;
  const backward = edgeKindsBetween(selected, added);
  return backward.length === 1 ? { kind: backward[0]!, reversed: true } : null;
}

/** Whether a node added next to the selected one is left unjoined because several edges fit. */
export function severalFitNewNode(added: NodeKind, selected: NodeKind): boolean {
  return relationForNewNode(added, selected) === null && linkOptions(added, selected).length > 1;
}

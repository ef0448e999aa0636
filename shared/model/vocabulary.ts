/**
 * Closed vocabularies of the domain. Each list's order is the order shown to users. A list that
 * starts with '' has no true default: a new node leaves the choice unmade ("Not set") rather than
 * claim a value nobody chose.
 */

export const NODE_KINDS = ['goal', 'partnerCity', 'network', 'actor', 'project', 'idea'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const GOAL_LEVELS = ['', 'vision', 'direction', 'task'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export const RELATIONS = ['', 'sister', 'friendship', 'mou', 'none', 'unknown'] as const;
export type Relation = (typeof RELATIONS)[number];

export const CITY_STATUSES = ['', 'active', 'dormant'] as const;

export const REGIONS = [
  '',
  'eastAsia',
  'southeastAsia',
  'southAsia',
  'centralAsia',
  'middleEast',
  'europe',
  'africa',
  'northAmerica',
  'latinAmerica',
  'oceania',
] as const;
export type Region = (typeof REGIONS)[number];

/** A city's seat in a network, lowest to highest rung of the report's role ladder. */
export const NETWORK_ROLES = [
  '',
  'member',
  'executiveCommittee',
  'viceChair',
  'chair',
  'secretariatHost',
] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export const ACTOR_TYPES = [
  '',
  'centralGovernment',
  'agency',
  'developmentBank',
  'company',
  'ngo',
  'universityInstitute',
  'other',
] as const;

export const PROJECT_DOMAINS = [
  '',
  'transport',
  'urbanRail',
  'eGovernment',
  'water',
  'urbanPlanning',
  'environment',
  'fire',
  'other',
] as const;
export type ProjectDomain = (typeof PROJECT_DOMAINS)[number];

/** The five stages of the policy-export pipeline, in order. */
export const STAGES = ['discovery', 'consulting', 'feasibility', 'award', 'feedback'] as const;
export type Stage = (typeof STAGES)[number];

export const FUNDING_SOURCES = [
  '',
  'cityOdaFund',
  'koica',
  'mdb',
  'centralGovernment',
  'privateConsortium',
  'partnerCity',
  'other',
] as const;

export const EDGE_KINDS = [
  'servesGoal',
  'subgoalOf',
  'partnersWith',
  'memberOf',
  'fundedBy',
  'implementedBy',
  'locatedIn',
  'relatesTo',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What happened between the city and a partner, as an exchange log records it. */
export const EXCHANGE_KINDS = [
  'visitOut',
  'visitIn',
  'delegation',
  'agreementSigned',
  'renewal',
  'forum',
  'policySharing',
  'other',
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** Where a measure's actuals come from: typed in, or counted from the strategy itself. */
export const MEASURE_SOURCES = [
  'manual',
  'projectsAwarded',
  'partnersWithProject',
  'budgetAwarded',
] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/**
 * The node and relationship kinds a legend lists for a map: ideas and "relates to" only where
 * the map holds ideas, since they are a workshop's raw input and most plans have none.
 */
export function legendKinds(hasIdeas: boolean): {
  nodes: readonly NodeKind[];
  edges: readonly EdgeKind[];
} {
  return hasIdeas
    ? { nodes: NODE_KINDS, edges: EDGE_KINDS }
    : {
        nodes: NODE_KINDS.filter((kind) => kind !== 'idea'),
        edges: EDGE_KINDS.filter((kind) => kind !== 'relatesTo'),
      };
}

import { countryCodeOf } from '../model/countries';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';
import { DEFAULT_PIPELINE_SETTINGS } from '../pipeline/gates';
import type { PipelineSettings } from '../pipeline/types';
import { EMPTY_DETAILS, type HomeCity, type StrategyDetails } from '../model/strategyDetails';

/**
 * How records stored by an older version are brought to the current shape, per record type and
 * per change. Strategy files (MIGRATIONS in strategyFile.ts) and the browser database (its
 * schema upgrades) call the same functions, so a file and a database of the same age come out
 * alike. The functions are pure: they return new records and leave their input as it is.
 */
export interface RecordUpgrade {
  /** The strategy's own record: title, authorship, settings. */
  strategy(meta: object): object;
  /** A node record of any kind; anything not shaped like a node is returned as it came. */
  node(node: unknown): unknown;
}

/** A strategy from before the pipeline gets the default gates and stall threshold. */
export function withDefaultPipelineSettings<M extends object>(
  meta: M,
): Omit<M, 'pipeline'> & { pipeline: PipelineSettings } {
  const { pipeline } = meta as { pipeline?: PipelineSettings | null };
  return { ...meta, pipeline: pipeline ?? DEFAULT_PIPELINE_SETTINGS };
}

/** A project's data from before the pipeline: no stage history, funding lines or checks yet. */
export function upgradeProjectDataToPipeline<D extends Record<string, unknown>>(
  data: D,
): D & { history: unknown; funding: unknown; gateChecks: unknown } {
  return {
    ...data,
    history: data.history ?? [],
    funding: data.funding ?? [],
    gateChecks: data.gateChecks ?? [],
  };
}

/** A node of any kind from before the pipeline: only projects change. */
export function upgradeNodeToPipeline<N>(node: N): N {
  if (typeof node !== 'object' || node === null) return node;
  const { kind, data } = node as { kind?: unknown; data?: unknown };
  if (kind !== 'project' || typeof data !== 'object' || data === null) return node;
  return { ...node, data: upgradeProjectDataToPipeline(data as Record<string, unknown>) };
}

/** Strategy file version 2, database schema version 3: the policy-export pipeline. */
export const PIPELINE_UPGRADE: RecordUpgrade = {
  strategy: withDefaultPipelineSettings,
  node: upgradeNodeToPipeline,
};

/**
 * The names versions before 3 stored for every new node, in both languages, whether or not the
 * user ever named it. Names equal to one of these are taken as never given.
 */
export const OLD_PLACEHOLDER_NAMES: Readonly<Record<NodeKind, readonly string[]>> = {
  goal: ['New goal', '새 목표'],
  partnerCity: ['New partner city', '새 교류도시'],
  network: ['New network', '새 네트워크'],
  actor: ['New actor', '새 행위자'],
  project: ['New project', '새 사업'],
  idea: [],
};

const NAME_KEYS = ['title', 'titleKo', 'name', 'nameKo'] as const;

/**
 * Node data with its old placeholder names emptied and its country, where it names one known
 * in English or Korean, as its code; a country not recognised is kept as it was written.
 * Choices are left alone: an old default cannot be told from a value the user chose.
 */
export function upgradeNodeDataToBilingual<D extends Record<string, unknown>>(
  kind: NodeKind,
  data: D,
): D {
  const placeholders = OLD_PLACEHOLDER_NAMES[kind];
  const upgraded: Record<string, unknown> = { ...data };
  for (const key of NAME_KEYS) {
    const name = upgraded[key];
    if (typeof name === 'string' && placeholders.includes(name.trim())) upgraded[key] = '';
  }
  const country = upgraded.country;
  if (typeof country === 'string' && country.trim() !== '')
    upgraded.country = countryCodeOf(country) ?? country;
  return upgraded as D;
}

/** A node of any kind from before names in two languages without placeholders. */
export function upgradeNodeToBilingual<N>(node: N): N {
  if (typeof node !== 'object' || node === null) return node;
  const { kind, data } = node as { kind?: unknown; data?: unknown };
  if (
    typeof kind !== 'string' ||
    !(NODE_KINDS as readonly string[]).includes(kind) ||
    typeof data !== 'object' ||
    data === null
  )
    return node;
  return {
    ...node,
    data: upgradeNodeDataToBilingual(kind as NodeKind, data as Record<string, unknown>),
  };
}

/** A strategy from before its title had a Korean form: it has none yet. */
export function withKoreanTitle<M extends object>(meta: M): M & { titleKo: string } {
  const { titleKo } = meta as { titleKo?: unknown };
  return { ...meta, titleKo: typeof titleKo === 'string' ? titleKo : '' };
}

/**
 * Strategy file version 3, database schema version 4: names in two languages, none stored on
 * the user's behalf, and countries as ISO codes.
 */
export const BILINGUAL_UPGRADE: RecordUpgrade = {
  strategy: withKoreanTitle,
  node: upgradeNodeToBilingual,
};

/** A strategy from before workshops: it has held no votes. */
export function withVoteResults<M extends object>(meta: M): M & { votes: unknown[] } {
  const { votes } = meta as { votes?: unknown };
  return { ...meta, votes: Array.isArray(votes) ? votes : [] };
}

/**
 * Strategy file version 4, database schema version 5: workshops. Ideas are a node kind older
 * versions cannot read, and a strategy keeps the votes it held; older records hold neither.
 */
export const WORKSHOP_UPGRADE: RecordUpgrade = {
  strategy: withVoteResults,
  node: (node) => node,
};

/** A node from before exchange logs and measures: partners get an empty log, goals no measures. */
export function upgradeNodeToActivity<N>(node: N): N {
  if (typeof node !== 'object' || node === null) return node;
  const { kind, data } = node as { kind?: unknown; data?: unknown };
  if (typeof data !== 'object' || data === null) return node;
  const list =
    kind === 'goal'
      ? 'measures'
      : kind === 'partnerCity' || kind === 'network'
        ? 'exchanges'
        : null;
  if (list === null) return node;
  const held = (data as Record<string, unknown>)[list];
  return { ...node, data: { ...data, [list]: Array.isArray(held) ? held : [] } };
}

/**
 * Also strategy file version 4, database schema version 5: exchange logs on partner cities and
 * networks, measures on goals and the as-of date. It shipped with workshops, in the same version.
 */
export const ACTIVITY_UPGRADE: RecordUpgrade = {
  // A strategy with no as-of date is read as of today, as every older one was.
  strategy: (meta) => meta,
  node: upgradeNodeToActivity,
};

/** A partner city from before places: its coordinates are not known yet. */
export function upgradeNodeToPlaces<N>(node: N): N {
  if (typeof node !== 'object' || node === null) return node;
  const { kind, data } = node as { kind?: unknown; data?: unknown };
  if (kind !== 'partnerCity' || typeof data !== 'object' || data === null) return node;
  const { latitude, longitude } = data as { latitude?: unknown; longitude?: unknown };
  return {
    ...node,
    data: { ...data, latitude: latitude ?? null, longitude: longitude ?? null },
  };
}

/** A strategy from before its details and home city: the cover has none, the city is unset. */
export function withDetailsAndHome<M extends object>(
  meta: M,
): M & { details: StrategyDetails; home: HomeCity | null } {
  const { details, home } = meta as { details?: unknown; home?: unknown };
  return {
    ...meta,
    details: (details as StrategyDetails | undefined) ?? EMPTY_DETAILS,
    home: (home as HomeCity | null | undefined) ?? null,
  };
}

/**
 * Strategy file version 5, database schema version 6: a plan's details for its cover, the home
 * city, and coordinates on partner cities.
 */
export const PLACES_UPGRADE: RecordUpgrade = {
  strategy: withDetailsAndHome,
  node: upgradeNodeToPlaces,
};

import type { ImportPlan } from '../exchange/csvImport';
import { countryCodeOf } from '../model/countries';
import type { StrategyGraph } from '../model/graph';
import type { Place } from './place';

/** An imported partner city to look up: the row it came from, its name and its country. */
export interface PlaceLookup {
  row: number;
  name: string;
  /** An ISO code, or '' when the row gave none the app knows. */
  country: string;
}

const hasCoordinates = (data: Record<string, unknown>) =>
  typeof data.latitude === 'number' && typeof data.longitude === 'number';

function lookupOf(row: number, data: Record<string, unknown>): PlaceLookup | null {
  const name = String(data.name || data.nameKo || '').trim();
  if (!name) return null;
  return { row, name, country: countryCodeOf(String(data.country ?? '')) ?? '' };
}

/**
 * The partner cities of an import that come without coordinates and have none yet: their
 * rows, names and countries, to look up in the gazetteer.
 */
export function placesToLookUp(plan: ImportPlan, graph: StrategyGraph): PlaceLookup[] {
  if (plan.kind !== 'partnerCity') return [];
  const placed = new Set(
    graph.nodes
      .filter((node) => hasCoordinates(node.data as Record<string, unknown>))
      .map((node) => node.id),
  );
  return [
    ...plan.additions
      .filter(({ data }) => !hasCoordinates(data))
      .map(({ row, data }) => lookupOf(row, data)),
    ...plan.updates
      .filter(({ id, patch }) => !placed.has(id) && !hasCoordinates(patch))
      .map(({ row, patch }) => lookupOf(row, patch)),
  ].filter((lookup) => lookup !== null);
}

/**
 * The plan with the coordinates of the cities found (and their country where the row had
 * none); a row whose city was not found is imported as it was.
 */
export function withFoundPlaces(
  plan: ImportPlan,
  lookups: readonly PlaceLookup[],
  found: readonly (Place | null)[],
): ImportPlan {
  const byRow = new Map<number, Place>();
  lookups.forEach((lookup, i) => {
    const place = found[i];
    if (place) byRow.set(lookup.row, place);
  });
  const placed = (row: number, data: Record<string, unknown>) => {
    const place = byRow.get(row);
    if (!place) return data;
    return {
      ...data,
      ...(data.country ? {} : { country: place.country }),
      latitude: place.latitude,
      longitude: place.longitude,
    };
  };
  return {
    ...plan,
    additions: plan.additions.map((addition) => ({
      ...addition,
      data: placed(addition.row, addition.data),
    })),
    updates: plan.updates.map((update) => ({ ...update, patch: placed(update.row, update.patch) })),
  };
}

import type { Place } from '../../shared/places/place';

/** A name to place, as an import row gives it: a country code, or '' for anywhere. */
export interface PlaceQuery {
  name: string;
  country: string;
}

export type GazetteerJob =
  | { id: number; type: 'search'; query: string; limit: number }
  | { id: number; type: 'find'; queries: PlaceQuery[] };

export type GazetteerReply =
  { id: number; places: (Place | null)[] } | { id: number; error: string };

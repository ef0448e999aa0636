import type { Place } from '../../shared/places/place';

/** A name to place, as an import row gives it: a country code, or '' for anywhere. */
export interface PlaceQuery {
  name: string;
  country: string;
}

/** The names of an import's rows, looked up in the worker. */
export interface GazetteerJob {
  id: number;
  queries: PlaceQuery[];
}

export type GazetteerReply =
  { id: number; places: (Place | null)[] } | { id: number; error: string };

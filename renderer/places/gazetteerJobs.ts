import type { Place } from '../../shared/places/place';
import type { JobReply } from '../workerJobs';

/** A name to place, as an import row gives it: a country code, or '' for anywhere. */
export interface PlaceQuery {
  name: string;
  country: string;
}

/** The names of an import's rows, looked up in the worker. */
export interface GazetteerJob {
  queries: PlaceQuery[];
}

export interface GazetteerResult {
  places: (Place | null)[];
}

export type GazetteerReply = JobReply<GazetteerResult>;

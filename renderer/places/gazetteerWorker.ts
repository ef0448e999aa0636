import { findPlace, loadPlaceIndex } from './placeSearch';
import type { PlaceIndex } from '../../shared/places/search';
import type { SentJob } from '../workerJobs';
import type { GazetteerJob, GazetteerReply } from './gazetteerJobs';

let loading: Promise<PlaceIndex> | null = null;

const reply = (message: GazetteerReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SentJob<GazetteerJob>>) => {
  const job = event.data;
  loading ??= loadPlaceIndex();
  loading.then(
    (index) =>
      reply({
        id: job.id,
        places: job.queries.map((query) => findPlace(index, query.name, query.country)),
      }),
    (error: unknown) => {
      // A later look-up tries again: the failure may have been a moment's.
      loading = null;
      reply({ id: job.id, error: String(error) });
    },
  );
});

// The table is made from the packaged list when the app is built (scripts/gazetteerTable.ts)
// and ships as a file of its own, fetched from the app's origin only when a city field is first
// used, so it adds nothing to the page's first paint.
import tableUrl from 'gazetteer-table?url';
import { readPlaceTable } from '../../shared/places/placeTable';
import { indexOfTable, type PlaceIndex } from '../../shared/places/search';

export { findPlace, searchPlaces } from '../../shared/places/search';

export async function loadPlaceIndex(): Promise<PlaceIndex> {
  const response = await fetch(tableUrl);
  if (!response.ok) throw new Error(`the list of cities answered ${response.status}`);
  return indexOfTable(readPlaceTable(await response.arrayBuffer()));
}

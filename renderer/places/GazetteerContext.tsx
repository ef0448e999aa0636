import { createContext, useContext, type ReactNode } from 'react';
import { createAppGazetteer, type Gazetteer } from './gazetteer';

let shared: Gazetteer | null = null;

/** One list for the whole window, read when a city field is first used, not by rendering. */
const lazyGazetteer: Gazetteer = {
  prepare: () => (shared ??= createAppGazetteer()).prepare(),
  searchNow: (query, limit) => shared?.searchNow(query, limit) ?? null,
  search: (query, limit) => (shared ??= createAppGazetteer()).search(query, limit),
  find: (queries) => (shared ??= createAppGazetteer()).find(queries),
};

const GazetteerContext = createContext<Gazetteer>(lazyGazetteer);

export function GazetteerProvider({
  gazetteer,
  children,
}: {
  gazetteer: Gazetteer;
  children: ReactNode;
}) {
  return <GazetteerContext.Provider value={gazetteer}>{children}</GazetteerContext.Provider>;
}

export function useGazetteer(): Gazetteer {
  return useContext(GazetteerContext);
}

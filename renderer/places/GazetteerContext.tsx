import { createContext, useContext, type ReactNode } from 'react';
import { createWorkerGazetteer, type Gazetteer } from './gazetteer';

let shared: Gazetteer | null = null;

/** One worker for the whole window, started by the first look-up, not by the first render. */
const lazyGazetteer: Gazetteer = {
  search: (query, limit) => (shared ??= createWorkerGazetteer()).search(query, limit),
  find: (queries) => (shared ??= createWorkerGazetteer()).find(queries),
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

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppStore } from './createAppStore';
import type { AppState } from './types';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreContext.Provider>');
  return store;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** For selectors that build a new object or array on every call. */
export function useAppShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SettingsState, SettingsStore } from '@/utils/settings-store';

export const SettingsContext = createContext<SettingsStore | null>(null);

/** A slice of this page's settings store; re-renders when that slice changes. */
export function useSettings<T>(select: (state: SettingsState) => T): T {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSettings needs a <SettingsContext.Provider>');
  return useStore(store, select);
}

/**
 * React access to the analysis: <AnalysisProvider> starts the worker for the studio
 * session and shares the analysis store; `useAnalysisState` reads a slice of it.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createAnalysisStore,
  type AnalysisState,
  type AnalysisStore,
} from '../../store/analysisStore';
import type { StudioAnalysis } from '../../worker/studioJob';
import { useStudio } from '../studioContext';
import { startAnalysis } from './analysisSession';

const AnalysisContext = createContext<AnalysisStore<StudioAnalysis> | null>(null);

/** Props: the part of the UI that shows analysis results. */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const studio = useStudio();
  const [store] = useState(() => createAnalysisStore<StudioAnalysis>());
  useEffect(() => startAnalysis(studio, store), [studio, store]);
  return <AnalysisContext.Provider value={store}>{children}</AnalysisContext.Provider>;
}

/** A slice of the analysis state; throws outside <AnalysisProvider>. */
export function useAnalysisState<T>(selector: (s: AnalysisState<StudioAnalysis>) => T): T {
  const store = useContext(AnalysisContext);
  if (!store) throw new Error('useAnalysisState() outside AnalysisProvider');
  return useStore(store, selector);
}

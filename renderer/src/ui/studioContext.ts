/**
 * React access to the studio: `useStudio()` for the functions and the session stores
 * (`useStore(useStudio().findings, selector)`), and selector hooks for the stores read most
 * that re-render only when the selected slice of a store changes.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AnalysisState } from '../store/analysisStore';
import type { DocumentState } from '../store/documentStore';
import type { Studio } from '../store/studio';
import type { ViewState } from '../store/viewStore';
import type { StudioAnalysis } from '../worker/studioJob';

/** The studio session of this window. */
export const StudioContext = createContext<Studio | null>(null);

/** The studio session; throws outside <StudioContext.Provider>. */
export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio() outside StudioContext');
  return studio;
}

/** A slice of the document store. */
export function useDocState<T>(selector: (s: DocumentState) => T): T {
  return useStore(useStudio().docs.store, selector);
}

/** A slice of the view store. */
export function useViewState<T>(selector: (s: ViewState) => T): T {
  return useStore(useStudio().view, selector);
}

/** A slice of the analysis state (results run while <AnalysisProvider> is mounted). */
export function useAnalysisState<T>(selector: (s: AnalysisState<StudioAnalysis>) => T): T {
  return useStore(useStudio().analysis.store, selector);
}

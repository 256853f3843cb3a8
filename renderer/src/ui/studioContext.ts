/**
 * React access to the studio session: `useStudio()` for the functions, and selector hooks
 * that re-render only when the selected slice of a store changes.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from '../store/documentStore';
import type { Studio } from '../store/studio';
import type { ViewState } from '../store/viewStore';

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

/**
 * Analysis figures for the panels (metrics, inspector temperatures). Like
 * `useAnalysisState`, but while a document gesture is open (a drag in the viewport) the
 * value stays what it was when the gesture began: results for the drag's preview revisions
 * keep arriving many times a second, and re-laying out a 200-row table for each would cost
 * the main thread more than the frame has. The viewport's own overlays (traces, heat map)
 * stay live. When the gesture ends the panels catch up with the newest result.
 *
 * Panels must mark held figures stale themselves: compare the revision they read through
 * this hook with the document's (the held revision is older than every preview).
 */
import { useRef } from 'react';
import type { AnalysisState } from '../../store/analysisStore';
import type { StudioAnalysis } from '../../worker/studioJob';
import { useDocState } from '../studioContext';
import { useAnalysisState } from '../studioContext';

/** A slice of the analysis state, held while a gesture is open. */
export function useSettledAnalysisState<T>(selector: (s: AnalysisState<StudioAnalysis>) => T): T {
  const isInGesture = useDocState((s) => s.history.gesture !== null);
  const held = useRef<{ value: T } | null>(null);
  return useAnalysisState((s) => {
    if (isInGesture && held.current) return held.current.value;
    const value = selector(s);
    held.current = { value };
    return value;
  });
}

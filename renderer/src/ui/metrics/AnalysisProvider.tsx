/**
 * <AnalysisProvider> runs the studio's analysis (store/analysisSession.ts) while the part
 * of the UI that shows its results is mounted, with the analysis hooks of the test API.
 * Components read the results with `useAnalysisState` (studioContext.ts).
 */
import { useEffect, type ReactNode } from 'react';
import { useStudio } from '../studioContext';
import { installAnalysisTestApi } from './analysisTestApi';

/** Props: the part of the UI that shows analysis results. */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const studio = useStudio();
  useEffect(() => {
    const stop = studio.analysis.start();
    const removeTestApi = installAnalysisTestApi(studio);
    return () => {
      removeTestApi();
      stop();
    };
  }, [studio]);
  return <>{children}</>;
}

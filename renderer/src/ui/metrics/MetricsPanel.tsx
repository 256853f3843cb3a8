/**
 * The metrics panel: system totals and per-link figures of the latest electrical analysis,
 * the live thermal figures, a progress bar while the worker runs, and a "stale" marker
 * whenever the figures shown were computed for an older revision than the document on screen.
 */
import { useCallback } from 'react';
import { isPartStale, isResultStale } from '../../store/analysisStore';
import { useDocState, useStudio } from '../studioContext';
import { useAnalysisState } from './AnalysisContext';
import { LinkTable } from './LinkTable';
import { SystemTotals } from './SystemTotals';
import { ThermalTotals } from './ThermalTotals';
import './metrics.css';

/** The metrics panel (reads the analysis store; starts nothing itself). */
export function MetricsPanel() {
  const studio = useStudio();
  const onSelectLink = useCallback((id: string) => studio.select([id]), [studio]);
  const docRevision = useDocState((s) => s.revision);
  const result = useAnalysisState((s) => s.result);
  const resultRevision = useAnalysisState((s) => s.resultRevision);
  const progress = useAnalysisState((s) => s.progress);
  const error = useAnalysisState((s) => s.error);
  const solveMs = useAnalysisState((s) => s.solveMs);
  const isStale = useAnalysisState((s) => isResultStale(s, docRevision));
  const isThermalStale = useAnalysisState((s) => isPartStale(s, 'thermal', docRevision));
  const electrical = result?.electrical;

  return (
    <section
      className="panel metrics"
      aria-label="Metrics"
      data-testid="metrics-panel"
      data-result-revision={resultRevision ?? ''}
      data-stale={isStale ? 'true' : 'false'}
    >
      <header className="panel__header metrics__header">
        <span>Metrics</span>
        {isStale && resultRevision !== null && (
          <span
            className="metrics__stale"
            data-testid="metrics-stale"
            title="The document changed since these figures were computed"
          >
            stale · rev {resultRevision}
          </span>
        )}
      </header>
      {progress !== null && (
        <div
          className="metrics__progress"
          role="progressbar"
          aria-label="Analysis progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <div style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      )}
      <div className="panel__body">
        {error && error.revision >= (resultRevision ?? -1) && (
          <p className="metrics__error" role="alert">
            Analysis failed: {error.message}
          </p>
        )}
        {!electrical && !error && <p className="panel__empty">Analysing…</p>}
        {electrical && (
          <>
            <p className="metrics__meta" data-testid="metrics-revision">
              Revision {resultRevision}
              {solveMs !== null && ` · ${solveMs.toFixed(0)} ms in the worker`}
            </p>
            <SystemTotals summary={electrical.summary} />
            <ThermalTotals
              thermal={result?.thermal}
              error={result?.thermalError}
              isStale={isThermalStale}
            />
            <LinkTable links={electrical.links} onSelect={onSelectLink} />
          </>
        )}
      </div>
    </section>
  );
}

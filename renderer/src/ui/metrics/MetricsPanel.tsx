/**
 * The metrics panel: system totals and per-link figures of the latest electrical analysis,
 * the live thermal figures, a progress bar while the worker runs, and a "stale" marker
 * whenever the figures shown were computed for an older revision than the document on screen.
 * While a drag is in progress the figures are held (useSettledAnalysis.ts), marked stale,
 * and brought up to date when the part is released.
 */
import { useCallback } from 'react';
import { FiberBundles } from '../fibers/FiberBundles';
import { useDocState, useStudio } from '../studioContext';
import { useAnalysisState } from '../studioContext';
import { LinkTable } from './LinkTable';
import { PowerTotals } from './PowerTotals';
import { SystemTotals } from './SystemTotals';
import { ThermalTotals } from './ThermalTotals';
import { useSettledAnalysisState } from './useSettledAnalysis';
import './metrics.css';

/** The metrics panel (reads the analysis store; starts nothing itself). */
export function MetricsPanel() {
  const studio = useStudio();
  const onSelectLink = useCallback((id: string) => studio.select([id]), [studio]);
  const onSelectFibers = useCallback((ids: string[]) => studio.select(ids), [studio]);
  const docRevision = useDocState((s) => s.revision);
  const isInGesture = useDocState((s) => s.history.gesture !== null);
  const result = useSettledAnalysisState((s) => s.result);
  const resultRevision = useSettledAnalysisState((s) => s.resultRevision);
  const thermalRevision = useSettledAnalysisState((s) => s.partRevisions.thermal);
  const powerRevision = useSettledAnalysisState((s) => s.partRevisions.power);
  const error = useSettledAnalysisState((s) => s.error);
  const solveMs = useSettledAnalysisState((s) => s.solveMs);
  const progress = useAnalysisState((s) => s.progress);
  const isStale = resultRevision === null || resultRevision < docRevision;
  const isThermalStale = thermalRevision === undefined || thermalRevision < docRevision;
  const electrical = result?.electrical;

  return (
    <section
      className="panel metrics"
      aria-label="Metrics"
      data-testid="metrics-panel"
      data-stage="electrical"
      data-doc-revision={docRevision}
      data-revision={resultRevision ?? ''}
      data-result-revision={resultRevision ?? ''}
      data-stale={isStale ? 'true' : 'false'}
    >
      <header className="panel__header metrics__header">
        <span>Metrics</span>
        {isStale && resultRevision !== null && (
          <span
            className="metrics__stale"
            data-testid="metrics-stale"
            title={
              isInGesture
                ? 'Held while you drag; the figures update when you release'
                : 'The document changed since these figures were computed'
            }
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
            <PowerTotals
              power={result?.power}
              revision={powerRevision}
              isStale={powerRevision === undefined || powerRevision < docRevision}
            />
            <ThermalTotals
              thermal={result?.thermal}
              error={result?.thermalError}
              revision={thermalRevision}
              isStale={isThermalStale}
            />
            {electrical.fibers && (
              <FiberBundles fibers={electrical.fibers} onSelect={onSelectFibers} />
            )}
            <LinkTable links={electrical.links} onSelect={onSelectLink} />
          </>
        )}
      </div>
    </section>
  );
}

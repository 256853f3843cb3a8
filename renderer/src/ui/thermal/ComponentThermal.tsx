/**
 * The inspector's thermal rows for the selected component: maximum and mean temperature,
 * its limit and the margin (limit − max), with a red "over limit" badge when the margin is
 * negative, microring drift for optical engines, and a stale note while a newer solve runs
 * (figures held during a drag: ui/metrics/useSettledAnalysis.ts).
 */
import { useSettledAnalysisState } from '../metrics/useSettledAnalysis';
import { useDocState } from '../studioContext';
import './thermal.css';

/** Props: id of the selected component. */
export function ComponentThermal({ id }: { id: string }) {
  const thermal = useSettledAnalysisState((s) => s.result?.thermal);
  const thermalRevision = useSettledAnalysisState((s) => s.partRevisions.thermal);
  const docRevision = useDocState((s) => s.revision);
  const isStale = thermalRevision === undefined || thermalRevision < docRevision;
  if (thermal === undefined) return <p className="panel__empty">Temperatures: solving…</p>;
  if (thermal === null) return null;
  const heat = thermal.components.find((c) => c.id === id);
  if (!heat) return <p className="panel__empty">Not in the thermal model.</p>;
  const drift = thermal.optical.find((o) => o.id === id)?.ringDriftNm ?? null;
  const isOver = heat.marginC < 0;
  return (
    <div
      className={isStale ? 'inspector-thermal inspector-thermal--stale' : 'inspector-thermal'}
      data-testid="inspector-thermal"
      data-over-limit={isOver ? 'true' : 'false'}
    >
      <div className="inspector-thermal__head">
        Temperature <span className="metrics__unit">{thermal.preset} mesh</span>
        {isOver && <span className="badge badge--fail">over limit</span>}
        {isStale && <span className="metrics__stale">stale</span>}
      </div>
      <dl className="facts">
        <dt>Max</dt>
        <dd data-testid="inspector-temp-max">{heat.maxC.toFixed(1)} °C</dd>
        <dt>Mean</dt>
        <dd data-testid="inspector-temp-mean">{heat.meanC.toFixed(1)} °C</dd>
        <dt>Limit</dt>
        <dd data-testid="inspector-temp-limit">{heat.limitC.toFixed(0)} °C</dd>
        <dt>Margin</dt>
        <dd
          data-testid="inspector-temp-margin"
          className={isOver ? 'margin--fail' : heat.marginC < 10 ? 'margin--tight' : 'margin--pass'}
        >
          {heat.marginC >= 0 ? '+' : '−'}
          {Math.abs(heat.marginC).toFixed(1)} K
        </dd>
        {drift !== null && (
          <>
            <dt>Ring drift</dt>
            <dd data-testid="inspector-ring-drift">{drift.toFixed(2)} nm</dd>
          </>
        )}
      </dl>
    </div>
  );
}

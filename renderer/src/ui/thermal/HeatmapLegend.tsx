/**
 * The heat map's colour scale in the viewport's corner: the layer shown, the gradient and
 * its ends in °C (the coolest and hottest cell of that layer), and a note when the figures
 * belong to an older revision than the document on screen.
 */
import { heatGradientCss } from '../../scene/heatmap/heatColors';
import { pickSlice } from '../../scene/heatmap/heatmapGeometry';
import { isPartStale } from '../../store/analysisStore';
import { useAnalysisState } from '../studioContext';
import { useDocState, useViewState } from '../studioContext';
import './thermal.css';

/** The legend; nothing while the heat map is hidden or before the first thermal result. */
export function HeatmapLegend() {
  const heatmap = useViewState((s) => s.heatmap);
  const thermal = useAnalysisState((s) => s.result?.thermal ?? null);
  const docRevision = useDocState((s) => s.revision);
  const isStale = useAnalysisState((s) => isPartStale(s, 'thermal', docRevision));
  const thermalRevision = useAnalysisState((s) => s.partRevisions.thermal);
  const progress = useAnalysisState((s) => s.progress);
  if (!heatmap.isVisible) return null;
  const slice = thermal ? pickSlice(thermal.slices, heatmap.layer) : null;
  return (
    <div
      className="heat-legend"
      data-testid="heatmap-legend"
      aria-label="Heat-map scale"
      data-stage="heatmap"
      data-revision={slice ? (thermalRevision ?? '') : ''}
      data-stale={isStale ? 'true' : 'false'}
    >
      {!slice && <div className="heat-legend__title">Heat map: solving…</div>}
      {slice && (
        <>
          <div className="heat-legend__title">
            {slice.label}
            {isStale && <span className="heat-legend__stale"> · stale</span>}
          </div>
          <div className="heat-legend__bar" style={{ background: heatGradientCss() }} />
          <div className="heat-legend__ends">
            <span data-testid="heatmap-min">{slice.minC.toFixed(1)} °C</span>
            <span data-testid="heatmap-max">{slice.maxC.toFixed(1)} °C</span>
          </div>
          {progress !== null && (
            <div className="heat-legend__note">solving {Math.round(progress * 100)} %</div>
          )}
        </>
      )}
    </div>
  );
}

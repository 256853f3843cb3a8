/**
 * The measure tool's readout in the viewport corner: the picked ends (and what they
 * snapped to), dx, dy, dz and the straight distance in model millimetres.
 */
import { useStore } from 'zustand';
import { measureDelta } from '../../scene/measure/measureSnap';
import { useStudio, useViewState } from '../studioContext';
import { type MeasurePoint } from '../../store/reviewStore';

const mm = (v: number) => `${v.toFixed(3)} mm`;

function describe(p: MeasurePoint): string {
  return `${p.snap} (${p.x.toFixed(2)}, ${p.y.toFixed(2)}, ${p.z.toFixed(3)})`;
}

/** The readout; shown while the measure tool is on. */
export function MeasureReadout() {
  const studio = useStudio();
  const tool = useViewState((s) => s.tool);
  const points = useStore(studio.review, (s) => s.measure);
  if (tool !== 'measure') return null;
  const [a, b] = points;
  const delta = a && b ? measureDelta(a, b) : null;
  return (
    <div className="measure-readout" data-testid="measure-readout" role="status">
      <strong>Measure</strong>
      {!a && <span>Click the first point</span>}
      {a && <span>A: {describe(a)}</span>}
      {a && !b && <span>Click the second point</span>}
      {b && <span>B: {describe(b)}</span>}
      {delta && (
        <dl>
          <dt>dx</dt>
          <dd data-testid="measure-dx">{mm(delta.dxMm)}</dd>
          <dt>dy</dt>
          <dd data-testid="measure-dy">{mm(delta.dyMm)}</dd>
          <dt>dz</dt>
          <dd data-testid="measure-dz">{mm(delta.dzMm)}</dd>
          <dt>distance</dt>
          <dd data-testid="measure-distance">{mm(delta.distanceMm)}</dd>
        </dl>
      )}
      <small>Esc clears · M ends</small>
    </div>
  );
}

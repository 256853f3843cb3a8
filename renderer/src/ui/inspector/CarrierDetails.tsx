/**
 * Read-only details of a selected carrier: kind, outline, stand-off and its layer stack
 * (top layer first, as a cross-section is read), with thickness and conductivities; "Edit
 * stack-up…" opens the Stack-up panel on it.
 */
import { layerConductivity } from '../../model/layerConductivity';
import type { Carrier } from '../../model/schema';
import { useDocState, useStudio } from '../studioContext';

/** `v` to `digits` decimals, without trailing zeros or binary noise (0.348, not 0.34800000000000003). */
const round = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/** Props: the carrier to describe. */
export function CarrierDetails({ carrier }: { carrier: Carrier }) {
  const studio = useStudio();
  const materials = useDocState((s) => s.doc.materials);
  const totalMm = carrier.layers.reduce((sum, l) => sum + l.thicknessMm, 0);
  return (
    <div className="inspector__form" data-testid="carrier-details">
      <div className="inspector__title">
        <span className="inspector__id">{carrier.name || carrier.id}</span>
        <span className="inspector__part">
          {carrier.kind}
          {carrier.onCarrierId ? ` on ${carrier.onCarrierId}` : ''}
        </span>
      </div>
      <dl className="facts">
        <dt>Outline</dt>
        <dd>
          {carrier.widthMm} × {carrier.depthMm} mm
        </dd>
        <dt>Origin</dt>
        <dd>
          x {carrier.originMm.x}, y {carrier.originMm.y} mm
        </dd>
        <dt>Thickness</dt>
        <dd>{Math.round(totalMm * 1000) / 1000} mm</dd>
        <dt>Stand-off</dt>
        <dd>{carrier.standoffMm} mm</dd>
      </dl>
      <table className="layers">
        <thead>
          <tr>
            <th>Layer</th>
            <th>mm</th>
            <th title="In-plane / through-plane thermal conductivity">k W/(m·K)</th>
          </tr>
        </thead>
        <tbody>
          {[...carrier.layers].reverse().map((l, i) => (
            <tr key={`${l.name}-${i}`}>
              <td title={l.material}>{l.name || l.material}</td>
              <td>{l.thicknessMm}</td>
              <td>{kText(l, materials)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => studio.stackup.setState({ isOpen: true, carrierId: carrier.id })}
      >
        Edit stack-up…
      </button>
    </div>
  );
}

function kText(
  layer: Carrier['layers'][number],
  materials: Parameters<typeof layerConductivity>[1],
) {
  try {
    const k = layerConductivity(layer, materials);
    return `${round(k.inPlaneWmK, 2)} / ${round(k.throughPlaneWmK, 3)}`;
  } catch {
    return `unknown material ${layer.material}`;
  }
}

/**
 * The to-scale cross-section of the edited carrier as SVG (crossSectionGeometry.ts): layer
 * bands coloured by material, regions coloured by kind, parts as dashed outlines, and the
 * vertical (µm / mm) and horizontal (mm) scale bars.
 */
import { materialColor } from '../../scene/palette';
import { REGION_KIND_COLORS } from '../../scene/regionsPalette';
import type { Carrier } from '../../model/schema';
import { useDocState, useStudio } from '../studioContext';
import { planCrossSection } from './crossSectionGeometry';

const WIDTH = 520;
const HEIGHT = 200;
const PLOT = { left: 48, top: 10, widthPx: 340, heightPx: 160 };

/** Props: the carrier to draw. */
export function CrossSection({ carrier }: { carrier: Carrier }) {
  const studio = useStudio();
  const components = useDocState((s) => s.doc.components);
  useDocState((s) => s.doc.parts); // studio.parts follows the design's own parts
  const plan = planCrossSection(carrier, components, studio.parts, PLOT);
  const base = PLOT.top + PLOT.heightPx;
  const labelX = PLOT.left + PLOT.widthPx + 6;
  return (
    <svg
      className="stackup__section"
      data-testid="cross-section"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`Cross-section of ${carrier.name || carrier.id}`}
    >
      {plan.bands.map((b) => (
        <g key={b.index}>
          <rect
            data-layer={b.index}
            data-thickness-mm={b.thicknessMm}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={materialColor(b.material)}
            stroke="#11141a"
            strokeWidth={0.5}
          >
            <title>{`${b.index}: ${b.name || b.material}, ${b.thicknessMm} mm`}</title>
          </rect>
          {b.height >= 9 && (
            <text x={labelX} y={b.y + b.height / 2 + 3} className="stackup__label">
              {b.name || b.material}
            </text>
          )}
        </g>
      ))}
      {plan.regions.map((r) => (
        <rect
          key={r.id}
          data-region={r.id}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
          fill={REGION_KIND_COLORS[r.kind]}
          fillOpacity={0.85}
        >
          <title>{`${r.id} (${r.kind})`}</title>
        </rect>
      ))}
      {plan.parts.map((p) => (
        <rect
          key={p.id}
          data-part={p.id}
          x={p.x}
          y={p.y}
          width={p.width}
          height={p.height}
          fill="none"
          stroke={p.isEmbedded ? '#ffffff' : '#c9d1dc'}
          strokeDasharray="3 2"
          strokeWidth={1}
        >
          <title>{p.name || p.id}</title>
        </rect>
      ))}
      <g className="stackup__bar" data-testid="z-scale">
        <line x1={20} x2={20} y1={base} y2={base - plan.zBar.px} />
        <text x={4} y={base + 12}>
          {plan.zBar.label}
        </text>
      </g>
      <g className="stackup__bar" data-testid="x-scale">
        <line x1={PLOT.left} x2={PLOT.left + plan.xBar.px} y1={base + 14} y2={base + 14} />
        <text x={PLOT.left + plan.xBar.px + 4} y={base + 17}>
          {plan.xBar.label}
        </text>
      </g>
    </svg>
  );
}

/**
 * DOM overlay in the viewport's corner: the vertical exaggeration, the axes and the
 * category colours present in the design.
 */
import type { ComponentBox } from './layout';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './palette';

/** Props: the component boxes (for the categories present) and the exaggeration. */
export function ViewportLegend({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const categories = [...new Set(boxes.map((b) => b.category))];
  return (
    <div className="viewport-legend" aria-label="Legend">
      <div className="viewport-legend__scale" data-testid="z-scale">
        Heights ×{zScale}
      </div>
      {categories.map((c) => (
        <div key={c} className="viewport-legend__item">
          <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} />
          {CATEGORY_LABELS[c]}
        </div>
      ))}
    </div>
  );
}

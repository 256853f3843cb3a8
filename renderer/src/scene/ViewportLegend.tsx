/**
 * DOM overlay in the viewport's corner: the vertical exaggeration and the colours of the
 * part categories, fibers and keep-outs present in the design.
 */
import type { ComponentBox } from './layout';
import { CATEGORY_COLORS, CATEGORY_LABELS, FIBER_COLOR, KEEP_OUT_COLOR } from './palette';
import { useDocState } from '../ui/studioContext';

/** Props: the component boxes (for the categories present) and the exaggeration. */
export function ViewportLegend({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const categories = [...new Set(boxes.map((b) => b.category))];
  const hasFibers = useDocState((s) => s.doc.fibers.length > 0);
  const hasKeepOuts = useDocState((s) => s.doc.keepOuts.length > 0);
  const items: [string, string][] = [
    ...categories.map((c): [string, string] => [CATEGORY_LABELS[c], CATEGORY_COLORS[c]]),
    ...(hasFibers ? [['Fibers', FIBER_COLOR] as [string, string]] : []),
    ...(hasKeepOuts ? [['Keep-outs', KEEP_OUT_COLOR] as [string, string]] : []),
  ];
  return (
    <div className="viewport-legend" aria-label="Legend">
      <div
        className="viewport-legend__scale"
        data-testid="z-scale"
        title="Heights are exaggerated so thin layers stay visible"
      >
        Heights ×{zScale}
      </div>
      {items.map(([label, color]) => (
        <div key={label} className="viewport-legend__item">
          <span className="swatch" style={{ background: color }} />
          {label}
        </div>
      ))}
    </div>
  );
}

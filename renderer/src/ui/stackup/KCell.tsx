/**
 * One effective conductivity of a layer (in-plane or through-plane), computed by
 * `designLayerK` (never stored): the value with "from material" or "override", an input to
 * set an override and a button to clear it.
 */
import { designLayerK } from '../../model/layerConductivity';
import type { Layer } from '../../model/schema';
import { useDocState } from '../studioContext';
import { CellInput, numberOrNull } from './CellInput';

/** Props of KCell. */
export interface KCellProps {
  readonly layer: Layer;
  readonly axis: 'kInPlaneWmK' | 'kThroughPlaneWmK';
  /** Accessible name prefix, e.g. "layer 2". */
  readonly what: string;
  /** Runs the change (a number sets, null clears); returns '' or the refusal message. */
  readonly onSet: (value: number | null) => string;
}

function effective(
  doc: Parameters<typeof designLayerK>[0],
  layer: Layer,
  axis: KCellProps['axis'],
) {
  try {
    const k = designLayerK(doc, layer);
    return axis === 'kInPlaneWmK' ? k.inPlaneWmK : k.throughPlaneWmK;
  } catch {
    return undefined;
  }
}

/** The cell. */
export function KCell({ layer, axis, what, onSet }: KCellProps) {
  const materials = useDocState((s) => s.doc.materials);
  const override = layer[axis];
  const k = effective({ materials }, layer, axis);
  const name = axis === 'kInPlaneWmK' ? 'in-plane k' : 'through-plane k';
  const shown = k === undefined ? '' : String(Math.round(k * 1000) / 1000);
  return (
    <span className="k-cell" data-testid={`k-${axis}`}>
      <CellInput
        label={`${name} of ${what}`}
        value={shown}
        size={4}
        onCommit={(text) => onSet(numberOrNull(text))}
      />
      {override === undefined ? (
        <span className="k-cell__source">from material</span>
      ) : (
        <span className="k-cell__source is-override">
          override
          <button
            type="button"
            className="k-cell__clear"
            aria-label={`Clear ${name} override of ${what}`}
            title="Clear the override: k from the material (and copper) again"
            onClick={() => onSet(null)}
          >
            ×
          </button>
        </span>
      )}
    </span>
  );
}

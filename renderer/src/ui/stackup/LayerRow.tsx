/**
 * One row of the layer table: name, material, thickness, copper, effective k (in-plane and
 * through-plane, with overrides), Dk / Df / roughness, and move up / down / remove. Each edit
 * is one command (one undo step); a refused edit shows its message beside the field.
 */
import { moveLayer, removeLayer, setLayer, type LayerChanges } from '../../model/commands';
import type { Carrier, Layer } from '../../model/schema';
import { useStudio } from '../studioContext';
import { CellInput, numberOrNull } from './CellInput';
import { CopperCell } from './CopperCell';
import { KCell } from './KCell';
import { MaterialSelect } from './MaterialSelect';
import { runEdit } from './runEdit';
import { SignalCell } from './SignalCell';

/** Props of LayerRow. */
export interface LayerRowProps {
  readonly carrier: Carrier;
  readonly index: number;
  readonly isActive: boolean;
  readonly onActivate: () => void;
  /** Shows a message of an edit without a field of its own (move, remove). */
  readonly onMessage: (message: string) => void;
}

const num = (v: number) => String(v);

/** The row. */
export function LayerRow({ carrier, index, isActive, onActivate, onMessage }: LayerRowProps) {
  const studio = useStudio();
  const layer: Layer = carrier.layers[index]!;
  const what = `layer ${index}`;
  const set = (changes: LayerChanges) =>
    runEdit(studio, setLayer({ carrierId: carrier.id, index, changes }));
  const move = (to: number) => {
    const error = runEdit(studio, moveLayer({ carrierId: carrier.id, from: index, to }));
    onMessage(error);
    if (!error) studio.stackup.setState({ layerIndex: to });
  };
  const remove = () => {
    const error = runEdit(studio, removeLayer({ carrierId: carrier.id, index }));
    onMessage(error);
    if (!error) studio.stackup.setState({ layerIndex: null });
  };
  const top = carrier.layers.length - 1;
  return (
    <tr
      className={isActive ? 'is-active' : undefined}
      data-layer={index}
      onFocus={onActivate}
      onClick={onActivate}
    >
      <td className="stackup__index">{index}</td>
      <td>
        <CellInput
          label={`Name of ${what}`}
          value={layer.name}
          size={8}
          onCommit={(t) => set({ name: t })}
        />
      </td>
      <td>
        <MaterialSelect
          label={`Material of ${what}`}
          value={layer.material}
          onChange={(m) => onMessage(set({ material: m }))}
        />
      </td>
      <td>
        <CellInput
          label={`Thickness of ${what}`}
          testId={`thickness-${index}`}
          value={num(layer.thicknessMm)}
          size={5}
          onCommit={(t) => set({ thicknessMm: numberOrNull(t) })}
        />
      </td>
      <td>
        <CopperCell copper={layer.copper} what={what} onSet={(copper) => set({ copper })} />
      </td>
      <td>
        <KCell
          layer={layer}
          axis="kInPlaneWmK"
          what={what}
          onSet={(v) => set({ kInPlaneWmK: v })}
        />
      </td>
      <td>
        <KCell
          layer={layer}
          axis="kThroughPlaneWmK"
          what={what}
          onSet={(v) => set({ kThroughPlaneWmK: v })}
        />
      </td>
      <td>
        <SignalCell layer={layer} what={what} onSet={(changes) => set(changes)} />
      </td>
      <td className="stackup__buttons" onClick={(e) => e.stopPropagation()}>
        <button
          type="button"
          aria-label={`Move ${what} up`}
          disabled={index === top}
          onClick={() => move(index + 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${what} down`}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          ↓
        </button>
        <button type="button" aria-label={`Remove ${what}`} onClick={remove}>
          ✕
        </button>
      </td>
    </tr>
  );
}

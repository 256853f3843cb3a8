/**
 * The part's layer build-up, shown top layer first: name, material (built-in or the
 * design's own), thickness, optional in-plane / through-plane conductivity overrides (the
 * material's value shown greyed), heat-source flag; add, remove and reorder layers. The
 * total must equal the part height; a button sets the height to it.
 */
import { findMaterial } from '../../model/layerConductivity';
import { MATERIALS } from '../../model/materials';
import { normalizeNumber } from '../../model/numbers';
import type { PartLayer } from '../../model/partSchema';
import type { CustomMaterial } from '../../model/schema';
import { moveBy, removeAt, replaceAt } from './listEdit';
import { NumberInput } from './NumberInput';
import { buildUpMm, newLayer, TABLE_SOURCE_KEYS, type PartDraft } from '../../store/partDraft';
import { RowButtons } from './RowButtons';
import { SourceInput } from './SourceInput';

/** Props of BuildUpTable. */
export interface BuildUpTableProps {
  readonly draft: PartDraft;
  readonly onChange: (draft: PartDraft) => void;
  /** The design's own materials (listed after the built-in ones). */
  readonly materials: readonly CustomMaterial[];
}

/** The build-up table. */
export function BuildUpTable({ draft, onChange, materials }: BuildUpTableProps) {
  const layers = draft.layers;
  const setLayers = (next: PartLayer[]) => onChange({ ...draft, layers: next });
  const setLayer = (i: number, change: Partial<PartLayer>) =>
    setLayers(replaceAt(layers, i, { ...(layers[i] as PartLayer), ...change }));
  const total = normalizeNumber(buildUpMm(draft));
  const order = layers.map((layer, i) => ({ layer, i })).reverse();
  return (
    <fieldset className="part-editor__section" aria-label="Build-up">
      <legend>Build-up (top layer first)</legend>
      <table className="part-editor__table" data-testid="part-layers">
        <thead>
          <tr>
            <th>Layer</th>
            <th>Material</th>
            <th>Thickness mm</th>
            <th>k in-plane W/m·K</th>
            <th>k through W/m·K</th>
            <th>Heat source</th>
            <th />
          </tr>
          <tr className="part-editor__sources">
            <th colSpan={2}>sources</th>
            {TABLE_SOURCE_KEYS.layers.map((key) => (
              <th key={key}>
                <SourceInput
                  field={key}
                  sources={draft.sources}
                  onChange={(sources) => onChange({ ...draft, sources })}
                />
              </th>
            ))}
            <th colSpan={2} />
          </tr>
        </thead>
        <tbody>
          {order.map(({ layer, i }) => {
            const material = findMaterial(layer.material, materials);
            return (
              <tr key={i} data-layer={i}>
                <td>
                  <input
                    className="part-editor__text"
                    aria-label={`Layer ${i + 1} name`}
                    value={layer.name}
                    onChange={(e) => setLayer(i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Layer ${i + 1} material`}
                    value={layer.material}
                    onChange={(e) => setLayer(i, { material: e.target.value })}
                  >
                    {material === undefined && (
                      <option value={layer.material}>{layer.material} (unknown)</option>
                    )}
                    <optgroup label="Built-in">
                      {[...MATERIALS.values()].map((m) => (
                        <option key={m.key} value={m.key}>
                          {m.name}
                        </option>
                      ))}
                    </optgroup>
                    {materials.length > 0 && (
                      <optgroup label="This design">
                        {materials.map((m) => (
                          <option key={m.key} value={m.key}>
                            {m.name}
                          </option>
                        ))}
                      </optgroup>
                    )}
                  </select>
                </td>
                <td>
                  <NumberInput
                    label={`Layer ${i + 1} thickness`}
                    value={layer.thicknessMm}
                    onChange={(v) => setLayer(i, { thicknessMm: v ?? Number.NaN })}
                  />
                </td>
                <td>
                  <NumberInput
                    label={`Layer ${i + 1} k in-plane`}
                    isOptional
                    placeholder={String(material?.inPlaneWmK ?? '')}
                    value={layer.kInPlaneWmK}
                    onChange={(v) => setLayer(i, { kInPlaneWmK: v })}
                  />
                </td>
                <td>
                  <NumberInput
                    label={`Layer ${i + 1} k through-plane`}
                    isOptional
                    placeholder={String(material?.throughPlaneWmK ?? '')}
                    value={layer.kThroughPlaneWmK}
                    onChange={(v) => setLayer(i, { kThroughPlaneWmK: v })}
                  />
                </td>
                <td className="part-editor__centre">
                  <input
                    type="checkbox"
                    aria-label={`Layer ${i + 1} is a heat source`}
                    checked={layer.isHeatSource}
                    onChange={(e) => setLayer(i, { isHeatSource: e.target.checked })}
                  />
                </td>
                <RowButtons
                  what={`layer ${i + 1}`}
                  isFirst={i === 0}
                  isLast={i === layers.length - 1}
                  onMove={(step) => setLayers(moveBy(layers, i, step))}
                  onRemove={() => setLayers(removeAt(layers, i))}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="part-editor__table-foot">
        <button type="button" onClick={() => setLayers([...layers, newLayer(layers.length + 1)])}>
          Add layer
        </button>
        <span
          data-testid="part-buildup-total"
          className={total === draft.sizeMm.z || layers.length === 0 ? '' : 'part-editor__warn'}
        >
          Total {total} mm of height {draft.sizeMm.z} mm
        </span>
        {layers.length > 0 && total !== draft.sizeMm.z && total > 0 && (
          <button
            type="button"
            onClick={() => onChange({ ...draft, sizeMm: { ...draft.sizeMm, z: total } })}
          >
            Set height to {total} mm
          </button>
        )}
      </div>
    </fieldset>
  );
}

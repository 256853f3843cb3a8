/**
 * The regions of one layer (carrier-local mm): add one with a default rectangle, edit its
 * name, kind, material and rectangle, delete it. Each edit is one command; a refused edit
 * (outside the layer, overlapping another region, …) shows its message beside the field.
 */
import { useState } from 'react';
import { addRegion, removeRegion, updateRegion, type RegionChanges } from '../../model/commands';
import { ID_PREFIX, nextId } from '../../model/ids';
import { RegionKindSchema, type Carrier, type Region } from '../../model/schema';
import { useStudio } from '../studioContext';
import { CellInput, numberOrNull } from './CellInput';
import { MaterialSelect } from './MaterialSelect';
import { runEdit } from './runEdit';

/** Material a new region of each kind starts with. */
const KIND_MATERIAL: Record<Region['kind'], string> = {
  die: 'silicon',
  'copper-coin': 'copper',
  'tsv-field': 'silicon',
  cavity: 'air',
  other: 'silicon',
};

/** A new region: a quarter of the carrier's width and depth, centred (the user edits it). */
function defaultRect(carrier: Carrier): Region['rectMm'] {
  const width = carrier.widthMm / 4;
  const depth = carrier.depthMm / 4;
  return { x: (carrier.widthMm - width) / 2, y: (carrier.depthMm - depth) / 2, width, depth };
}

/** Props: the carrier and the index of the layer whose regions are listed. */
export function RegionTable({ carrier, layerIndex }: { carrier: Carrier; layerIndex: number }) {
  const studio = useStudio();
  const [message, setMessage] = useState('');
  const layer = carrier.layers[layerIndex];
  if (!layer) return null;
  const regions = layer.regions ?? [];
  const update = (regionId: string, changes: RegionChanges) =>
    runEdit(studio, updateRegion({ carrierId: carrier.id, regionId, changes }));
  function add() {
    const doc = studio.docs.store.getState().doc;
    const region: Region = {
      id: nextId(doc, ID_PREFIX.region),
      name: 'die',
      kind: 'die',
      material: KIND_MATERIAL.die,
      rectMm: defaultRect(carrier),
    };
    setMessage(runEdit(studio, addRegion({ carrierId: carrier.id, layerIndex, region })));
  }
  const rectField = (r: Region, key: keyof Region['rectMm']) => (
    <CellInput
      label={`${key} of region ${r.id}`}
      testId={`region-${r.id}-${key}`}
      value={String(Math.round(r.rectMm[key] * 1000) / 1000)}
      size={4}
      onCommit={(t) => update(r.id, { rectMm: { ...r.rectMm, [key]: numberOrNull(t) } })}
    />
  );
  return (
    <div className="stackup__regions" data-testid="stackup-regions">
      <div className="stackup__subtitle">
        Regions of layer {layerIndex} “{layer.name || layer.material}” (carrier-local mm)
      </div>
      {regions.length > 0 && (
        <table className="stackup__table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th>Material</th>
              <th>x</th>
              <th>y</th>
              <th>width</th>
              <th>depth</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.id} data-region={r.id}>
                <td>
                  <CellInput
                    label={`Name of region ${r.id}`}
                    value={r.name}
                    size={8}
                    onCommit={(t) => update(r.id, { name: t })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Kind of region ${r.id}`}
                    value={r.kind}
                    onChange={(e) =>
                      setMessage(update(r.id, { kind: e.target.value as Region['kind'] }))
                    }
                  >
                    {RegionKindSchema.options.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <MaterialSelect
                    label={`Material of region ${r.id}`}
                    value={r.material}
                    onChange={(m) => setMessage(update(r.id, { material: m }))}
                  />
                </td>
                <td>{rectField(r, 'x')}</td>
                <td>{rectField(r, 'y')}</td>
                <td>{rectField(r, 'width')}</td>
                <td>{rectField(r, 'depth')}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Delete region ${r.id}`}
                    onClick={() =>
                      setMessage(
                        runEdit(studio, removeRegion({ carrierId: carrier.id, regionId: r.id })),
                      )
                    }
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="stackup__actions">
        <button type="button" onClick={add}>
          Add region
        </button>
        {message && (
          <span className="cell-input__message" role="alert">
            {message}
          </span>
        )}
      </div>
    </div>
  );
}

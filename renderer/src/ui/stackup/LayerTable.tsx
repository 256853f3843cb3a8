/**
 * The layers of a carrier as an editable table, top layer first (as a cross-section is
 * read), with "Add layer" (above the active layer, else on top) and the message of the last
 * move / remove / add that was refused.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { addLayer } from '../../model/commands';
import type { Carrier, Layer } from '../../model/schema';
import { useStudio } from '../studioContext';
import { LayerRow } from './LayerRow';
import { runEdit } from './runEdit';

/** A new layer: 0.1 mm of mould compound (a starting point the user edits). */
const NEW_LAYER: Layer = { name: 'new layer', material: 'mould-compound', thicknessMm: 0.1 };

/** Props: the carrier whose layers are listed. */
export function LayerTable({ carrier }: { carrier: Carrier }) {
  const studio = useStudio();
  const active = useStore(studio.stackup, (s) => s.layerIndex);
  const [message, setMessage] = useState('');
  const indices = carrier.layers.map((_, i) => i).reverse();
  const at = active !== null && active < carrier.layers.length ? active + 1 : carrier.layers.length;
  return (
    <div className="stackup__layers">
      <table className="stackup__table" data-testid="stackup-layers">
        <thead>
          <tr>
            <th title="Index from the bottom (mount.inLayer)">#</th>
            <th>Name</th>
            <th>Material</th>
            <th>mm</th>
            <th>Copper</th>
            <th title="In-plane thermal conductivity, W/(m·K)">k∥</th>
            <th title="Through-plane thermal conductivity, W/(m·K)">k⊥</th>
            <th title="Dielectric constant, dissipation factor, copper roughness (signal layers)">
              Signal
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {indices.map((i) => (
            <LayerRow
              key={i}
              carrier={carrier}
              index={i}
              isActive={active === i}
              onActivate={() => studio.stackup.setState({ layerIndex: i })}
              onMessage={setMessage}
            />
          ))}
        </tbody>
      </table>
      <div className="stackup__actions">
        <button
          type="button"
          onClick={() => {
            const error = runEdit(
              studio,
              addLayer({ carrierId: carrier.id, index: at, layer: NEW_LAYER }),
            );
            setMessage(error);
            if (!error) studio.stackup.setState({ layerIndex: at });
          }}
        >
          Add layer
        </button>
        {message && (
          <span className="cell-input__message" role="alert" data-testid="stackup-message">
            {message}
          </span>
        )}
      </div>
    </div>
  );
}

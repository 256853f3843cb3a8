/**
 * The Stack-up panel (View → Stack-up panel, Shift+L): for the selected carrier (or the one
 * picked here) its own fields, its layers as an editable table, the regions of the active
 * layer and a to-scale cross-section. Every edit is one command (one undo step).
 */
import { useStore } from 'zustand';
import { useDocState, useStudio } from '../studioContext';
import { AddCarrierDialog } from './AddCarrierDialog';
import { CarrierFields } from './CarrierFields';
import { CrossSection } from './CrossSection';
import { LayerTable } from './LayerTable';
import { RegionTable } from './RegionTable';
import { useStackupCarrier } from './useStackupCarrier';
import './stackup.css';

/** The panel (nothing while closed, but the add-carrier dialog). */
export function StackupPanel() {
  const studio = useStudio();
  const isOpen = useStore(studio.stackup, (s) => s.isOpen);
  return (
    <>
      {isOpen && <StackupBody />}
      <AddCarrierDialog />
    </>
  );
}

function StackupBody() {
  const studio = useStudio();
  const carriers = useDocState((s) => s.doc.carriers);
  const carrier = useStackupCarrier();
  const layerIndex = useStore(studio.stackup, (s) => s.layerIndex);
  function pick(id: string) {
    studio.stackup.setState({ carrierId: id, layerIndex: null });
    studio.select([id]);
  }
  return (
    <aside className="panel stackup" aria-label="Stack-up" data-testid="stackup-panel">
      <header className="panel__header stackup__header">
        Stack-up
        <select
          aria-label="Stack-up carrier"
          value={carrier?.id ?? ''}
          onChange={(e) => pick(e.target.value)}
        >
          {carriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name || c.id} ({c.kind})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => studio.stackup.setState({ isAddOpen: true })}>
          Add carrier…
        </button>
        <button
          type="button"
          aria-label="Close the stack-up panel"
          onClick={() => studio.stackup.setState({ isOpen: false })}
        >
          ×
        </button>
      </header>
      {carrier && (
        <div className="panel__body stackup__body">
          <CarrierFields carrier={carrier} />
          <LayerTable carrier={carrier} />
          {layerIndex !== null && layerIndex < carrier.layers.length ? (
            <RegionTable carrier={carrier} layerIndex={layerIndex} />
          ) : (
            <p className="panel__empty">Click a layer to list its regions.</p>
          )}
          <CrossSection carrier={carrier} />
        </div>
      )}
    </aside>
  );
}

/**
 * Carrier → Add carrier…: kind, name, outline and parent; the new carrier starts centred on
 * its parent with the kind's starting layers (defaultStacks.ts) and is added with one
 * addCarrier command. A refused carrier (outside its parent, …) shows the command's message.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { addCarrier } from '../../model/commands';
import { ID_PREFIX, nextId } from '../../model/ids';
import { CarrierKindSchema, type Carrier, type CarrierKind } from '../../model/schema';
import { Modal } from '../dialogs/Modal';
import { useDocState, useStudio } from '../studioContext';
import { CARRIER_STARTS } from './defaultStacks';
import { runEdit } from './runEdit';

const KIND_NAMES: Record<CarrierKind, string> = {
  pcb: 'PCB (daughter board)',
  substrate: 'Package substrate',
  'interposer-2.5d': '2.5D interposer',
  'interposer-3d': '3D stack base die',
};

/** The dialog, shown while the stack-up store says so. */
export function AddCarrierDialog() {
  const studio = useStudio();
  const isOpen = useStore(studio.stackup, (s) => s.isAddOpen);
  return isOpen ? <AddCarrierForm /> : null;
}

function AddCarrierForm() {
  const studio = useStudio();
  const carriers = useDocState((s) => s.doc.carriers);
  const [kind, setKind] = useState<CarrierKind>('substrate');
  const [parentId, setParentId] = useState(carriers[0]?.id ?? '');
  const [name, setName] = useState('');
  const [size, setSize] = useState({
    w: String(CARRIER_STARTS.substrate.widthMm),
    d: String(CARRIER_STARTS.substrate.depthMm),
  });
  const [message, setMessage] = useState('');
  const close = () => studio.stackup.setState({ isAddOpen: false });

  function pickKind(next: CarrierKind) {
    setKind(next);
    setSize({ w: String(CARRIER_STARTS[next].widthMm), d: String(CARRIER_STARTS[next].depthMm) });
  }
  function create() {
    const doc = studio.docs.store.getState().doc;
    const parent = doc.carriers.find((c) => c.id === parentId);
    const start = CARRIER_STARTS[kind];
    const widthMm = Number(size.w);
    const depthMm = Number(size.d);
    const id = nextId(doc, ID_PREFIX.carrier);
    const carrier: Carrier = {
      id,
      name: name.trim() || KIND_NAMES[kind],
      kind,
      onCarrierId: parentId,
      originMm: {
        x: (parent?.originMm.x ?? 0) + ((parent?.widthMm ?? 0) - widthMm) / 2,
        y: (parent?.originMm.y ?? 0) + ((parent?.depthMm ?? 0) - depthMm) / 2,
      },
      widthMm,
      depthMm,
      standoffMm: start.standoffMm,
      layers: start.layers.map((l) => structuredClone(l)),
    };
    const error = runEdit(studio, addCarrier({ carrier }));
    setMessage(error);
    if (error) return;
    studio.stackup.setState({ isAddOpen: false, isOpen: true, carrierId: id, layerIndex: null });
    studio.select([id]);
  }

  return (
    <Modal
      title="Add carrier"
      testId="add-carrier-dialog"
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={create}>
            Add
          </button>
        </>
      }
    >
      <div className="stackup__form">
        <label>
          Kind
          <select
            aria-label="Carrier kind"
            value={kind}
            onChange={(e) => pickKind(e.target.value as CarrierKind)}
          >
            {CarrierKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name
          <input
            aria-label="Carrier name"
            value={name}
            placeholder={KIND_NAMES[kind]}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          Width
          <input
            aria-label="Carrier width"
            value={size.w}
            onChange={(e) => setSize({ ...size, w: e.target.value })}
          />{' '}
          mm
        </label>
        <label>
          Depth
          <input
            aria-label="Carrier depth"
            value={size.d}
            onChange={(e) => setSize({ ...size, d: e.target.value })}
          />{' '}
          mm
        </label>
        <label>
          Mounted on
          <select
            aria-label="Parent carrier"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
          >
            {carriers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name || c.id}
              </option>
            ))}
          </select>
        </label>
        {message && (
          <p className="cell-input__message" role="alert">
            {message}
          </p>
        )}
      </div>
    </Modal>
  );
}

/**
 * Edit → Convert to architecture…: the six architectures; picking one re-lays the open
 * design with convertArchitecture (one undo step). The current architecture is marked.
 */
import { useStore } from 'zustand';
import { Modal } from '../dialogs/Modal';
import { useDocState, useStudio } from '../studioContext';
import { ARCHITECTURE_LABELS, ARCHITECTURES } from './architectureLabels';
import { convertDesign } from './convertDesign';

/** The dialog, shown while the convert store says so. */
export function ConvertDialog() {
  const studio = useStudio();
  const isOpen = useStore(studio.convert, (s) => s.isOpen);
  return isOpen ? <ConvertChoices /> : null;
}

function ConvertChoices() {
  const studio = useStudio();
  const error = useStore(studio.convert, (s) => s.error);
  const current = useDocState((s) => s.doc.meta.architecture);
  const close = () => studio.convert.setState({ isOpen: false, error: '' });
  return (
    <Modal
      title="Convert to architecture"
      testId="convert-dialog"
      onClose={close}
      actions={
        <button type="button" onClick={close}>
          Cancel
        </button>
      }
    >
      <p>
        Re-lays the design as another architecture from its xPU, capacity, lane rate and engines;
        its name, comments and own parts stay. One undo step brings it back.
      </p>
      <div className="convert-list">
        {ARCHITECTURES.map((a) => (
          <button
            key={a}
            type="button"
            className="template"
            data-architecture={a}
            disabled={a === current}
            onClick={() => convertDesign(studio, a)}
          >
            <span className="template__arch">{ARCHITECTURE_LABELS[a]}</span>
            <span className="template__name">{a === current ? 'current' : a}</span>
          </button>
        ))}
      </div>
      {error && (
        <p className="field__message" role="alert" data-testid="convert-error">
          {error}
        </p>
      )}
    </Modal>
  );
}

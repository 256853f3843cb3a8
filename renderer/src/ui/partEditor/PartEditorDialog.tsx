/**
 * The part editor: a dialog that defines one of the design's own parts, from scratch or
 * starting from a copy of a library (or design) part. Save runs one command (one undo
 * step); a refusal shows the command's message and keeps the dialog open. Keys typed in
 * the dialog stay in it (no studio shortcut fires behind it).
 */
import { useStore } from 'zustand';
import { Modal } from '../dialogs/Modal';
import { useDocState, useStudio } from '../studioContext';
import { BuildUpTable } from './BuildUpTable';
import { FruSection } from './FruSection';
import { GeneralSection } from './GeneralSection';
import { MaterialsSection } from './MaterialsSection';
import type { PartDraft } from '../../store/partDraft';
import { closePartEditor, openDuplicate, updateDraft } from '../../store/partEditorStore';
import { PortsTable } from './PortsTable';
import { PowerMapTable } from './PowerMapTable';
import { savePart } from './savePart';
import './partEditor.css';

/** Renders the part editor while a session is open. */
export function PartEditorDialog() {
  const studio = useStudio();
  const session = useStore(studio.partEditor, (s) => s.session);
  const materials = useDocState((s) => s.doc.materials);
  const designParts = useDocState((s) => s.doc.parts);
  if (!session) return null;
  const { draft, editingId, error } = session;
  const onChange = (next: PartDraft) => updateDraft(studio, () => next);
  const close = () => closePartEditor(studio);
  // The design's parts first, then the library parts they do not replace.
  const own = new Set(designParts.map((p) => p.id));
  const starts = [...designParts, ...[...studio.library.values()].filter((p) => !own.has(p.id))];
  return (
    <div className="part-editor" onKeyDown={(e) => e.stopPropagation()}>
      <Modal
        title={editingId === null ? 'New part' : `Edit part ${editingId}`}
        testId="part-editor"
        wide
        onClose={close}
        actions={
          <>
            {error !== '' && (
              <p className="part-editor__error" role="alert" data-testid="part-editor-error">
                {error}
              </p>
            )}
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => savePart(studio)}>
              {editingId === null ? 'Add to design' : 'Save'}
            </button>
          </>
        }
      >
        {editingId === null && (
          <label className="part-editor__field part-editor__start">
            <span className="part-editor__label">Start from</span>
            <select
              aria-label="Start from a part"
              data-testid="part-start-from"
              value=""
              onChange={(e) => {
                const part = starts.find((p) => p.id === e.target.value);
                if (part) openDuplicate(studio, part);
              }}
            >
              <option value="">Duplicate a part and edit…</option>
              {starts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="part-editor__columns">
          <div className="part-editor__column">
            <GeneralSection draft={draft} onChange={onChange} isIdLocked={editingId !== null} />
            <FruSection draft={draft} onChange={onChange} />
            <MaterialsSection />
          </div>
          <div className="part-editor__column part-editor__column--wide">
            <BuildUpTable draft={draft} onChange={onChange} materials={materials} />
            <PowerMapTable draft={draft} onChange={onChange} />
            <PortsTable draft={draft} onChange={onChange} />
          </div>
        </div>
      </Modal>
    </div>
  );
}

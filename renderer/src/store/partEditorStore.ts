/**
 * State of the part editor dialog: view state only (never saved, never undone). The part
 * definitions themselves change only through the partDefinitions commands. One store per
 * studio (`studio.partEditor`).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Part } from '../model/partSchema';
import type { Studio } from './studio';
import { blankPart, duplicatePart, freeId, type PartDraft } from './partDraft';

/** The open editor: a new part, or the design part `editingId` being changed. */
export interface PartEditorSession {
  readonly draft: PartDraft;
  /** Id of the design part being edited; null for a new part. */
  readonly editingId: string | null;
  /** Why the last Save was refused ('' when it was not). */
  readonly error: string;
}

export interface PartEditorState {
  readonly session: PartEditorSession | null;
}

/** The part editor store of one studio. */
export type PartEditorStore = StoreApi<PartEditorState>;

/** A part editor store with the editor closed. */
export function createPartEditorStore(): PartEditorStore {
  return createStore<PartEditorState>(() => ({ session: null }));
}

/** What the part editor functions read and change of a studio. */
type PartEditorStudio = Pick<Studio, 'docs' | 'library' | 'partEditor'>;

/** True when `id` names a design part or a library part. */
export function isPartIdTaken(studio: Pick<Studio, 'docs' | 'library'>, id: string): boolean {
  const doc = studio.docs.store.getState().doc;
  return studio.library.has(id) || doc.parts.some((p) => p.id === id);
}

function open(studio: PartEditorStudio, draft: PartDraft, editingId: string | null): void {
  studio.partEditor.setState({ session: { draft, editingId, error: '' } });
}

/** Opens the editor on a blank part with a free id (`part-1`, `part-2`…). */
export function openNewPart(studio: Studio): void {
  open(studio, blankPart(freeId('part-1', (id) => isPartIdTaken(studio, id))), null);
}

/** Opens the editor on a copy of `part` (a library or design part) with a new id. */
export function openDuplicate(studio: PartEditorStudio, part: Part): void {
  open(
    studio,
    duplicatePart(part, (id) => isPartIdTaken(studio, id)),
    null,
  );
}

/** Opens the editor on the design part `id`; false when the design has no such part. */
export function openEditPart(studio: PartEditorStudio, id: string): boolean {
  const part = studio.docs.store.getState().doc.parts.find((p) => p.id === id);
  if (!part) return false;
  open(studio, structuredClone(part) as PartDraft, id);
  return true;
}

/** Changes the draft of the open editor (and clears the last refusal). */
export function updateDraft(
  studio: PartEditorStudio,
  change: (draft: PartDraft) => PartDraft,
): void {
  const store = studio.partEditor;
  const session = store.getState().session;
  if (!session) return;
  store.setState({ session: { ...session, draft: change(session.draft), error: '' } });
}

/** Closes the editor without saving. */
export function closePartEditor(studio: Studio): void {
  studio.partEditor.setState({ session: null });
}

/**
 * Undo history as plain immutable data: every function takes a HistoryState and returns a
 * new one, so a zustand store can hold it as it is. The history holds the current document
 * and the patches that undo and redo each step (immer patches), never whole copies.
 *
 * - `execute` runs a command: a new step, and the redo stack is cleared.
 * - Gestures (drags, slider scrubs): `beginGesture` sets a mark; every command executed
 *   until the matching `commitGesture` is applied at once (live preview) and then squashed
 *   into ONE undo step; `cancelGesture` reverts them and leaves no trace. Marks nest.
 * - `undo`/`redo` during a gesture first cancel the open gesture, as Escape would.
 * - The selection, camera and panels are not history: they never call these functions, so
 *   a selection change can neither add a step nor clear the redo stack.
 * - `markSaved` / `isDirty` drive the unsaved marker in the title bar.
 * - `lastPatches` holds the patches that turned the previous document into this one, for
 *   the worker's mirror; `revision` counts every document change.
 */
import { applyPatches, type Patch } from 'immer';
import { runCommand, type Command } from './commands/command';
import type { Design } from './schema';

/** One undoable step: its label (the command name) and its patches. */
export interface HistoryStep {
  readonly id: number;
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** An open gesture: its commands so far, and a mark (index into `steps`) per nesting level. */
export interface Gesture {
  readonly label: string;
  readonly steps: readonly HistoryStep[];
  readonly marks: readonly number[];
}

export interface HistoryState {
  readonly doc: Design;
  /** Counts every change of `doc`, including previews inside a gesture. */
  readonly revision: number;
  readonly lastPatches: readonly Patch[];
  readonly undoStack: readonly HistoryStep[];
  readonly redoStack: readonly HistoryStep[];
  readonly gesture: Gesture | null;
  /** Id of the step on top of the undo stack when last saved (0: the initial document). */
  readonly savedStepId: number;
  readonly nextStepId: number;
}

/** A history whose present is `doc`, with nothing to undo and nothing unsaved. */
export function createHistory(doc: Design): HistoryState {
  return {
    doc,
    revision: 0,
    lastPatches: [],
    undoStack: [],
    redoStack: [],
    gesture: null,
    savedStepId: 0,
    nextStepId: 1,
  };
}

function changed(state: HistoryState, doc: Design, patches: readonly Patch[]): HistoryState {
  return { ...state, doc, revision: state.revision + 1, lastPatches: patches };
}

function squash(id: number, label: string, steps: readonly HistoryStep[]): HistoryStep {
  return {
    id,
    label,
    patches: steps.flatMap((step) => step.patches),
    inversePatches: [...steps].reverse().flatMap((step) => step.inversePatches),
  };
}

/**
 * Runs `command` on the present document. Throws the command's CommandError, leaving the
 * state untouched, when its parameters do not apply. A command that changes nothing adds
 * no step.
 */
export function execute<P>(state: HistoryState, command: Command<P>): HistoryState {
  const result = runCommand(state.doc, command);
  if (result.patches.length === 0) return state;
  const step: HistoryStep = {
    id: state.nextStepId,
    label: command.name,
    patches: result.patches,
    inversePatches: result.inversePatches,
  };
  const next = { ...changed(state, result.doc, result.patches), nextStepId: state.nextStepId + 1 };
  if (state.gesture) {
    return { ...next, gesture: { ...state.gesture, steps: [...state.gesture.steps, step] } };
  }
  return { ...next, undoStack: [...state.undoStack, step], redoStack: [] };
}

/** Opens a gesture (or a nested mark inside one). `label` names the undo step. */
export function beginGesture(state: HistoryState, label: string): HistoryState {
  const gesture = state.gesture ?? { label, steps: [], marks: [] };
  return { ...state, gesture: { ...gesture, marks: [...gesture.marks, gesture.steps.length] } };
}

/** Closes the innermost mark; closing the outermost squashes the gesture into one step. */
export function commitGesture(state: HistoryState): HistoryState {
  const gesture = state.gesture;
  if (!gesture) return state;
  if (gesture.marks.length > 1)
    return { ...state, gesture: { ...gesture, marks: gesture.marks.slice(0, -1) } };
  if (gesture.steps.length === 0) return { ...state, gesture: null };
  const step = squash(state.nextStepId, gesture.label, gesture.steps);
  return {
    ...state,
    gesture: null,
    undoStack: [...state.undoStack, step],
    redoStack: [],
    nextStepId: state.nextStepId + 1,
  };
}

/** Reverts every command since the innermost mark and closes it, leaving no trace. */
export function cancelGesture(state: HistoryState): HistoryState {
  const gesture = state.gesture;
  if (!gesture) return state;
  const mark = gesture.marks[gesture.marks.length - 1] ?? 0;
  const reverted = gesture.steps.slice(mark);
  const marks = gesture.marks.slice(0, -1);
  const rest = marks.length > 0 ? { ...gesture, steps: gesture.steps.slice(0, mark), marks } : null;
  if (reverted.length === 0) return { ...state, gesture: rest };
  const inverse = squash(0, gesture.label, reverted).inversePatches;
  return { ...changed(state, applyPatches(state.doc, inverse), inverse), gesture: rest };
}

function closeGestures(state: HistoryState): HistoryState {
  let current = state;
  while (current.gesture) current = cancelGesture(current);
  return current;
}

/** True when there is a step to undo. */
export function canUndo(state: HistoryState): boolean {
  return state.undoStack.length > 0;
}

/** True when there is a step to redo. */
export function canRedo(state: HistoryState): boolean {
  return state.redoStack.length > 0;
}

/** Undoes the last step (after cancelling an open gesture). */
export function undo(state: HistoryState): HistoryState {
  const open = closeGestures(state);
  const step = open.undoStack[open.undoStack.length - 1];
  if (!step) return open;
  return {
    ...changed(open, applyPatches(open.doc, step.inversePatches), step.inversePatches),
    undoStack: open.undoStack.slice(0, -1),
    redoStack: [...open.redoStack, step],
  };
}

/** Redoes the last undone step (after cancelling an open gesture). */
export function redo(state: HistoryState): HistoryState {
  const open = closeGestures(state);
  const step = open.redoStack[open.redoStack.length - 1];
  if (!step) return open;
  return {
    ...changed(open, applyPatches(open.doc, step.patches), step.patches),
    undoStack: [...open.undoStack, step],
    redoStack: open.redoStack.slice(0, -1),
  };
}

function topStepId(state: HistoryState): number {
  return state.undoStack[state.undoStack.length - 1]?.id ?? 0;
}

/** Records that the present document was saved. */
export function markSaved(state: HistoryState): HistoryState {
  return { ...state, savedStepId: topStepId(state) };
}

/** True when the document differs from the last saved (or opened) one, or a gesture is open. */
export function isDirty(state: HistoryState): boolean {
  return (state.gesture?.steps.length ?? 0) > 0 || topStepId(state) !== state.savedStepId;
}

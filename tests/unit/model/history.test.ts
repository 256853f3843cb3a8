import { describe, expect, it } from 'vitest';
import { CommandError, movePart, rotatePart } from '../../../renderer/src/model/commands';
import {
  beginGesture,
  cancelGesture,
  canRedo,
  canUndo,
  commitGesture,
  createHistory,
  execute,
  isDirty,
  markSaved,
  redo,
  undo,
} from '../../../renderer/src/model/history';
import { sampleDesign } from './sampleDesign';

const moveTo = (x: number) => movePart({ id: 'u1', positionMm: { x, y: 75 } });
const xOf = (state: ReturnType<typeof createHistory>) => state.doc.components[0]?.positionMm.x;

describe('history', () => {
  it('undoes and redoes single commands', () => {
    const start = createHistory(sampleDesign());
    let state = execute(start, moveTo(70));
    state = execute(state, rotatePart({ id: 'u1', rotationDeg: 90 }));
    expect(canUndo(state)).toBe(true);
    state = undo(undo(state));
    expect(state.doc).toEqual(start.doc);
    expect(canUndo(state)).toBe(false);
    state = redo(state);
    expect(xOf(state)).toBe(70);
    expect(state.doc.components[0]?.rotationDeg).toBe(0);
  });

  it('a new command clears the redo stack', () => {
    let state = undo(execute(createHistory(sampleDesign()), moveTo(70)));
    expect(canRedo(state)).toBe(true);
    state = execute(state, moveTo(80));
    expect(canRedo(state)).toBe(false);
  });

  it('a gesture squashes its commands into one undo step', () => {
    const start = createHistory(sampleDesign());
    let state = beginGesture(start, 'drag');
    for (const x of [61, 62, 63, 64]) state = execute(state, moveTo(x));
    expect(xOf(state)).toBe(64);
    state = commitGesture(state);
    expect(state.undoStack.map((s) => s.label)).toEqual(['drag']);
    state = undo(state);
    expect(state.doc).toEqual(start.doc);
    expect(xOf(redo(state))).toBe(64);
  });

  it('cancelling a gesture reverts it without a trace, keeping the redo stack', () => {
    const undone = undo(execute(createHistory(sampleDesign()), moveTo(70)));
    let state = beginGesture(undone, 'drag');
    state = execute(execute(state, moveTo(90)), moveTo(95));
    state = cancelGesture(state);
    expect(state.doc).toEqual(undone.doc);
    expect(state.undoStack).toEqual([]);
    expect(state.redoStack).toHaveLength(1);
  });

  it('nested marks: cancelling the inner mark keeps the outer gesture', () => {
    let state = beginGesture(createHistory(sampleDesign()), 'outer');
    state = execute(state, moveTo(70));
    state = beginGesture(state, 'inner');
    state = execute(state, moveTo(80));
    state = cancelGesture(state);
    expect(xOf(state)).toBe(70);
    state = commitGesture(state);
    expect(state.undoStack).toHaveLength(1);
    expect(xOf(undo(state))).toBe(60);
  });

  it('a failing command leaves the state untouched; a no-op adds no step', () => {
    const start = createHistory(sampleDesign());
    expect(() => execute(start, movePart({ id: 'ghost', positionMm: { x: 0, y: 0 } }))).toThrow(
      CommandError,
    );
    expect(execute(start, moveTo(60))).toBe(start);
  });

  it('tracks the saved point for the unsaved marker', () => {
    let state = createHistory(sampleDesign());
    expect(isDirty(state)).toBe(false);
    state = execute(state, moveTo(70));
    expect(isDirty(state)).toBe(true);
    state = markSaved(state);
    expect(isDirty(state)).toBe(false);
    expect(isDirty(undo(state))).toBe(true);
    expect(isDirty(redo(undo(state)))).toBe(false);
  });

  it('exposes the patches of each change for the worker mirror', () => {
    const state = execute(createHistory(sampleDesign()), moveTo(70));
    expect(state.revision).toBe(1);
    expect(state.lastPatches).toEqual([
      { op: 'replace', path: ['components', 0, 'positionMm', 'x'], value: 70 },
    ]);
  });
});

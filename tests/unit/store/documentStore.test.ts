import { describe, expect, it } from 'vitest';
import { movePart } from '../../../renderer/src/model/commands';
import { studioWithDesign } from './studioFixture';

function positionOf(studio: ReturnType<typeof studioWithDesign>['studio'], id: string) {
  return studio.docs.store.getState().doc.components.find((c) => c.id === id)?.positionMm;
}

describe('document store', () => {
  it('runs a command as one undo step, bumps the revision and marks the document dirty', () => {
    const { studio } = studioWithDesign();
    const rev0 = studio.docs.store.getState().revision;
    expect(studio.docs.store.getState().isDirty).toBe(false);
    expect(studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 90, y: 95 } }))).toBe(true);
    const s = studio.docs.store.getState();
    expect(s.revision).toBe(rev0 + 1);
    expect(s.isDirty).toBe(true);
    expect(positionOf(studio, 'u1')).toEqual({ x: 90, y: 95 });
    expect(s.history.undoStack).toHaveLength(1);
  });

  it('undo restores the position and redo re-applies it, each bumping the revision', () => {
    const { studio } = studioWithDesign();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 90, y: 95 } }));
    const rev = studio.docs.store.getState().revision;
    expect(studio.docs.undo()).toBe(true);
    expect(positionOf(studio, 'u1')).toEqual({ x: 80, y: 100 });
    expect(studio.docs.store.getState().revision).toBe(rev + 1);
    expect(studio.docs.store.getState().isDirty).toBe(false);
    expect(studio.docs.redo()).toBe(true);
    expect(positionOf(studio, 'u1')).toEqual({ x: 90, y: 95 });
    expect(studio.docs.redo()).toBe(false);
  });

  it('a failing command changes nothing and records its message', () => {
    const { studio } = studioWithDesign();
    const before = studio.docs.store.getState();
    expect(studio.docs.runCommand(movePart({ id: 'nope', positionMm: { x: 1, y: 1 } }))).toBe(
      false,
    );
    const after = studio.docs.store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.revision).toBe(before.revision);
    expect(after.lastCommandError).toMatch(/nope/);
  });

  it('a gesture previews every step (revision bumps) and commits as one undo step', () => {
    const { studio } = studioWithDesign();
    const rev0 = studio.docs.store.getState().revision;
    studio.docs.beginGesture('drag');
    for (let x = 81; x <= 85; x++)
      studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x, y: 100 } }));
    expect(studio.docs.store.getState().revision).toBe(rev0 + 5);
    studio.docs.commitGesture();
    expect(studio.docs.store.getState().history.undoStack).toHaveLength(1);
    studio.docs.undo();
    expect(positionOf(studio, 'u1')).toEqual({ x: 80, y: 100 });
  });

  it('cancelling a gesture restores the document and leaves no history', () => {
    const { studio } = studioWithDesign();
    studio.docs.beginGesture('drag');
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 120, y: 100 } }));
    studio.docs.cancelGesture();
    expect(positionOf(studio, 'u1')).toEqual({ x: 80, y: 100 });
    expect(studio.docs.store.getState().history.undoStack).toHaveLength(0);
  });

  it('selection changes neither add history nor clear redo', () => {
    const { studio } = studioWithDesign();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 90, y: 95 } }));
    studio.docs.undo();
    const rev = studio.docs.store.getState().revision;
    studio.select(['u1']);
    studio.select(['oe1', 'not-an-id']);
    expect(studio.view.getState().selection).toEqual(['oe1']);
    expect(studio.docs.store.getState().revision).toBe(rev);
    expect(studio.docs.redo()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { actionForKeys } from '../../../renderer/src/ui/actions/keys';
import { ACTIONS, runAction } from '../../../renderer/src/ui/actions/registry';
import { createStudio } from '../../../renderer/src/store/studio';
import { populatedStack, stackDesign } from '../model/stackDesign';
import { memoryHost } from '../store/studioFixture';

function studioWith(doc: ReturnType<typeof stackDesign>) {
  const studio = createStudio(memoryHost().host);
  studio.docs.replaceDocument(doc, {
    handle: null,
    fileName: 'stack.lightpath.json',
    isDirty: false,
  });
  return studio;
}

describe('stack-up actions', () => {
  it('Shift+L toggles the Stack-up panel; Add carrier… opens its dialog', () => {
    expect(actionForKeys(ACTIONS, 'Shift+L')?.id).toBe('view.panel.stackup');
    const studio = studioWith(stackDesign());
    expect(studio.stackup.getState().isOpen).toBe(false);
    expect(runAction(studio, 'view.panel.stackup', 'api')).toBe(true);
    expect(studio.stackup.getState().isOpen).toBe(true);
    expect(runAction(studio, 'carrier.add', 'api')).toBe(true);
    expect(studio.stackup.getState().isAddOpen).toBe(true);
  });

  it('Delete carrier applies to a selected mounted carrier only', () => {
    const studio = studioWith(stackDesign());
    expect(runAction(studio, 'carrier.delete', 'api')).toBe(false);
    studio.select(['board']);
    expect(runAction(studio, 'carrier.delete', 'api')).toBe(false);
    studio.select(['pkg']);
    expect(runAction(studio, 'carrier.delete', 'api')).toBe(true);
    expect(studio.docs.store.getState().doc.carriers.map((c) => c.id)).toEqual(['board']);
  });

  it('asks before deleting what sits on the carrier, then deletes it all in one undo step', () => {
    const doc = populatedStack();
    const studio = studioWith(doc);
    studio.select(['pkg']);
    runAction(studio, 'carrier.delete', 'api');
    const dialog = studio.view.getState().dialog;
    if (dialog?.kind !== 'confirm') throw new Error('expected a confirmation');
    expect(dialog.message).toBe(
      'carrier "pkg" still holds components "u1"; keep-outs "ko-1"; cooling boundaries "cool-1". Delete them with it?',
    );
    expect(studio.docs.store.getState().doc).toBe(doc);
    dialog.answer(true);
    const after = studio.docs.store.getState().doc;
    expect(after.carriers.map((c) => c.id)).toEqual(['board']);
    expect([after.components, after.keepOuts, after.cooling.boundaries]).toEqual([[], [], []]);
    expect(studio.docs.undo()).toBe(true);
    expect(studio.docs.store.getState().doc).toEqual(doc);
  });
});

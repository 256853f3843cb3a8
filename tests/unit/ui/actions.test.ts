import { describe, expect, it } from 'vitest';
import { ACTIONS, findAction, runAction } from '../../../renderer/src/ui/actions/registry';
import { actionForKeys, eventKeyString } from '../../../renderer/src/ui/actions/keys';
import { parseQuantity } from '../../../renderer/src/ui/inspector/parseQuantity';
import { studioWithDesign } from '../store/studioFixture';

const ids = (studio: ReturnType<typeof studioWithDesign>['studio']) =>
  studio.docs.store.getState().doc.components.map((c) => c.id);

describe('action registry', () => {
  it('has unique dotted ids', () => {
    const all = ACTIONS.map((a) => a.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });

  it('finds parameterised ids', () => {
    expect(findAction('file.new:cpo-a')).toMatchObject({
      action: { id: 'file.new' },
      arg: 'cpo-a',
    });
    expect(findAction('no.such')).toBeUndefined();
  });

  it('duplicate, rotate and delete act on the selection and undo one step each', () => {
    const { studio } = studioWithDesign();
    expect(runAction(studio, 'edit.duplicate', 'api')).toBe(false);
    studio.select(['u1']);
    expect(runAction(studio, 'edit.duplicate', 'api')).toBe(true);
    const copy = studio.view.getState().selection[0] as string;
    expect(ids(studio)).toEqual(['u1', 'oe1', copy]);
    runAction(studio, 'part.rotate', 'api');
    expect(
      studio.docs.store.getState().doc.components.find((c) => c.id === copy)?.rotationDeg,
    ).toBe(90);
    runAction(studio, 'edit.delete', 'api');
    expect(ids(studio)).toEqual(['u1', 'oe1']);
    runAction(studio, 'edit.undo', 'api');
    runAction(studio, 'edit.undo', 'api');
    runAction(studio, 'edit.undo', 'api');
    expect(ids(studio)).toEqual(['u1', 'oe1']);
    expect(studio.docs.store.getState().history.undoStack).toHaveLength(0);
  });

  it('select all selects every component', () => {
    const { studio } = studioWithDesign();
    runAction(studio, 'edit.selectAll', 'api');
    expect(studio.view.getState().selection).toEqual(['u1', 'oe1']);
  });
});

describe('shortcuts', () => {
  const key = (init: KeyboardEventInit) =>
    eventKeyString(
      { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init } as KeyboardEvent,
      false,
    );
  it('maps key strokes to actions', () => {
    expect(actionForKeys(ACTIONS, key({ key: 'z', ctrlKey: true }))?.id).toBe('edit.undo');
    expect(actionForKeys(ACTIONS, key({ key: 'Z', ctrlKey: true, shiftKey: true }))?.id).toBe(
      'edit.redo',
    );
    expect(actionForKeys(ACTIONS, key({ key: 'y', ctrlKey: true }))?.id).toBe('edit.redo');
    expect(actionForKeys(ACTIONS, key({ key: '?', shiftKey: true }))?.id).toBe('help.shortcuts');
    expect(actionForKeys(ACTIONS, key({ key: '4' }))?.id).toBe('view.camera.isometric');
    expect(actionForKeys(ACTIONS, key({ key: 'r' }))?.id).toBe('part.rotate');
    expect(actionForKeys(ACTIONS, key({ key: 'R', shiftKey: true }))?.id).toBe('view.ruleMarkers');
    expect(actionForKeys(ACTIONS, key({ key: 'q' }))).toBeUndefined();
  });

  it('binds no key to two actions', () => {
    const keys = ACTIONS.flatMap((a) => a.keys.map((k) => k.toUpperCase()));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('parseQuantity', () => {
  it('accepts numbers with or without the unit', () => {
    expect(parseQuantity(' 12.5 mm', 'mm', -100, 100)).toEqual({ ok: true, value: 12.5 });
    expect(parseQuantity('-3e1', 'mm', -100, 100)).toEqual({ ok: true, value: -30 });
  });
  it('refuses text, empty input and out-of-range values with a message', () => {
    expect(parseQuantity('abc', 'mm', -100, 100)).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a number'),
    });
    expect(parseQuantity('', 'mm', -100, 100)).toMatchObject({ ok: false });
    expect(parseQuantity('12px', 'mm', -100, 100)).toMatchObject({ ok: false });
    expect(parseQuantity('101', 'mm', -100, 100)).toMatchObject({
      ok: false,
      message: 'Expected -100 to 100 mm',
    });
  });
});

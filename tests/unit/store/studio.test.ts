import { describe, expect, it, vi } from 'vitest';
import { movePart } from '../../../renderer/src/model/commands';
import { FORMAT_VERSION } from '../../../renderer/src/model/schema';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { acceptRecovery, offerRecovery, startAutosave } from '../../../renderer/src/store/recovery';
import { windowTitle } from '../../../renderer/src/store/studio';
import { studioWithDesign } from './studioFixture';

describe('studio file operations', () => {
  it.each([
    ['bad JSON', '{"format": ', /not valid JSON|JSON/i],
    ['wrong type', null, /components\[0\]\.positionMm\.x/],
    ['newer formatVersion', 'newer', new RegExp(`${FORMAT_VERSION + 1}`)],
  ])('refuses %s with a message and keeps the open document unchanged', (_label, text, pattern) => {
    const { studio } = studioWithDesign();
    const before = studio.docs.store.getState();
    const good = JSON.parse(serializeDesign(before.doc));
    let input = text ?? '';
    if (text === null) {
      good.components[0].positionMm.x = 'abc';
      input = JSON.stringify(good);
    } else if (text === 'newer') {
      good.formatVersion = FORMAT_VERSION + 1;
      input = JSON.stringify(good);
    }
    const outcome = studio.openText('broken.lightpath.json', input);
    expect(outcome.ok).toBe(false);
    const dialog = studio.view.getState().dialog;
    expect(dialog?.kind).toBe('load-error');
    const message = dialog && 'message' in dialog ? dialog.message : '';
    expect(message).toContain('broken.lightpath.json');
    expect(message).toMatch(pattern);
    const after = studio.docs.store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.revision).toBe(before.revision);
    expect(after.fileName).toBe(before.fileName);
  });

  it('save as writes the serialized document, then save writes to the same handle', async () => {
    const { studio, log } = studioWithDesign();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 70, y: 90 } }));
    expect(await studio.save()).toBe(true);
    const [handle, file] = [...log.files][0] ?? [];
    expect(file?.text).toBe(serializeDesign(studio.docs.store.getState().doc));
    expect(studio.docs.store.getState()).toMatchObject({
      handle,
      fileName: 'saved.lightpath.json',
      isDirty: false,
    });
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 71, y: 90 } }));
    expect(await studio.save()).toBe(true);
    expect(log.files.size).toBe(1);
    expect(log.files.get(handle as string)?.text).toContain('"x": 71');
  });

  it('a cancelled save dialog keeps the document dirty', async () => {
    const { studio, log } = studioWithDesign();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 70, y: 90 } }));
    log.nextSaveAsName = null;
    expect(await studio.saveAs()).toBe(false);
    expect(studio.docs.store.getState().isDirty).toBe(true);
  });

  it('the title carries the file name and an unsaved marker', () => {
    const { studio } = studioWithDesign();
    expect(windowTitle(studio)).toEqual({
      title: 'two-parts.lightpath.json — Lightpath Studio',
      isDirty: false,
    });
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 70, y: 90 } }));
    expect(windowTitle(studio)).toEqual({
      title: '● two-parts.lightpath.json — Lightpath Studio',
      isDirty: true,
    });
  });

  it('autosaves unsaved work after a quiet period and offers it back', async () => {
    vi.useFakeTimers();
    try {
      const { studio, log } = studioWithDesign();
      const stop = startAutosave(studio, 500);
      studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 70, y: 90 } }));
      await vi.advanceTimersByTimeAsync(200);
      expect(log.recovery).toBeNull();
      await vi.advanceTimersByTimeAsync(400);
      expect(log.recovery?.text).toBe(serializeDesign(studio.docs.store.getState().doc));
      stop();
      const { studio: fresh } = studioWithDesign();
      Object.assign(fresh, { host: studio.host });
      expect(await offerRecovery(fresh)).toBe(true);
      const dialog = fresh.view.getState().dialog;
      expect(dialog?.kind).toBe('recovery');
      acceptRecovery(fresh, dialog && 'text' in dialog ? dialog.text : '');
      const s = fresh.docs.store.getState();
      expect(s.isDirty).toBe(true);
      expect(s.doc.components.find((c) => c.id === 'u1')?.positionMm).toEqual({ x: 70, y: 90 });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('templates', () => {
  it('opens an example by architecture as a new, unsaved, clean design', async () => {
    const { studio } = studioWithDesign();
    const outcome = await studio.newFromTemplate('cpo-a');
    expect(outcome.ok).toBe(true);
    const s = studio.docs.store.getState();
    expect(s.doc.meta.architecture).toBe('cpo-a');
    expect(s).toMatchObject({ handle: null, isDirty: false });
    expect(s.fileName).toMatch(/\.lightpath\.json$/);
  });

  it('opens the empty design, and reports an unknown template without changing the document', async () => {
    const { studio } = studioWithDesign();
    expect((await studio.newFromTemplate('empty')).ok).toBe(true);
    expect(studio.docs.store.getState().doc.components).toEqual([]);
    const before = studio.docs.store.getState().doc;
    expect((await studio.newFromTemplate('no-such-template')).ok).toBe(false);
    expect(studio.docs.store.getState().doc).toBe(before);
    expect(studio.view.getState().dialog?.kind).toBe('load-error');
  });
});

describe('confirmDiscard', () => {
  it('answers yes at once without unsaved changes, and asks when there are some', async () => {
    const { studio } = studioWithDesign();
    expect(await studio.confirmDiscard()).toBe(true);
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 70, y: 90 } }));
    const pending = studio.confirmDiscard();
    const dialog = studio.view.getState().dialog;
    expect(dialog?.kind).toBe('confirm');
    if (dialog?.kind === 'confirm') dialog.answer(false);
    expect(await pending).toBe(false);
    expect(studio.view.getState().dialog).toBeNull();
  });
});

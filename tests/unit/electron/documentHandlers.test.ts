import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostHandlers } from '../../../electron/main/hostHandlers';
import { createDocumentHandles } from '../../../electron/main/modules/documentHandles';
import type { FileDialogs } from '../../../electron/main/modules/fileDialogs';
import { filtersFor } from '../../../electron/main/modules/fileDialogs';
import { createRecentFiles } from '../../../electron/main/modules/recentFiles';
import { createRecoveryStore } from '../../../electron/main/modules/recovery';
import { fakeSender } from './fakes';

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'lightpath-docs-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

/** Host handlers over real files, with dialogs that answer from `picks` (null = cancel). */
function hostWith(picks: { open?: string | null; save?: string | null }) {
  const saves: boolean[] = [];
  const titles: string[] = [];
  const suggested: string[] = [];
  const dialogs: FileDialogs = {
    pickOpenPath: async () => picks.open ?? null,
    pickSavePath: async (_sender, name) => {
      suggested.push(name);
      return picks.save ?? null;
    },
    askToSave: async () => 'cancel',
  };
  const handles = createDocumentHandles();
  const handlers = createHostHandlers({
    dialogs,
    handles,
    recent: createRecentFiles(join(folder, 'userData', 'recent.json'), handles),
    recovery: createRecoveryStore(join(folder, 'userData', 'recovery')),
    onSave: (_sender, wasSaved) => saves.push(wasSaved),
    printPdf: async (html) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`),
    setWindowState: (_sender, state) => titles.push(`${state.isDirty ? '*' : ''}${state.title}`),
  });
  return { handlers, saves, titles, suggested, context: { sender: fakeSender } };
}

describe('document handlers', () => {
  it('opens a picked file, lists it as recent by handle, and saves back to it', async () => {
    const filePath = join(folder, 'switch.lightpath.json');
    await fsp.writeFile(filePath, '{"v":1}\n');
    const { handlers, context, saves } = hostWith({ open: filePath });
    const opened = await handlers.openDocument(context);
    expect(opened).toMatchObject({ name: 'switch.lightpath.json', text: '{"v":1}\n' });
    expect(opened?.handle).not.toContain(folder);
    expect(await handlers.listRecent(context)).toEqual([
      { handle: opened?.handle, name: 'switch.lightpath.json' },
    ]);
    await handlers.saveDocument(context, opened!.handle, '{"v":2}\n');
    expect(await fsp.readFile(filePath, 'utf8')).toBe('{"v":2}\n');
    expect(saves).toEqual([true]);
  });

  it('returns null when the open or save dialog is cancelled', async () => {
    const { handlers, context, saves } = hostWith({});
    expect(await handlers.openDocument(context)).toBeNull();
    expect(await handlers.saveDocumentAs(context, 'new.lightpath.json', '{}')).toBeNull();
    expect(await handlers.exportFile(context, 'links.csv', 'a,b\n')).toBeNull();
    expect(await handlers.printReportPdf(context, 'report.pdf', '<p>x</p>')).toBeNull();
    expect(saves).toEqual([false]);
  });

  it('Save As writes where the dialog chose, from the suggested name', async () => {
    const target = join(folder, 'chosen.lightpath.json');
    const { handlers, context, suggested } = hostWith({ save: target });
    const saved = await handlers.saveDocumentAs(context, 'cpo-a.lightpath.json', '{"a":1}\n');
    expect(suggested).toEqual(['cpo-a.lightpath.json']);
    expect(saved?.name).toBe('chosen.lightpath.json');
    expect(await fsp.readFile(target, 'utf8')).toBe('{"a":1}\n');
  });

  it('refuses a handle it never issued, and never treats it as a path', async () => {
    const victim = join(folder, 'victim.txt');
    await fsp.writeFile(victim, 'keep');
    const { handlers, context, saves } = hostWith({});
    await expect(handlers.saveDocument(context, victim, 'overwritten')).rejects.toThrow(
      'open it again',
    );
    expect(await fsp.readFile(victim, 'utf8')).toBe('keep');
    expect(saves).toEqual([false]);
  });

  it('an open of a vanished recent file names it and drops it from the list', async () => {
    const filePath = join(folder, 'gone.lightpath.json');
    await fsp.writeFile(filePath, '{}');
    const { handlers, context } = hostWith({ open: filePath });
    const opened = await handlers.openDocument(context);
    await fsp.rm(filePath);
    await expect(handlers.openRecent(context, opened!.handle)).rejects.toThrow(
      '"gone.lightpath.json" was not found',
    );
    expect(await handlers.listRecent(context)).toEqual([]);
  });

  it('exports bytes and text, and prints report HTML to the chosen PDF', async () => {
    const glb = join(folder, 'layout.glb');
    const bytes = new Uint8Array([0x67, 0x6c, 0x54, 0x46]);
    expect(
      (
        await hostWith({ save: glb }).handlers.exportFile(
          { sender: fakeSender },
          'layout.glb',
          bytes,
        )
      )?.name,
    ).toBe('layout.glb');
    expect(new Uint8Array(await fsp.readFile(glb))).toEqual(bytes);
    const pdf = join(folder, 'report.pdf');
    await hostWith({ save: pdf }).handlers.printReportPdf(
      { sender: fakeSender },
      'report.pdf',
      '<h1>Review</h1>',
    );
    expect(await fsp.readFile(pdf, 'utf8')).toBe('%PDF-1.7 15');
  });

  it('passes window state and recovery through', async () => {
    const { handlers, context, titles } = hostWith({});
    await handlers.setWindowState(context, { title: 'a', isDirty: true });
    expect(titles).toEqual(['*a']);
    await handlers.writeRecovery(context, '{"r":1}');
    expect((await handlers.readRecovery(context))?.text).toBe('{"r":1}');
    await handlers.discardRecovery(context);
    expect(await handlers.readRecovery(context)).toBeNull();
  });
});

describe('filtersFor', () => {
  it('offers the suggested file type first', () => {
    expect(filtersFor('a.lightpath.json')[0]?.name).toBe('Lightpath design');
    expect(filtersFor('links.csv')[0]?.extensions).toEqual(['csv']);
    expect(filtersFor('report.PDF')[0]?.extensions).toEqual(['pdf']);
    expect(filtersFor('notes')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});

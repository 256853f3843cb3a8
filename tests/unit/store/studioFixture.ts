/**
 * A studio session for store tests: a design with two real library parts on the default
 * board, and an in-memory HostApi that records what the studio asked of it.
 */
import type { HostApi, RecoveryCopy, SavedDocument } from '../../../electron/ipc';
import { addComponent, runCommand } from '../../../renderer/src/model/commands';
import { newDocument } from '../../../renderer/src/model/newDocument';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import type { Component } from '../../../renderer/src/model/schema';
import { createStudio, type Studio } from '../../../renderer/src/store/studio';

/** What the memory host saw. */
export interface MemoryHostLog {
  files: Map<string, { name: string; text: string }>;
  recovery: RecoveryCopy | null;
  windowStates: { title: string; isDirty: boolean }[];
  /** Name to answer the next save dialog with; null = the user cancels. */
  nextSaveAsName: string | null;
}

/** An in-memory host (the browser and Electron adapters are tested end to end). */
export function memoryHost(): { host: HostApi; log: MemoryHostLog } {
  const log: MemoryHostLog = {
    files: new Map(),
    recovery: null,
    windowStates: [],
    nextSaveAsName: 'saved.lightpath.json',
  };
  let n = 0;
  const host: HostApi = {
    kind: 'browser',
    openDocument: async () => null,
    openRecent: async (handle) => {
      const f = log.files.get(handle);
      if (!f) throw new Error(`no file ${handle}`);
      return { handle, ...f };
    },
    listRecent: async () => [...log.files].map(([handle, f]) => ({ handle, name: f.name })),
    saveDocument: async (handle, text): Promise<SavedDocument> => {
      const f = log.files.get(handle);
      if (!f) throw new Error(`no file ${handle}`);
      log.files.set(handle, { name: f.name, text });
      return { handle, name: f.name };
    },
    saveDocumentAs: async (_suggested, text) => {
      if (log.nextSaveAsName === null) return null;
      const handle = `h${++n}`;
      log.files.set(handle, { name: log.nextSaveAsName, text });
      return { handle, name: log.nextSaveAsName };
    },
    writeRecovery: async (text) => {
      log.recovery = { text, savedAt: '2026-01-01T00:00:00.000Z' };
    },
    readRecovery: async () => log.recovery,
    discardRecovery: async () => {
      log.recovery = null;
    },
    setWindowState: async (state) => {
      log.windowStates.push(state);
    },
    exportFile: async () => null,
    printReportPdf: async () => null,
    onMenuAction: () => () => undefined,
  };
  return { host, log };
}

function part(id: string, partId: string, x: number, y: number): Component {
  return {
    id,
    partId,
    name: id.toUpperCase(),
    positionMm: { x, y },
    rotationDeg: 0,
    mount: { carrierId: 'board', side: 'top' },
  };
}

/** Text of a valid design: a 700 W GPU and an 800G optical engine on the default board. */
export function twoPartDesignText(): string {
  let doc = newDocument({ name: 'Store test' });
  for (const c of [part('u1', 'gpu-700w', 80, 100), part('oe1', 'oe-800g', 160, 100)]) {
    doc = runCommand(doc, addComponent({ component: c })).doc;
  }
  return serializeDesign(doc);
}

/** A studio with the two-part design open (not dirty). */
export function studioWithDesign(): { studio: Studio; log: MemoryHostLog } {
  const { host, log } = memoryHost();
  const studio = createStudio(host);
  const outcome = studio.openText('two-parts.lightpath.json', twoPartDesignText());
  if (!outcome.ok) throw new Error(outcome.error);
  return { studio, log };
}

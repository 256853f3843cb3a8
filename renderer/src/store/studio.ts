/**
 * The studio: the document store, the view store, the host and the session state
 * (session.ts), with the file operations that connect them (open, new from template, save,
 * save as, recovery). One per window, made by main.tsx and reached by the UI through
 * StudioContext. No React here; the UI calls these functions and renders the stores.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../electron/ipc';
import type { PartLibrary } from '../model/partSchema';
import { newDocument } from '../model/newDocument';
import { designParts } from '../model/designParts';
import { defaultPartLibrary } from '../model/partLibrary';
import type { Design } from '../model/schema';
import { loadDesignText, serializeDesign, type LoadOutcome } from './documentIo';
import { createDocumentStore, type DocumentStore } from './documentStore';
import { EMPTY_TEMPLATE_ID, findExample } from './examples';
import { createSession, type Session } from './session';
import { createViewStore, setSelection, type ViewState } from './viewStore';

/** Everything the UI needs to run the studio. */
export interface Studio extends Session {
  readonly host: HostApi;
  readonly docs: DocumentStore;
  readonly view: StoreApi<ViewState>;
  /**
   * The parts components are drawn and analysed with: the open design's own parts over the
   * part library (model/designParts.ts; the same map while the design's parts are unchanged).
   */
  readonly parts: PartLibrary;
  /** The machine's part library alone (what the palette lists under "Library"). */
  readonly library: PartLibrary;
  /** Loads text as the open document; on failure shows the error and keeps the document. */
  openText(fileName: string, text: string, handle?: string | null): LoadOutcome;
  openFile(): Promise<void>;
  openRecent(handle: string): Promise<void>;
  /** Opens a template as a new, unsaved design (examples are fetched on first use). */
  newFromTemplate(templateId: string): Promise<LoadOutcome>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Selects the ids that exist in the document (components, carriers, links). */
  select(ids: readonly string[]): void;
  /**
   * Asks before unsaved changes would be replaced (open, new); resolves true at once when
   * there are none.
   */
  confirmDiscard(): Promise<boolean>;
  /** Reports a failure to the user in the error dialog. */
  showError(title: string, message: string): void;
}

/** Every selectable id of a document. */
export function selectableIds(doc: Design): Set<string> {
  return new Set([
    ...doc.components.map((c) => c.id),
    ...doc.carriers.map((c) => c.id),
    ...doc.links.map((l) => l.id),
    ...doc.fibers.map((f) => f.id),
  ]);
}

/** Creates a studio with an empty design (see newFromTemplate for examples). */
export function createStudio(host: HostApi): Studio {
  const library = defaultPartLibrary();
  const docs = createDocumentStore(newDocument(), 'untitled.lightpath.json');
  const view = createViewStore();
  const session = createSession({
    docs,
    view,
    get parts() {
      return designParts(docs.store.getState().doc, library);
    },
  });

  function showError(title: string, message: string): void {
    view.setState({ dialog: { kind: 'load-error', title, message } });
  }

  function openText(fileName: string, text: string, handle: string | null = null): LoadOutcome {
    const outcome = loadDesignText(fileName, text, library);
    if (!outcome.ok) {
      const more = outcome.details.filter((d) => d !== outcome.error);
      showError('Could not open the design', [outcome.error, ...more].join('\n'));
      return outcome;
    }
    docs.replaceDocument(outcome.doc, { handle, fileName, isDirty: false });
    const warned = outcome.warnings.length
      ? ` — ${outcome.warnings.length} warning(s): ${outcome.warnings[0]}`
      : '';
    view.setState({ selection: [], notice: `Opened ${fileName}${warned}` });
    return outcome;
  }

  async function hostCall<T>(title: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (err) {
      showError(title, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  async function writeTo(
    saved: { handle: string; name: string } | null | undefined,
  ): Promise<boolean> {
    if (!saved) return false;
    docs.markSaved(saved.handle, saved.name);
    view.setState({ notice: `Saved ${saved.name}` });
    await hostCall('Could not discard the recovery copy', () => host.discardRecovery());
    return true;
  }

  async function saveAs(): Promise<boolean> {
    const { doc, fileName } = docs.store.getState();
    const text = serializeDesign(doc);
    const saved = await hostCall('Could not save the design', () =>
      host.saveDocumentAs(fileName, text),
    );
    return writeTo(saved);
  }

  function confirmDiscard(): Promise<boolean> {
    const { isDirty, fileName } = docs.store.getState();
    if (!isDirty) return Promise.resolve(true);
    return new Promise((resolve) => {
      view.setState({
        dialog: {
          kind: 'confirm',
          title: 'Discard unsaved changes?',
          message: `${fileName} has changes that are not saved. They are lost if you continue.`,
          confirmLabel: 'Discard changes',
          answer: (isConfirmed) => {
            view.setState({ dialog: null });
            resolve(isConfirmed);
          },
        },
      });
    });
  }

  return {
    ...session,
    host,
    docs,
    confirmDiscard,
    view,
    get parts() {
      return designParts(docs.store.getState().doc, library);
    },
    library,
    openText,
    showError,
    async openFile() {
      const opened = await hostCall('Could not open the design', () => host.openDocument());
      if (opened) openText(opened.name, opened.text, opened.handle);
    },
    async openRecent(handle) {
      const opened = await hostCall('Could not open the design', () => host.openRecent(handle));
      if (opened) openText(opened.name, opened.text, opened.handle);
    },
    async newFromTemplate(templateId) {
      if (templateId === EMPTY_TEMPLATE_ID) {
        docs.replaceDocument(newDocument(), {
          handle: null,
          fileName: 'untitled.lightpath.json',
          isDirty: false,
        });
        view.setState({ selection: [] });
        return { ok: true, doc: docs.store.getState().doc, warnings: [] };
      }
      const example = await findExample(templateId);
      if (!example) {
        const error = `No template named "${templateId}"`;
        showError('Unknown template', error);
        return { ok: false, error, details: [error] };
      }
      const outcome = openText(example.fileName, example.text, null);
      return outcome;
    },
    async save() {
      const { doc, handle } = docs.store.getState();
      if (!handle) return saveAs();
      const text = serializeDesign(doc);
      const saved = await hostCall('Could not save the design', () =>
        host.saveDocument(handle, text),
      );
      return writeTo(saved);
    },
    saveAs,
    select(ids) {
      const known = selectableIds(docs.store.getState().doc);
      setSelection(
        view,
        ids.filter((id) => known.has(id)),
      );
    },
  };
}

/** Title bar text: "● name — Lightpath Studio" when there are unsaved changes. */
export function windowTitle(studio: Studio): { title: string; isDirty: boolean } {
  const { fileName, isDirty } = studio.docs.store.getState();
  return { title: `${isDirty ? '● ' : ''}${fileName} — Lightpath Studio`, isDirty };
}

/**
 * The store's door to the model's loader and serializer, so the studio reads and writes
 * exactly as the CLI and the tests do.
 */
import { loadDocument } from '../model/load';
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';

export { serializeDesign } from '../model/serialize';

/**
 * A loaded document (with the loader's warnings as one-line messages), or the reason it
 * was refused: `error` names the file, the JSON path and what was expected; `details`
 * lists every error found at that stage.
 */
export type LoadOutcome =
  | { readonly ok: true; readonly doc: Design; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string; readonly details: readonly string[] };

/** Loads document text through model/load (size cap, safe parse, migrate, validate, checks). */
export function loadDesignText(fileName: string, text: string, library: PartLibrary): LoadOutcome {
  const result = loadDocument(fileName, text, { library });
  if (result.ok) {
    return { ok: true, doc: result.doc, warnings: result.warnings.map((w) => w.message) };
  }
  return {
    ok: false,
    error: result.error.message,
    details: result.error.errors.map((e) => e.message),
  };
}

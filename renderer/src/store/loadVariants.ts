/**
 * The designs the compare view offers: the bundled architecture examples (not the stress
 * design), the open document, and files the user adds, all loaded through the same loader
 * as user files.
 */
import type { Variant } from '../engine/compare/compareVariants';
import { loadDocument } from '../model/load';
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';
import { listExamples, loadExample } from './examples';

/** Id of the open document in the picker. */
export const OPEN_DESIGN_ID = 'open-design';

/** Example stems offered for comparison (every bundled example but the stress design). */
export function comparableExamples(): string[] {
  return listExamples()
    .map((f) => f.id)
    .filter((id) => !id.startsWith('stress'));
}

/** Column name of a design: its variant label, else its name. */
export function variantName(doc: Design): string {
  return doc.meta.variant || doc.meta.name;
}

/** Parses a file the user added; throws with the loader's message when it is refused. */
export function parseAddedFile(fileName: string, text: string, library: PartLibrary): Design {
  const loaded = loadDocument(fileName, text, { library });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.doc;
}

/**
 * Loads the picked designs in picker order (`added`: files the user added, by picker id);
 * names made unique with the id.
 */
export async function loadVariants(
  ids: readonly string[],
  openDoc: Design,
  library: PartLibrary,
  added: ReadonlyMap<string, Design> = new Map(),
): Promise<Variant[]> {
  const out: Variant[] = [];
  for (const id of ids) {
    const file = added.get(id);
    if (id === OPEN_DESIGN_ID || file) {
      const doc = file ?? openDoc;
      out.push({ name: `${variantName(doc)} (${file ? id : 'open'})`, doc });
      continue;
    }
    const entry = await loadExample(id);
    if (!entry) throw new Error(`no example ${id}`);
    const loaded = loadDocument(entry.fileName, entry.text, { library });
    if (!loaded.ok) throw new Error(loaded.error.message);
    out.push({ name: variantName(loaded.doc), doc: loaded.doc });
  }
  const names = out.map((v) => v.name);
  return out.map((v, i) =>
    names.indexOf(v.name) === names.lastIndexOf(v.name)
      ? v
      : { ...v, name: `${v.name} (${ids[i]})` },
  );
}

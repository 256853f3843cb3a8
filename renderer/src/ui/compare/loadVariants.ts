/**
 * The designs the compare view offers: the bundled architecture examples (not the stress
 * design) and the open document, loaded through the same loader as user files.
 */
import type { Variant } from '../../engine/compare/compareVariants';
import { loadDocument } from '../../model/load';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { listExamples, loadExample } from '../../store/examples';

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

/** Loads the picked designs in picker order; names made unique with the file stem. */
export async function loadVariants(
  ids: readonly string[],
  openDoc: Design,
  library: PartLibrary,
): Promise<Variant[]> {
  const out: Variant[] = [];
  for (const id of ids) {
    if (id === OPEN_DESIGN_ID) {
      out.push({ name: `${variantName(openDoc)} (open)`, doc: openDoc });
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

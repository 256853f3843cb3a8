/**
 * The templates offered by File → New from template…: the example designs in
 * assets/examples (one system laid out six ways at 112G and again at 224G lanes, plus a stress
 * design) and an empty design.
 * Each example is its own chunk, fetched when first used, so the studio starts light.
 */

const loaders = import.meta.glob('../../../assets/examples/*.lightpath.json', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** A bundled example file. */
export interface ExampleFile {
  /** File stem, e.g. "switch-cpo-a". */
  readonly id: string;
  readonly fileName: string;
}

/** A loaded example, as text (opened through the same loader as user files). */
export interface ExampleEntry extends ExampleFile {
  readonly text: string;
  /** `meta.architecture` of the example, e.g. "cpo-a" (the host menu's template id). */
  readonly architecture: string;
  /** `meta.name` of the example, for the template picker. */
  readonly title: string;
}

function metaOf(text: string): { architecture: string; title: string } {
  try {
    const meta = (JSON.parse(text) as { meta?: { architecture?: unknown; name?: unknown } }).meta;
    return { architecture: String(meta?.architecture ?? ''), title: String(meta?.name ?? '') };
  } catch {
    return { architecture: '', title: '' };
  }
}

const files: ExampleFile[] = Object.keys(loaders)
  .map((path) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    return { id: fileName.replace(/\.lightpath\.json$/, ''), fileName };
  })
  .sort((a, b) => rateRank(a.id) - rateRank(b.id) || a.fileName.localeCompare(b.fileName));

/** The 112G examples first (the compare view's default six), then the 224G ones. */
function rateRank(id: string): number {
  return id.endsWith('-224g') ? 1 : 0;
}

/** The bundled example files: 112G ones first, then 224G, each sorted by file name. */
export function listExamples(): readonly ExampleFile[] {
  return files;
}

/** Loads one example by file stem; undefined when there is none. */
export async function loadExample(id: string): Promise<ExampleEntry | undefined> {
  const file = files.find((f) => f.id === id);
  const load = Object.entries(loaders).find(([path]) => path.endsWith(`/${file?.fileName}`))?.[1];
  if (!file || !load) return undefined;
  const text = await load();
  return { ...file, text, ...metaOf(text) };
}

/**
 * The example for a template id: its file stem, or its architecture ("cpo-a", as the host
 * menu sends). Architecture matches prefer a stem ending in the id, then any example.
 */
export async function findExample(templateId: string): Promise<ExampleEntry | undefined> {
  const byId = await loadExample(templateId);
  if (byId) return byId;
  const likely = files.filter((f) => f.id.endsWith(`-${templateId}`));
  for (const f of [...likely, ...files.filter((f) => !likely.includes(f))]) {
    const entry = await loadExample(f.id);
    if (entry?.architecture === templateId) return entry;
  }
  return undefined;
}

/** Id of the empty-design template (model/newDocument.ts). */
export const EMPTY_TEMPLATE_ID = 'empty';

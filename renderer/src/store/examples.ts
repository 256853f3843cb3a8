/**
 * The templates offered by File → New from template…: the example designs bundled from
 * assets/examples (one system laid out six ways) plus an empty design.
 */

const exampleTexts = import.meta.glob('../../../assets/examples/*.lightpath.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** One bundled example design, as text (loaded through the same loader as user files). */
export interface ExampleEntry {
  /** File stem, e.g. "switch-cpo-a". */
  readonly id: string;
  readonly fileName: string;
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

/** The bundled examples, sorted by file name. */
export function listExamples(): ExampleEntry[] {
  return Object.entries(exampleTexts)
    .map(([path, text]) => {
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      return { id: fileName.replace(/\.lightpath\.json$/, ''), fileName, text, ...metaOf(text) };
    })
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** The example for a template id: its file stem, or its architecture ("cpo-a"). */
export function findExample(templateId: string): ExampleEntry | undefined {
  const all = listExamples();
  // By architecture, never the generated stress design (it shares an architecture label).
  const byArchitecture = all.filter(
    (e) => e.architecture === templateId && !e.id.startsWith('stress-'),
  );
  return all.find((e) => e.id === templateId) ?? byArchitecture[0];
}

/** Id of the empty-design template (model/newDocument.ts). */
export const EMPTY_TEMPLATE_ID = 'empty';

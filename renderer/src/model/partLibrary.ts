/// <reference types="vite/client" />
/**
 * The default part library: every `assets/parts/*.json`, validated by {@link PartSchema}.
 *
 * The files are bundled at build time with `import.meta.glob`, which Vite, Vitest and the
 * Vite-built CLI all resolve, so the worker, the CLI and the tests see the same parts.
 * Each part's numbers name their source ids in `sources`; the ids resolve in
 * docs/DATA-SOURCES.md.
 */
import { PartSchema, type Part, type PartLibrary } from './partSchema';

const PART_FILES: Record<string, unknown> = import.meta.glob('../../../assets/parts/*.json', {
  eager: true,
  import: 'default',
});

/** A part file that does not match the part schema, or a duplicate id. */
export class PartLibraryError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Part file ${file}: ${detail}`);
    this.name = 'PartLibraryError';
  }
}

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map(
      (issue) =>
        `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`,
    )
    .join('; ');
}

/**
 * Parses part records keyed by file name into a library keyed by part id.
 * Throws {@link PartLibraryError} naming the file for a record that fails the schema,
 * whose id differs from its file name, or whose id is already taken.
 */
export function parsePartLibrary(records: Readonly<Record<string, unknown>>): PartLibrary {
  const parts = new Map<string, Part>();
  for (const file of Object.keys(records).sort()) {
    const result = PartSchema.safeParse(records[file]);
    if (!result.success) throw new PartLibraryError(file, formatIssues(result.error.issues));
    const part = result.data;
    const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (stem !== part.id) {
      throw new PartLibraryError(file, `id "${part.id}" does not match the file name "${stem}"`);
    }
    if (parts.has(part.id)) throw new PartLibraryError(file, `duplicate part id "${part.id}"`);
    parts.set(part.id, part);
  }
  return parts;
}

let cached: PartLibrary | undefined;

/** The bundled library from assets/parts, parsed once and shared (parts are read-only). */
export function defaultPartLibrary(): PartLibrary {
  cached ??= parsePartLibrary(PART_FILES);
  return cached;
}

/** File name → raw JSON of the bundled part files, for tests and tools. */
export function bundledPartRecords(): Readonly<Record<string, unknown>> {
  return PART_FILES;
}

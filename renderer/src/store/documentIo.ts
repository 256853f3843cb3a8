/**
 * The store's door to the model's loader and serializer. Kept in one place so the
 * studio uses exactly what the CLI and the tests use.
 */
import { DesignSchema, FORMAT_VERSION, type Design } from '../model/schema';

export { serializeDesign } from '../model/serialize';

/** A loaded document, or the reason it was refused (names file, JSON path, expectation). */
export type LoadOutcome =
  | { readonly ok: true; readonly doc: Design; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** Parses and validates document text; never throws. */
export function loadDesignText(fileName: string, text: string): LoadOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `${fileName}: not valid JSON (${(err as Error).message})` };
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return {
      ok: false,
      error: `${fileName}: $.formatVersion is ${version}, newer than this studio reads (${FORMAT_VERSION})`,
    };
  }
  const parsed = DesignSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['$', ...(issue?.path ?? [])]
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[');
    return { ok: false, error: `${fileName}: ${path}: ${issue?.message ?? 'invalid document'}` };
  }
  return { ok: true, doc: parsed.data, warnings: [] };
}

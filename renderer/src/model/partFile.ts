/**
 * The part-library file (`*.lightpath-parts.json`): a design's own parts and materials,
 * exported to share them and imported into another design.
 *
 *   { "format": "lightpath-studio/parts", "formatVersion": 1, "materials": [...], "parts": [...] }
 *
 * Written deterministically (schema key order, `sources` keys sorted, numbers on the 1e-9
 * grid of `normalizeNumber`, 2-space indent, trailing newline). Read by `loadPartFile`,
 * which never throws: size cap → safe JSON parse → envelope → schema → semantic checks,
 * each failure a DocumentError naming the file and the JSON path.
 */
import { z } from 'zod';
import { CommandError } from './commands/command';
import { checkPartDefinition } from './commands/partChecks';
import { normalizeNumbersDeep } from './commands/partParams';
import { documentError, makeIssue, toDocumentError } from './load/documentError';
import type { DocumentError, DocumentIssue } from './load/documentError';
import { describeValue } from './load/documentError';
import { safeParseJson } from './load/safeParse';
import { checkSize } from './load/sizeCap';
import { schemaIssues } from './load/validate';
import { MATERIALS } from './materials';
import { PartSchema, type Part } from './partSchema';
import { CustomMaterialSchema, type CustomMaterial } from './schema';

/** Format identifier of a part-library file. */
export const PART_FILE_FORMAT = 'lightpath-studio/parts';
/** Current part-library file version (1: first version). */
export const PART_FILE_VERSION = 1;
/** File ending the studio suggests for part-library files. */
export const PART_FILE_EXTENSION = '.lightpath-parts.json';

export const PartFileSchema = z.object({
  format: z.literal(PART_FILE_FORMAT),
  formatVersion: z.literal(PART_FILE_VERSION),
  materials: z.array(CustomMaterialSchema).max(1000),
  parts: z.array(PartSchema).max(10_000),
});
/** The contents of a part-library file. */
export interface PartFileContents {
  readonly materials: readonly CustomMaterial[];
  readonly parts: readonly Part[];
}

function sortedSources(part: Part): Part {
  const keys = Object.keys(part.sources).sort();
  return { ...part, sources: Object.fromEntries(keys.map((k) => [k, part.sources[k] ?? ''])) };
}

/** The canonical text of a part-library file holding `contents`. */
export function serializePartFile(contents: PartFileContents): string {
  const file = PartFileSchema.parse({
    format: PART_FILE_FORMAT,
    formatVersion: PART_FILE_VERSION,
    materials: contents.materials,
    parts: contents.parts,
  });
  const canonical = normalizeNumbersDeep({ ...file, parts: file.parts.map(sortedSources) });
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

export type PartFileResult =
  | { readonly ok: true; readonly contents: PartFileContents }
  | { readonly ok: false; readonly error: DocumentError };

function envelopeError(fileName: string, value: unknown): DocumentError | undefined {
  const root = value as { format?: unknown; formatVersion?: unknown } | null;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return documentError(fileName, {
      kind: 'not-a-design',
      path: '',
      expected: `a JSON object with "format": "${PART_FILE_FORMAT}"`,
      found: describeValue(value),
    });
  }
  if (root.format !== PART_FILE_FORMAT) {
    return documentError(fileName, {
      kind: 'not-a-design',
      path: 'format',
      expected: `"${PART_FILE_FORMAT}"`,
      found: describeValue(root.format),
      hint: 'this is not a Lightpath Studio part library',
    });
  }
  const version = root.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PART_FILE_VERSION) {
    return documentError(fileName, {
      kind: 'newer-version',
      path: 'formatVersion',
      expected: `format version ${PART_FILE_VERSION}`,
      found: String(version),
      hint: `written by a newer Lightpath Studio; this version reads part libraries up to version ${PART_FILE_VERSION}`,
    });
  }
  return undefined;
}

/** Semantic issues: duplicate ids and keys, shadowed built-in materials, part checks. */
function semanticIssues(fileName: string, contents: PartFileContents): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const issue = (path: string, expected: string, found: string) =>
    issues.push(makeIssue(fileName, { kind: 'semantic', path, expected, found }));
  const keys = new Set<string>();
  contents.materials.forEach((m, i) => {
    if (MATERIALS.has(m.key))
      issue(`materials[${i}].key`, 'a key no built-in material has', `"${m.key}"`);
    else if (keys.has(m.key)) issue(`materials[${i}].key`, 'a key not used earlier', `"${m.key}"`);
    keys.add(m.key);
  });
  const ids = new Set<string>();
  contents.parts.forEach((part, i) => {
    if (ids.has(part.id)) issue(`parts[${i}].id`, 'an id not used earlier', `"${part.id}"`);
    ids.add(part.id);
    try {
      checkPartDefinition(part, contents.materials, `parts[${i}]`);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      issue(`parts[${i}]`, 'a part definition the studio accepts', error.message);
    }
  });
  return issues;
}

function load(fileName: string, text: string): PartFileResult {
  const tooLarge = checkSize(fileName, text);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = safeParseJson(fileName, text);
  if (!parsed.ok) return parsed;
  const wrongEnvelope = envelopeError(fileName, parsed.value);
  if (wrongEnvelope) return { ok: false, error: wrongEnvelope };
  const result = PartFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      error: toDocumentError(schemaIssues(fileName, parsed.value, result.error.issues)),
    };
  }
  const contents = normalizeNumbersDeep({
    materials: result.data.materials,
    parts: result.data.parts,
  });
  const issues = semanticIssues(fileName, contents);
  if (issues.length > 0) return { ok: false, error: toDocumentError(issues) };
  return { ok: true, contents };
}

/** Reads a part-library file; never throws (a bug inside becomes an 'internal' error). */
export function loadPartFile(fileName: string, text: string): PartFileResult {
  try {
    if (typeof text !== 'string') {
      const error = documentError(fileName, {
        kind: 'unreadable',
        path: '',
        expected: 'text',
        found: typeof text,
      });
      return { ok: false, error };
    }
    return load(fileName, text);
  } catch (cause) {
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    const error = documentError(fileName, {
      kind: 'internal',
      path: '',
      expected: 'a part library the loader can read',
      found: `an internal error (${detail.slice(0, 200)})`,
    });
    return { ok: false, error };
  }
}

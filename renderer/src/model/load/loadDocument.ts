/**
 * The load pipeline: size cap → safe JSON parse → envelope (format, version) → migrations →
 * schema validation → repairs (with warnings) → semantic checks. Pure and total: it returns
 * a result for every input and never throws; a bug inside becomes an 'internal'
 * DocumentError rather than escaping.
 */
import { MAX_DOCUMENT_BYTES } from '../limits';
import { migrate } from '../migrations';
import type { PartLibrary } from '../partSchema';
import type { Design } from '../schema';
import {
  documentError,
  makeIssue,
  toDocumentError,
  type DocumentError,
  type DocumentIssue,
} from './documentError';
import { checkEnvelope } from './envelope';
import { repairDesign } from './repair';
import { safeParseJson } from './safeParse';
import { checkDesign } from './semantic';
import { checkSize } from './sizeCap';
import { validateDesign } from './validate';

/** Outcome of loading: the design with its warnings, or the one typed error. */
export type LoadResult =
  | { readonly ok: true; readonly doc: Design; readonly warnings: readonly DocumentIssue[] }
  | { readonly ok: false; readonly error: DocumentError };

export interface LoadOptions {
  /** The part library for part and port checks; without it those checks are skipped. */
  readonly library?: PartLibrary;
  /** Size cap in bytes; default MAX_DOCUMENT_BYTES. */
  readonly maxBytes?: number;
}

function runPipeline(fileName: string, text: string, options: LoadOptions): LoadResult {
  const tooLarge = checkSize(fileName, text, options.maxBytes ?? MAX_DOCUMENT_BYTES);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = safeParseJson(fileName, text);
  if (!parsed.ok) return parsed;
  const envelope = checkEnvelope(fileName, parsed.value);
  if (!envelope.ok) return envelope;
  const warnings: DocumentIssue[] = [...parsed.warnings];
  let migrated = envelope.doc;
  try {
    const result = migrate(envelope.doc, envelope.formatVersion);
    migrated = result.doc;
    if (result.applied.length > 0) {
      warnings.push(
        makeIssue(
          fileName,
          {
            kind: 'migrated',
            path: 'formatVersion',
            expected: `format version ${String(migrated.formatVersion)}`,
            found: String(envelope.formatVersion),
            hint: `upgraded by ${result.applied.join(', ')}; saving writes the new version`,
          },
          'warning',
        ),
      );
    }
  } catch (cause) {
    const error = documentError(fileName, {
      kind: 'migration-failed',
      path: 'formatVersion',
      expected: 'a file the migrations can upgrade',
      found: `format version ${envelope.formatVersion}`,
      hint: cause instanceof Error ? cause.message : String(cause),
    });
    return { ok: false, error };
  }
  const validated = validateDesign(fileName, migrated);
  if (!validated.ok) return validated;
  const repaired = repairDesign(fileName, validated.doc);
  const issues = checkDesign(repaired.doc, options.library, fileName);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) return { ok: false, error: toDocumentError(errors) };
  return { ok: true, doc: repaired.doc, warnings: [...warnings, ...repaired.warnings, ...issues] };
}

/**
 * Loads a design from the text of the file `fileName` (used in messages only).
 * Never throws: every failure is a DocumentError naming the file, the JSON path and what
 * was expected.
 */
export function loadDocument(
  fileName: string,
  text: string,
  options: LoadOptions = {},
): LoadResult {
  try {
    if (typeof text !== 'string') {
      return {
        ok: false,
        error: documentError(fileName, {
          kind: 'unreadable',
          path: '',
          expected: 'text',
          found: typeof text,
        }),
      };
    }
    return runPipeline(fileName, text, options);
  } catch (cause) {
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return {
      ok: false,
      error: documentError(fileName, {
        kind: 'internal',
        path: '',
        expected: 'a document the loader can read',
        found: `an internal error (${detail.slice(0, 200)})`,
        hint: 'please report this with the file',
      }),
    };
  }
}

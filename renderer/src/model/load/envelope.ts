/**
 * Third stage: the envelope. The root must be an object with the right `format` and an
 * integer `formatVersion` this app can read: older versions are migrated, a newer one is
 * refused with a message naming both versions.
 */
import { OLDEST_FORMAT_VERSION } from '../migrations';
import { isJsonObject, type JsonObject } from '../migrations/migration';
import { FORMAT, FORMAT_VERSION } from '../schema';
import { describeValue, documentError, type DocumentError } from './documentError';

export type EnvelopeResult =
  | { readonly ok: true; readonly doc: JsonObject; readonly formatVersion: number }
  | { readonly ok: false; readonly error: DocumentError };

/** Checks the root object, `format` and `formatVersion`. */
export function checkEnvelope(fileName: string, value: unknown): EnvelopeResult {
  if (!isJsonObject(value)) {
    const error = documentError(fileName, {
      kind: 'not-a-design',
      path: '',
      expected: `a JSON object with "format": "${FORMAT}"`,
      found: describeValue(value),
    });
    return { ok: false, error };
  }
  if (value.format !== FORMAT) {
    const error = documentError(fileName, {
      kind: 'not-a-design',
      path: 'format',
      expected: `"${FORMAT}"`,
      found: describeValue(value.format),
      hint: 'this is not a Lightpath Studio design',
    });
    return { ok: false, error };
  }
  const version = value.formatVersion;
  const readable = `an integer format version from ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}`;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_FORMAT_VERSION
  ) {
    const error = documentError(fileName, {
      kind: 'bad-version',
      path: 'formatVersion',
      expected: readable,
      found: describeValue(version),
    });
    return { ok: false, error };
  }
  if (version > FORMAT_VERSION) {
    const error = documentError(fileName, {
      kind: 'newer-version',
      path: 'formatVersion',
      expected: readable,
      found: String(version),
      hint: `the file is format version ${version}, written by a newer Lightpath Studio; this version reads format versions up to ${FORMAT_VERSION}`,
    });
    return { ok: false, error };
  }
  return { ok: true, doc: value, formatVersion: version };
}

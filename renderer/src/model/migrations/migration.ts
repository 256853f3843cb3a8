/**
 * A migration step upgrades a document by exactly one format version. Steps are named
 * (tldraw style, e.g. "AddLaneRate") and pure: `up` returns a new object and never mutates
 * its input. They run on plain JSON before schema validation, so they must tolerate
 * anything: a member of the wrong type is left for the validator to report.
 */

/** A JSON object as parsed from a file. */
export type JsonObject = { [key: string]: unknown };

export interface MigrationStep {
  /** PascalCase name of the change, e.g. "AddLaneRate". */
  readonly name: string;
  /** The version this step reads; it writes `fromVersion + 1`. */
  readonly fromVersion: number;
  /** Returns the upgraded copy of `doc` (pure). */
  readonly up: (doc: JsonObject) => JsonObject;
}

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

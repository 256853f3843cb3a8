/** Loads the small v3 fixture as a typed design for command and history tests. */
import { readFileSync } from 'node:fs';
import { DesignSchema, type Design } from '../../../renderer/src/model/schema';

/** Path of the small NPO fixture (valid against tests/unit/model/testLibrary.ts). */
export const SMALL_FIXTURE = new URL('../../fixtures/v3/small-npo.lightpath.json', import.meta.url);

/** A fresh, schema-parsed copy of the small NPO fixture. */
export function sampleDesign(): Design {
  return DesignSchema.parse(JSON.parse(readFileSync(SMALL_FIXTURE, 'utf8')));
}

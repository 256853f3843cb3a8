/**
 * All migration steps, oldest first, and the function that runs the ones a file needs.
 * Policy (docs/FORMAT.md): every format change bumps FORMAT_VERSION, adds one line to the
 * version log beside it in schema.ts, and adds one step here with fixtures in
 * tests/fixtures/v<N>/; steps are never edited once released.
 */
import { FORMAT_VERSION } from '../schema';
import { addLaneRate } from './addLaneRate';
import { authorPackages } from './authorPackages';
import type { JsonObject, MigrationStep } from './migration';

export type { JsonObject, MigrationStep } from './migration';

/** Every step, in order; step i reads version i + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [addLaneRate, authorPackages];

/** Oldest format version the loader can still read. */
export const OLDEST_FORMAT_VERSION = FORMAT_VERSION - MIGRATIONS.length;

/**
 * Upgrades `doc` from `fromVersion` to FORMAT_VERSION, step by step, and returns it with
 * the names of the steps applied. Throws if a step is missing (a programming error).
 */
export function migrate(
  doc: JsonObject,
  fromVersion: number,
): { doc: JsonObject; applied: string[] } {
  let current = doc;
  const applied: string[] = [];
  for (let version = fromVersion; version < FORMAT_VERSION; version += 1) {
    const step = MIGRATIONS.find((candidate) => candidate.fromVersion === version);
    if (step === undefined) throw new Error(`no migration step from format version ${version}`);
    current = { ...step.up(current), formatVersion: version + 1 };
    applied.push(step.name);
  }
  return { doc: current, applied };
}

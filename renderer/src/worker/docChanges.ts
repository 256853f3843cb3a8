/**
 * The document as changes, so a drag on a 2,000-part design posts one component to the
 * worker rather than the whole document (STYLE.md §5: the worker keeps a mirror at
 * revision n and applies the changes tagged with the next revision, like VS Code's
 * mirrorTextModel).
 *
 * Changes are found by reference: documents are immutable and every edit (an immer
 * command, an undo patch) shares the parts it did not touch, so comparing references finds
 * exactly what changed without looking inside. Only two levels are compared: a top-level
 * member, or one element of a top-level array of unchanged length.
 */
import type { Design } from '../model/schema';

/** Replace the value at `path` (a top-level key, or a key and an array index). */
export interface DocChange {
  readonly path: readonly [string] | readonly [string, number];
  readonly value: unknown;
}

/** Above this many changed elements a full document is cheaper to send and apply. */
export const MAX_CHANGES = 64;

/**
 * The changes that turn `base` into `next`, or null when there are more than MAX_CHANGES
 * (send the whole document instead).
 */
export function diffDocuments(base: Design, next: Design): DocChange[] | null {
  const changes: DocChange[] = [];
  const a = base as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[key];
    const after = b[key];
    if (before === after) continue;
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
      for (let i = 0; i < after.length; i++) {
        if (before[i] !== after[i]) changes.push({ path: [key, i], value: after[i] });
        if (changes.length > MAX_CHANGES) return null;
      }
    } else {
      changes.push({ path: [key], value: after });
    }
    if (changes.length > MAX_CHANGES) return null;
  }
  return changes;
}

/** `doc` with `changes` applied; shares everything the changes do not replace. */
export function applyDocChanges(doc: Design, changes: readonly DocChange[]): Design {
  const out = { ...doc } as unknown as Record<string, unknown>;
  const copied = new Set<string>();
  for (const { path, value } of changes) {
    const [key, index] = path;
    if (index === undefined) {
      out[key] = value;
      copied.add(key);
      continue;
    }
    const current = out[key];
    if (!Array.isArray(current) || index < 0 || index >= current.length) {
      throw new Error(`document change ${key}[${index}] does not fit the mirrored document`);
    }
    if (!copied.has(key)) {
      out[key] = [...current];
      copied.add(key);
    }
    (out[key] as unknown[])[index] = value;
  }
  return out as unknown as Design;
}

/**
 * Checks shared by the command recipes: look-ups that throw a CommandError naming the
 * missing id, and parameter validation against the document schema, so no command can
 * write a value the loader would refuse.
 */
import { isDraft, original, type Draft } from 'immer';
import type { Design } from '../schema';
import type { z } from 'zod';
import { CommandError } from './command';

/**
 * The plain array behind a draft array, for searching: reading a draft's elements makes a
 * proxy per element, which costs milliseconds on a 2,000-component design during a drag.
 * So the look-ups below must run before the recipe reshapes the collection (every command
 * looks up first, then edits); `findById` and `indicesOf` still verify what they return.
 */
function baseOf<T>(items: T[]): readonly T[] {
  return (
    (isDraft(items) ? (original(items as never) as readonly T[] | undefined) : undefined) ?? items
  );
}

/**
 * The document as it was before the recipe started, for read-only checks that scan whole
 * collections (same reason and same rule as above: read it before editing).
 */
export function baseDesign(draft: Draft<Design>): Design {
  return (
    (isDraft(draft) ? (original(draft) as Design | undefined) : undefined) ?? (draft as Design)
  );
}

/** Indices (into `items`) of the items whose ids are in `ids`, in array order. */
export function indicesOf(items: { id: string }[], ids: ReadonlySet<string>): number[] {
  const base = baseOf(items);
  const found: number[] = [];
  base.forEach((item, index) => {
    if (ids.has(item.id)) found.push(index);
  });
  // The base is only a shortcut: if the draft was reshaped earlier in this recipe, scan it.
  if (base !== items && found.some((index) => !ids.has(items[index]?.id ?? ''))) {
    return items.flatMap((item, index) => (ids.has(item.id) ? [index] : []));
  }
  return found;
}

/** Returns the item with `id` or throws a CommandError naming the collection. */
export function findById<T extends { id: string }>(items: T[], id: string, what: string): T {
  const index = indicesOf(items, new Set([id]))[0];
  const item = index === undefined ? undefined : items[index];
  if (item === undefined || item.id !== id)
    throw new CommandError(`${what} "${id}" does not exist`);
  return item;
}

/** Throws unless every id names an item of `items` (call before editing `items`). */
export function requireAll(items: { id: string }[], ids: readonly string[], what: string) {
  const known = new Set(baseOf(items).map((item) => item.id));
  for (const id of ids) {
    if (!known.has(id)) throw new CommandError(`${what} "${id}" does not exist`);
  }
}

/** Throws when `id` is already used by `taken` (ids are unique across the whole document). */
export function requireFreeId(taken: ReadonlySet<string>, id: string) {
  if (taken.has(id)) throw new CommandError(`id "${id}" is already used in the document`);
}

/** Parses `value` with `schema` or throws a CommandError with the first problem's path. */
export function parseParam<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
  throw new CommandError(`invalid ${what}${where}: ${issue?.message ?? 'rejected'}`);
}
